package dev.testleak.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue rule that Error Prone implements is a check that {@code -Xplugin:ErrorProne}
 * finds on the processor path ({@link ServiceLoader} with a public no-argument constructor), with
 * {@code @BugPattern} metadata that matches the catalogue.
 */
final class CheckRegistrationTest {
  @Test
  void everyErrorProneRuleIsARegisteredCheckWithCatalogueMetadata() {
    List<BugChecker> checks =
        ServiceLoader.load(BugChecker.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(c -> c.getClass().getPackageName().equals("dev.testleak.errorprone"))
            .toList();
    List<String> expected =
        Catalogue.rules().stream()
            .filter(r -> r.engines().contains(Engine.ERROR_PRONE))
            .map(Rule::id)
            .toList();

    assertThat(checks)
        .extracting(BugChecker::canonicalName)
        .containsExactlyInAnyOrderElementsOf(expected);
    for (BugChecker check : checks) {
      assertMatchesCatalogue(check.getClass());
    }
  }

  /** The check's {@code @BugPattern} says what the catalogue says of the rule of the same name. */
  static void assertMatchesCatalogue(Class<?> check) {
    Rule rule = Catalogue.get(check.getSimpleName());
    BugPattern pattern = check.getAnnotation(BugPattern.class);

    assertThat(pattern.name()).isEqualTo(rule.id());
    assertThat(pattern.summary()).isEqualTo(rule.summary());
    assertThat(pattern.severity().name()).isEqualTo(rule.severity().errorProne());
    assertThat(pattern.linkType()).isEqualTo(BugPattern.LinkType.CUSTOM);
    assertThat(pattern.link()).isEqualTo(rule.helpUri());
    assertThat(Modifier.isFinal(check.getModifiers())).isTrue();
  }
}
