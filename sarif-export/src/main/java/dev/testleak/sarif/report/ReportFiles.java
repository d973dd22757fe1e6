package dev.testleak.sarif.report;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading report files as strict UTF-8 and turning the paths they name into repository paths. */
public final class ReportFiles {
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
    // Checked in chunks, then decoded straight into the string: a report of N bytes costs N more
    // (a compact string) rather than a 2N char buffer and then the string.
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    CharBuffer chunk = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(buffer, chunk, true);
      if (result.isUnderflow()) {
        result = decoder.flush(chunk.clear());
        if (result.isUnderflow()) {
          break;
        }
      }
      if (result.isMalformed()) {
        throw new ReportException(report, "not UTF-8 text (invalid byte sequence at byte offset " + buffer.position() + ")");
      }
      if (result.isError()) {
        throw new ReportException(report, "not UTF-8 text");
      }
      chunk.clear();
    }
    // Valid UTF-8, so this decodes exactly as the check did; a leading byte order mark is left out.
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    if (!emptyAllowed && text.isBlank()) {
      throw new ReportException(report, "empty file");
    }
    return text;
  }

  /** Characters of the report kept by {@link #checkUtf8}: enough for any real report's prolog. */
  private static final int HEAD = 64 * 1024;

  /**
   * Checks, reading the file as a stream, what {@link #readUtf8} checks (not a directory, exists,
   * UTF-8, not blank) with the same messages, and returns the first characters of its text (a byte
   * order mark dropped). Memory does not grow with the file; {@link #openUtf8} then reads it.
   */
  public static String checkUtf8(Path report) throws ReportException {
    return checkUtf8(report, false);
  }

  /** The same, accepting a blank file when {@code emptyAllowed}. */
  static String checkUtf8(Path report, boolean emptyAllowed) throws ReportException {
    if (Files.isDirectory(report)) {
      throw new ReportException(report, "is a directory, not a report file");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder head = new StringBuilder();
    boolean blank = true;
    boolean first = true;
    long consumed = 0;
    try (InputStream in = Files.newInputStream(report)) {
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      boolean eof = false;
      while (true) {
        if (!eof) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          throw new ReportException(
              report,
              result.isMalformed()
                  ? "not UTF-8 text (invalid byte sequence at byte offset " + (consumed + bytes.position()) + ")"
                  : "not UTF-8 text");
        }
        consumed += bytes.position();
        bytes.compact();
        boolean done = eof && result.isUnderflow();
        if (done) {
          decoder.flush(chars);
        }
        chars.flip();
        // Once the head is kept and the text is known not to be blank, the characters only need decoding.
        while (chars.hasRemaining() && (blank || head.length() < HEAD)) {
          char c = chars.get();
          if (first) {
            first = false;
            if (c == '\uFEFF') {
              continue;
            }
          }
          if (blank && !Character.isWhitespace(c)) {
            blank = false;
          }
          if (head.length() < HEAD) {
            head.append(c);
          }
        }
        chars.clear();
        if (done) {
          break;
        }
      }
    } catch (NoSuchFileException e) {
      throw new ReportException(report, "no such file");
    } catch (IOException | SecurityException e) {
      throw new ReportException(report, "cannot read: " + e, e);
    }
    if (blank && !emptyAllowed) {
      throw new ReportException(report, "empty file");
    }
    return head.toString();
  }

  /** The report's characters, a leading byte order mark dropped; after {@link #checkUtf8}. */
  public static BufferedReader openUtf8(Path report) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(report),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
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
