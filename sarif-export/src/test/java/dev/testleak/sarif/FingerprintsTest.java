package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.report.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code testleakFingerprint/v1} is what it always was, whatever characters the flagged line holds. */
class FingerprintsTest {
  @TempDir Path temp;

  @Test
  void theKeyIsHashedAsTheUtf8BytesOfRulePathAndLineWithoutWhiteSpace() throws Exception {
    String[] lines = {
      "    CACHE.put(\"a\", 1);",
      "\tx\u000B\f y();",
      "caf\u00e9 \u20ac \ud83d\ude00 done \ufffd",
    };
    Files.writeString(temp.resolve("A.java"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    Fingerprints fingerprints = new Fingerprints(new SourceFiles(temp));
    for (int line = 1; line <= lines.length; line++) {
      Finding finding = new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", "A.java", line, 1, line, 2, "m");
      String expected = hash("StaticCollectionNeverCleared\nA.java\nline:" + lines[line - 1].replaceAll("\\s+", ""));
      assertThat(fingerprints.base(finding)).as("line %d", line).isEqualTo(expected);
    }
  }

  @Test
  void withoutTheLineTheMessageStandsInForIt() throws Exception {
    Fingerprints fingerprints = new Fingerprints(new SourceFiles(temp));
    Finding finding = new Finding(Engine.SPOTBUGS, "StaticCollectionNeverCleared", "Gone.java", 3, 0, 3, 0, "  static  map\n'X'  ");
    assertThat(fingerprints.base(finding)).isEqualTo(hash("StaticCollectionNeverCleared\nGone.java\nmessage:static map 'X'"));
    // a message can carry unpaired surrogates (JSON escapes); they are encoded as '?', as String.getBytes does
    String odd = "lone \ud83d high, lone \ude00 low, reversed \ude00\ud83d, paired \ud83d\ude00 " + "long \u20ac ".repeat(200);
    Finding unpaired = new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", "Gone.java", 3, 0, 3, 0, odd);
    assertThat(fingerprints.base(unpaired)).isEqualTo(hash("StaticCollectionNeverCleared\nGone.java\nmessage:" + odd.replaceAll("\\s+", " ").strip()));
  }

  @Test
  void equalKeysInAFileAreNumberedAndTheLineHashComesAlong() throws Exception {
    Files.writeString(temp.resolve("B.java"), "x();\nx();\n", StandardCharsets.UTF_8);
    Fingerprints fingerprints = new Fingerprints(new SourceFiles(temp));
    Finding first = new Finding(Engine.PMD, "StaticCollectionNeverCleared", "B.java", 1, 1, 1, 2, "m");
    Finding second = new Finding(Engine.PMD, "StaticCollectionNeverCleared", "B.java", 2, 1, 2, 2, "m");
    assertThat(fingerprints.of(first)).containsEntry(SarifLogBuilder.FINGERPRINT, fingerprints.base(first) + ":1").containsKey(SarifLogBuilder.LINE_HASH);
    assertThat(fingerprints.of(second)).containsEntry(SarifLogBuilder.FINGERPRINT, fingerprints.base(second) + ":2");
    assertThat(fingerprints.of(second).get(SarifLogBuilder.LINE_HASH)).isEqualTo(LineHashes.of("x();\nx();\n")[1]);
  }

  private static String hash(String key) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }
}
