package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Divergence;
import dev.testleak.catalogue.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue rule has its doc page, and the page says what the catalogue says: title, summary,
 * the sections a user needs (what leaks, noncompliant and compliant code, how it decides, where it is
 * reported, the fix, suppression in every engine) and every declared divergence. The README lists
 * every rule.
 */
class RuleDocsTest {
  private final CorpusRun run = CorpusRun.locate();

  @Test
  void everyRuleHasACompleteDocPage() throws Exception {
    for (Rule rule : Catalogue.rules()) {
      Path page = run.repoRoot.resolve(rule.docPath());
      assertThat(page).as("doc page of %s", rule.id()).isRegularFile();
      String doc = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(doc).as(rule.id()).startsWith("# " + rule.id() + "\n");
      assertThat(doc).as(rule.id()).contains("**" + rule.summary() + "**");
      assertThat(doc).as(rule.id()).contains("Family: `" + rule.family().id() + "`");
      for (String section : new String[] {"## What leaks, and for how long", "## Noncompliant", "## Compliant",
          "## How it decides", "**Where it is reported.**", "## The fix", "## Suppressing it"}) {
        assertThat(doc).as("%s has '%s'", rule.id(), section).contains(section);
      }
      assertThat(doc).as(rule.id()).contains("@SuppressWarnings(\"" + rule.id() + "\")")
          .contains("@SuppressFBWarnings(\"" + rule.id() + "\")")
          .contains("@SuppressWarnings(\"PMD." + rule.id() + "\")");
      for (Divergence divergence : rule.divergences()) {
        assertThat(doc).as("%s documents divergence %s", rule.id(), divergence.key())
            .contains("`" + divergence.key() + "`");
      }
    }
  }

  @Test
  void thereIsNoDocPageWithoutARule() throws Exception {
    try (Stream<Path> pages = Files.list(run.repoRoot.resolve("docs/rules"))) {
      pages.forEach(page -> assertThat(Catalogue.find(page.getFileName().toString().replaceFirst("\\.md$", "")))
          .as("rule for %s", page).isPresent());
    }
  }

  @Test
  void theReadmeListsEveryRule() throws Exception {
    String readme = Files.readString(run.repoRoot.resolve("README.md"), StandardCharsets.UTF_8);
    for (Rule rule : Catalogue.rules()) {
      assertThat(readme).contains("[" + rule.id() + "](" + rule.docPath() + ")");
    }
  }
}
