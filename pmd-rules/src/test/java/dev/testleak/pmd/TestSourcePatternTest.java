package dev.testleak.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default {@code testSourcePattern} on real file paths (PMD's rule-test harness names every
 * snippet {@code snippet.java}, so the XML cases cover path matching with a property override only).
 */
class TestSourcePatternTest {
  private static final String FIXTURE =
      "package p;\n"
          + "import java.util.*;\n"
          + "public class Registry {\n"
          + "  static final List<String> ENTRIES = new ArrayList<>();\n"
          + "  static void register(String s) {\n"
          + "    ENTRIES.add(s);\n"
          + "  }\n"
          + "}\n";

  @TempDir Path project;

  @Test
  void aClassWithoutLifecycleIsTestCodeUnderEveryDefaultTestSourceSet() throws IOException {
    for (String sourceSet : List.of("test", "testFixtures", "it", "integrationTest")) {
      assertThat(findingLines("src/" + sourceSet + "/java/p/Registry.java")).as(sourceSet).containsExactly(6);
    }
  }

  @Test
  void aClassWithoutLifecycleIsNotTestCodeInMainSources() throws IOException {
    assertThat(findingLines("src/main/java/p/Registry.java")).isEmpty();
    assertThat(findingLines("src/testing/java/p/Registry.java")).isEmpty();
  }

  private List<Integer> findingLines(String relativePath) throws IOException {
    Path file = project.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, FIXTURE);
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setIgnoreIncrementalAnalysis(true);
    configuration.setThreads(0);
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(new RuleSetLoader().loadFromResource(TestleakRuleset.RESOURCE));
      pmd.files().addFile(file);
      Report report = pmd.performAnalysisAndCollectReport();
      assertThat(report.getProcessingErrors()).isEmpty();
      return report.getViolations().stream().map(RuleViolation::getBeginLine).collect(Collectors.toList());
    } finally {
      Files.delete(file);
    }
  }
}
