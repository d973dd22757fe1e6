package dev.testleak.sarif;

import dev.testleak.sarif.report.Finding;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The partial fingerprints of the results, in result order: {@code testleakFingerprint/v1}, a hash of
 * the rule, the file and the flagged line's text with all white space removed (so it survives lines
 * moving and re-indentation; when the line cannot be read, the message stands in for it) and {@code
 * :<n>}, the finding's occurrence among equal hashes in the run, as GitHub does for {@code
 * primaryLocationLineHash}; and that line hash ({@link LineHashes}). The hash covers the file, so
 * counting occurrences within the file (results come file by file) is counting them in the run, and
 * keeps memory bounded.
 *
 * <p>The hashed key, {@code rule \n path \n line:text}, is built in one reused buffer and encoded as
 * {@link String#getBytes} with UTF-8 encodes it (an unpaired surrogate as '?'), rather than as a few
 * strings per result.
 */
final class Fingerprints {
  private static final HexFormat HEX = HexFormat.of();

  private final SourceFiles sources;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final MessageDigest digest = sha256();
  private final StringBuilder key = new StringBuilder(256);
  private byte[] bytes = new byte[1024];
  private String path;

  Fingerprints(SourceFiles sources) {
    this.sources = sources;
  }

  /** The next result's partial fingerprints. */
  Map<String, String> of(Finding finding) {
    if (!finding.path().equals(path)) {
      path = finding.path();
      occurrences.clear();
    }
    String base = base(finding);
    int occurrence = occurrences.merge(base, 1, Integer::sum);
    String fingerprint = base + ":" + occurrence;
    // The region of a finding with a line starts at that line.
    Optional<String> lineHash = finding.line() > 0 ? sources.lineHash(finding.path(), finding.line()) : Optional.empty();
    return lineHash.isPresent()
        ? Map.of(SarifLogBuilder.FINGERPRINT, fingerprint, SarifLogBuilder.LINE_HASH, lineHash.get())
        : Map.of(SarifLogBuilder.FINGERPRINT, fingerprint);
  }

  /** The hash before {@code :<n>}: the first 16 bytes of the key's SHA-256, in hexadecimal. */
  String base(Finding finding) {
    key.setLength(0);
    key.append(finding.ruleId()).append('\n').append(finding.path()).append('\n');
    Optional<String> text = sources.lineText(finding.path(), finding.line());
    if (text.isPresent()) {
      key.append("line:");
      String line = text.get();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        // Exactly what the regular expression \s matches, so fingerprints stay as they were.
        if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
          key.append(c);
        }
      }
    } else {
      key.append("message:").append(finding.message().replaceAll("\\s+", " ").strip());
    }
    int length = utf8(key);
    digest.update(bytes, 0, length);
    return HEX.formatHex(digest.digest(), 0, 16);
  }

  /** Encodes the text into {@link #bytes} as {@code String.getBytes(UTF_8)} does; returns the length. */
  private int utf8(CharSequence text) {
    int length = text.length();
    if (bytes.length < length * 3) {
      bytes = new byte[length * 3];
    }
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else if (c < 0x800) {
        bytes[n++] = (byte) (0xC0 | c >> 6);
        bytes[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(++i));
          bytes[n++] = (byte) (0xF0 | cp >> 18);
          bytes[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
          bytes[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
          bytes[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
          bytes[n++] = '?';
        }
      } else {
        bytes[n++] = (byte) (0xE0 | c >> 12);
        bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
