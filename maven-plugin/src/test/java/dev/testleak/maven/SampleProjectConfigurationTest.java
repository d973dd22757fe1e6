package dev.testleak.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The integration test's sample project configures the engines exactly as testcases/pom.xml (the README's blocks). */
class SampleProjectConfigurationTest {
  @ParameterizedTest
  @ValueSource(strings = {"errorprone", "spotbugs", "pmd"})
  void theEngineBlocksAreThoseOfTheCorpusBuild(String engine) throws Exception {
    String corpus = Files.readString(Path.of("../testcases/pom.xml"));
    String sample = Files.readString(Path.of("src/it/multi-module/pom.xml"));
    assertThat(block(sample, engine)).isEqualTo(block(corpus, engine)).isNotBlank();
  }

  private static String block(String pom, String name) {
    String start = "<!-- README:" + name + " -->";
    String end = "<!-- /README:" + name + " -->";
    int from = pom.indexOf(start);
    int to = pom.indexOf(end);
    assertThat(from).as("marker %s", start).isNotNegative();
    return pom.substring(from + start.length(), to).strip().replaceAll("\\s+", " ");
  }
}
