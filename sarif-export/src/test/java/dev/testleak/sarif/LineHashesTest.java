package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link LineHashes} against the expected values of github/codeql-action's own tests
 * (src/fingerprints.test.ts), so the hashes are the ones the upload action would compute.
 */
class LineHashesTest {
  @Test
  void matchesTheUploadActionsValues() {
    assertThat(LineHashes.of("")).containsExactly("c129715d7a2bc9a3:1");
    assertThat(LineHashes.of(" a\nb\n  \t\tc\n d"))
        .containsExactly("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1");
    assertThat(LineHashes.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"))
        .containsExactly(
            "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1",
            "e6ceba753e1a442:1");
    String[] trailingNewline = {
      "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1",
      "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"
    };
    assertThat(LineHashes.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n")).containsExactly(trailingNewline);
    // CR and CRLF line ends hash like LF.
    assertThat(LineHashes.of(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r")).containsExactly(trailingNewline);
    assertThat(LineHashes.of(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n")).containsExactly(trailingNewline);
  }

  @Test
  void equalLinesAreCountedAndLinesAboveDoNotMatter() {
    String[] hashes = LineHashes.of("x();\nx();\n");
    assertThat(hashes[0]).isNotEqualTo(hashes[1]); // different windows: the second reaches the end of the file
    String body = "  CACHE.put(\"a\", 1);\n  }\n}\n";
    String[] before = LineHashes.of("class A {\n  void f() {\n" + body);
    String[] after = LineHashes.of("// a new comment\n\nclass A {\n  void f() {\n" + body);
    assertThat(after[4]).isEqualTo(before[2]);
  }
}
