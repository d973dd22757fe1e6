package dev.testleak.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  @Test
  void idsAreUniqueAndNoneIsAPrefixOfAnother() {
    List<String> ids = Catalogue.rules().stream().map(Rule::id).toList();
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    for (String a : ids) {
      for (String b : ids) {
        if (!a.equals(b)) {
          assertThat(b).as("SpotBugs suppresses by prefix").doesNotStartWith(a);
        }
      }
    }
  }

  @Test
  void everyFamilyHasAtMostTheRulesItDeclaresAndEveryRuleHasAFamily() {
    for (Rule rule : Catalogue.rules()) {
      assertThat(rule.family()).isNotNull();
      assertThat(rule.engines()).as(rule.id()).isNotEmpty();
    }
  }

  @Test
  void messagesSayWhatLeaksHowLongAndTheFix() {
    for (Rule rule : Catalogue.rules()) {
      Object[] args = rule.messageArguments().stream().map(a -> (Object) "X").toArray();
      String message = rule.formatMessage(args);
      assertThat(message).as(rule.id()).doesNotContain("{").doesNotEndWith(".");
      assertThat(message.toLowerCase()).as(rule.id()).containsAnyOf("test jvm", "surefire fork", "every test");
      assertThat(rule.summary()).doesNotEndWith(".");
    }
  }

  @Test
  void formatMessageRejectsTheWrongNumberOfArguments() {
    Rule rule = Catalogue.STATIC_COLLECTION_NEVER_CLEARED;
    assertThatThrownBy(() -> rule.formatMessage("list")).isInstanceOf(IllegalArgumentException.class);
    assertThat(rule.formatMessage("list", "SEEN")).startsWith("static list 'SEEN' is grown by tests");
  }

  @Test
  void unknownRuleIdsAndEnginesFailFast() {
    assertThatThrownBy(() -> Catalogue.get("NoSuchRule")).hasMessageContaining("NoSuchRule");
    assertThatThrownBy(() -> Engine.fromId("checkstyle")).hasMessageContaining("checkstyle");
  }

  @Test
  void rulesJsonIsValidJsonAndSaysWhatTheCatalogueSays() throws Exception {
    JsonNode json = new ObjectMapper().readTree(RulesJson.render(Catalogue.rules()));
    assertThat(json.get("rules")).hasSize(Catalogue.rules().size());
    for (int i = 0; i < Catalogue.rules().size(); i++) {
      Rule rule = Catalogue.rules().get(i);
      JsonNode node = json.get("rules").get(i);
      assertThat(node.get("id").asText()).isEqualTo(rule.id());
      assertThat(node.get("family").asText()).isEqualTo(rule.family().id());
      assertThat(node.get("explanation").asText()).isEqualTo(rule.explanation());
      assertThat(node.get("severity").get("sarifLevel").asText()).isEqualTo(rule.severity().sarifLevel());
      Set<String> engines = new HashSet<>();
      node.get("engines").forEach(e -> engines.add(e.asText()));
      assertThat(engines).hasSize(rule.engines().size());
    }
  }

  @Test
  void theBuiltJarCarriesRulesJson() throws Exception {
    try (InputStream in = RulesJson.class.getResourceAsStream(RulesJson.RESOURCE)) {
      assertThat(in).as("rules.json rendered at process-classes").isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(RulesJson.render(Catalogue.rules()));
    }
  }

  @Test
  void jsonQuotingEscapesControlCharacters() {
    assertThat(RulesJson.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }

  @Test
  void everySavedValueReaderBelongsToARestorableSetting() {
    Set<String> settings = new java.util.HashSet<>();
    for (GlobalStateVocabulary.Setting setting : GlobalStateVocabulary.SETTINGS) {
      settings.add(setting.what());
      if (setting.restorers().isEmpty()) {
        // A setting nothing restores cannot be put back by a saved value either.
        assertThat(GlobalStateVocabulary.readers(setting)).as(setting.what()).isEmpty();
      }
    }
    assertThat(settings).containsAll(GlobalStateVocabulary.READERS.keySet());
    assertThat(GlobalStateVocabulary.READERS.values())
        .allSatisfy(readers -> assertThat(readers).allMatch(r -> r.matches("[\\w.]+[#.]\\w+")));
  }
}
