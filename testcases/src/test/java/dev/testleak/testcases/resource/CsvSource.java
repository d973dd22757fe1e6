package dev.testleak.testcases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project Closeable that holds an open file: its reader. Dropping one leaks the file handle. */
public final class CsvSource implements Closeable {
  private final BufferedReader reader;

  public CsvSource(Path file) throws IOException {
    reader = Files.newBufferedReader(file);
  }

  public List<String> header() throws IOException {
    String line = reader.readLine();
    return line == null ? List.of() : List.of(line.split(","));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
