package dev.testleak.sarif.report;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading report files as strict UTF-8 and turning the paths they name into repository paths. */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * The report's text. Fails on a missing file, a directory, bytes that are not UTF-8 and, unless
   * {@code emptyAllowed}, a file with nothing but white space in it. A leading byte order mark is
   * dropped.
   */
  static String readUtf8(Path report, boolean emptyAllowed) throws ReportException {
    if (Files.isDirectory(report)) {
      throw new ReportException(report, "is a directory, not a report file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(report);
    } catch (NoSuchFileException e) {
      throw new ReportException(report, "no such file");
    } catch (IOException | SecurityException e) {
      throw new ReportException(report, "cannot read: " + e, e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new ReportException(
          report, "not UTF-8 text (invalid byte sequence at byte offset " + buffer.position() + ")", e);
    } catch (CharacterCodingException e) {
      throw new ReportException(report, "not UTF-8 text", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!emptyAllowed && text.isBlank()) {
      throw new ReportException(report, "empty file");
    }
    return text;
  }

  /**
   * {@code file} (absolute, or relative to the repository root) as a path relative to the repository
   * root with '/' separators. Symbolic links are followed only when the plain paths disagree, so a
   * checkout reached through a link still works.
   */
  static String repositoryPath(Path report, Path repoRoot, String file) throws ReportException {
    Path root = repoRoot.toAbsolutePath().normalize();
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new ReportException(report, "invalid source file path '" + file + "'", e);
    }
    Path absolute = (path.isAbsolute() ? path : root.resolve(path)).normalize();
    if (!absolute.startsWith(root)) {
      try {
        Path realRoot = root.toRealPath();
        Path realFile = absolute.toRealPath();
        if (realFile.startsWith(realRoot)) {
          root = realRoot;
          absolute = realFile;
        }
      } catch (IOException | SecurityException e) {
        // Either does not exist: the plain comparison stands.
      }
    }
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      throw new ReportException(
          report, "source file " + file + " is outside the repository root " + root);
    }
    return root.relativize(absolute).toString().replace(File.separatorChar, '/');
  }
}
