package dev.testleak.testcases.resource;

import java.io.FilterOutputStream;
import java.io.OutputStream;

/** A decorator that frames what it writes: it holds exactly what it wraps. */
public final class ArchiveWriter extends FilterOutputStream {
  public ArchiveWriter(OutputStream out) {
    super(out);
  }
}
