package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's plugin configuration is the configuration the corpus build runs: each block between
 * {@code <!-- README:name -->} and {@code <!-- /README:name -->} in testcases/pom.xml must appear in
 * README.md verbatim (indentation aside). The corpus build then proves the configuration works, and
 * the conformance test proves it reports what it should.
 */
class ReadmeConfigurationTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- README:([a-z-]+) -->\\R(.*?)\\R\\s*<!-- /README:\\1 -->", Pattern.DOTALL);

  @Test
  void everyPluginBlockOfTheCorpusBuildIsInTheReadme() throws Exception {
    CorpusRun run = CorpusRun.locate();
    String pom = Files.readString(run.testcases.resolve("pom.xml"), StandardCharsets.UTF_8);
    String readme = normalise(Files.readString(run.repoRoot.resolve("README.md"), StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>();
    Matcher block = BLOCK.matcher(pom);
    while (block.find()) {
      names.add(block.group(1));
      assertThat(readme)
          .as("README.md shows the '%s' block of testcases/pom.xml exactly", block.group(1))
          .contains(normalise(block.group(2)));
    }
    assertThat(names).containsExactlyInAnyOrder("errorprone", "spotbugs", "pmd");
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
