package dev.testleak.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.sarif.model.Sarif;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Serialises a SARIF log (two-space indent, '\n' line ends on every OS, trailing newline: identical
 * logs give identical bytes) and writes it atomically: to a temporary file beside the target, then
 * moved over it, so a reader never sees half a file and a failure leaves no file behind.
 */
final class SarifWriter {
  private static final ObjectWriter WRITER = writer();

  private SarifWriter() {}

  static byte[] toBytes(Sarif.Log log) {
    try {
      return (WRITER.writeValueAsString(log) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code target} atomically, creating its directory if needed. */
  static void writeAtomically(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, content);
      // createTempFile makes the file private to its owner; a report is as readable as any build output.
      Set<PosixFilePermission> permissions =
          Files.exists(absolute) && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null
              ? Files.getPosixFilePermissions(absolute)
              : PosixFilePermissions.fromString("rw-r--r--");
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return JsonMapper.builder().build().writer(printer);
  }
}
