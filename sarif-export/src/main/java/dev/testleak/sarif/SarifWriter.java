package dev.testleak.sarif;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.sarif.model.Sarif;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Serialises a SARIF log and writes it atomically: to a temporary file beside the target, then moved
 * over it, so a reader never sees half a file and a failure leaves no file behind. The log is
 * streamed: each result is computed, written and dropped, so memory does not grow with the number
 * of results. Compact JSON by default (GitHub's upload limit counts the gzipped bytes, and white space
 * is a third of a pretty-printed file's); pretty printed on request (two-space indent). Either way
 * '\n' is the only line end, there is a trailing newline, and identical logs give identical bytes.
 */
final class SarifWriter {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).build();
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private SarifWriter() {}

  /**
   * Serialises {@code log} straight into a temporary file beside {@code target} (the log's text is
   * never held in memory as a whole, nor are its results) and moves it over {@code target}.
   *
   * @return the number of bytes written
   */
  static long writeAtomically(Path target, SarifLogBuilder.Built log, boolean pretty) throws IOException {
    return writeAtomically(target, out -> write(log, pretty, out));
  }

  /** A generator writing UTF-8 JSON to {@code out}, compact or pretty printed as the file is. */
  static JsonGenerator generator(java.io.OutputStream out, boolean pretty) throws IOException {
    JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      json.setPrettyPrinter(PRETTY.createInstance());
    }
    return json;
  }

  /** Writes the log to {@code out}, which stays open. */
  static void write(SarifLogBuilder.Built log, boolean pretty, java.io.OutputStream out) throws IOException {
    try (JsonGenerator json = generator(new NonClosing(out), pretty)) {
      json.writeStartObject();
      json.writeStringField("$schema", Sarif.SCHEMA);
      json.writeStringField("version", Sarif.VERSION);
      json.writeArrayFieldStart("runs");
      Sarif.Tool tool = new Sarif.Tool(log.driver());
      for (SarifLogBuilder.RunPart run : log.runs()) {
        // A run's properties in the order of Sarif.Run.
        json.writeStartObject();
        json.writeFieldName("tool");
        MAPPER.writeValue(json, tool);
        json.writeFieldName("invocations");
        MAPPER.writeValue(json, List.of(log.invocation()));
        json.writeFieldName("automationDetails");
        MAPPER.writeValue(json, new Sarif.AutomationDetails(run.category()));
        json.writeFieldName("originalUriBaseIds");
        MAPPER.writeValue(json, log.originalUriBaseIds());
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        for (int i = 0; i < run.results(); i++) {
          ResultWriter.write(json, log.results().next());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** Writes {@code content} to {@code target} atomically, creating its directory if needed. */
  static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target, out -> out.write(content));
  }

  /** Something that writes the file's content. */
  interface Content {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  private static long writeAtomically(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      long size = Files.size(temp);
      // createTempFile makes the file private to its owner; a report is as readable as any build output.
      Set<PosixFilePermission> permissions =
          Files.exists(absolute) && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null
              ? Files.getPosixFilePermissions(absolute)
              : PosixFilePermissions.fromString("rw-r--r--");
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return size;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * The size of {@code file} gzipped, streaming: first at the fastest level, which compresses less,
   * so when that fits under {@code limit} the upload's does too; otherwise at the default level.
   */
  static long gzippedSize(Path file, long limit) throws IOException {
    long fast = gzippedSize(file, java.util.zip.Deflater.BEST_SPEED);
    return fast <= limit ? fast : gzippedSize(file, java.util.zip.Deflater.DEFAULT_COMPRESSION);
  }

  private static long gzippedSize(Path file, int level) throws IOException {
    long[] count = {0};
    java.io.OutputStream counter =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count[0] += len;
          }
        };
    try (java.io.InputStream in = Files.newInputStream(file);
        java.util.zip.GZIPOutputStream gzip =
            new java.util.zip.GZIPOutputStream(counter, 1 << 16) {
              {
                def.setLevel(level);
              }
            }) {
      in.transferTo(gzip);
    }
    return count[0];
  }

  /** Keeps Jackson from closing the stream before the trailing newline is written. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
