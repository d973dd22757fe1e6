package dev.testleak.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCodes;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import edu.umd.cs.findbugs.classfile.IAnalysisEngineRegistrar;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** findbugs.xml, messages.xml and bugrank.txt: valid against SpotBugs' schemas and in step with the catalogue. */
class PluginMetadataTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  /** Every bug carries its class, method and line first; the message arguments follow as strings. */
  private static final int FIRST_MESSAGE_ANNOTATION = 3;

  private static List<Rule> spotbugsRules() {
    return Catalogue.rules().stream().filter(r -> r.engines().contains(Engine.SPOTBUGS)).collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource({"findbugs.xml, findbugsplugin.xsd", "messages.xml, messagecollection.xsd"})
  void validAgainstTheSchemaShippedInTheSpotBugsJar(String file, String schema) throws Exception {
    URL xsd = Detector.class.getClassLoader().getResource(schema);
    assertThat(xsd).as("%s in the spotbugs jar", schema).isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(xsd).newValidator().validate(new StreamSource(RESOURCES.resolve(file).toFile()));
  }

  @Test
  void everySpotBugsRuleHasADetectorAndABugPatternOfItsCategory() throws Exception {
    Document plugin = parse("findbugs.xml");
    Map<String, Element> patterns = byAttribute(plugin, "BugPattern", "type");
    List<String> reported = new ArrayList<>();
    for (Element detector : elements(plugin, "Detector")) {
      Class<?> detectorClass = Class.forName(detector.getAttribute("class"));
      assertThat(Detector.class).isAssignableFrom(detectorClass);
      for (String type : detector.getAttribute("reports").split(",")) {
        assertThat(detectorClass.getSimpleName()).as("a detector is named after its bug type").isEqualTo(type + "Detector");
        reported.add(type);
      }
    }
    for (Rule rule : spotbugsRules()) {
      assertThat(patterns).containsKey(rule.id());
      assertThat(patterns.get(rule.id()).getAttribute("category")).isEqualTo(rule.severity().spotbugsCategory());
      assertThat(patterns.get(rule.id()).getAttribute("abbrev")).isEqualTo(StaticCollectionNeverClearedDetector.ABBREV);
      assertThat(reported).contains(rule.id());
    }
    assertThat(patterns.keySet()).as("no bug pattern outside the catalogue")
        .containsExactlyInAnyOrderElementsOf(spotbugsRules().stream().map(Rule::id).toList());
  }

  /**
   * ShortDescription is the catalogue summary; LongDescription is the catalogue message with its
   * arguments as annotations {3}, {4}, ... (after class, method and line), and so ends with the fix's gist; Details
   * states the catalogue fix verbatim and links the rule's page.
   */
  @Test
  void messagesAreTheCatalogueTexts() throws Exception {
    Map<String, Element> patterns = byAttribute(parse("messages.xml"), "BugPattern", "type");
    assertThat(patterns.keySet()).containsExactlyInAnyOrderElementsOf(spotbugsRules().stream().map(Rule::id).toList());
    for (Rule rule : spotbugsRules()) {
      Element pattern = patterns.get(rule.id());
      assertThat(text(pattern, "ShortDescription")).isEqualTo(rule.summary());
      Object[] placeholders = new Object[rule.messageArguments().size()];
      for (int i = 0; i < placeholders.length; i++) {
        placeholders[i] = "{" + (FIRST_MESSAGE_ANNOTATION + i) + "}";
      }
      assertThat(text(pattern, "LongDescription")).isEqualTo(rule.formatMessage(placeholders));
      String details = text(pattern, "Details");
      assertThat(details).contains("<h3>Problem</h3>", "<h3>Fix</h3>", "<h3>References</h3>", rule.fix(), rule.helpUri());
    }
  }

  /** The detectors share each class's code through a database of the run that findbugs.xml registers. */
  @Test
  void theEngineRegistrarRegistersTheSharedClassCode() throws Exception {
    List<Element> registrars = elements(parse("findbugs.xml"), "EngineRegistrar");
    assertThat(registrars).hasSize(1);
    Object registrar = Class.forName(registrars.get(0).getAttribute("class")).getConstructor().newInstance();
    assertThat(registrar).isInstanceOf(IAnalysisEngineRegistrar.class);
    IAnalysisCache cache = Mockito.mock(IAnalysisCache.class);
    ((IAnalysisEngineRegistrar) registrar).registerAnalysisEngines(cache);
    Mockito.verify(cache).registerDatabaseFactory(Mockito.eq(ClassCodes.class), Mockito.any());
  }

  @Test
  void noBugTypeIsAPrefixOfAnother() throws Exception {
    List<String> types = new ArrayList<>(byAttribute(parse("findbugs.xml"), "BugPattern", "type").keySet());
    Catalogue.rules().forEach(r -> types.add(r.id()));
    for (String a : types) {
      for (String b : types) {
        if (!a.equals(b)) {
          assertThat(b).as("SpotBugs suppresses by prefix").doesNotStartWith(a);
        }
      }
    }
  }

  @Test
  void bugRanksOnlyKnownPatternsAndKeepsThemVisible() throws IOException {
    for (String line : Files.readAllLines(RESOURCES.resolve("bugrank.txt"))) {
      String[] parts = line.trim().split(" ");
      assertThat(parts).hasSize(3);
      assertThat(parts[1]).isEqualTo("BugPattern");
      assertThat(Catalogue.find(parts[2])).isPresent();
      // rank + 2 for NORMAL priority must stay within spotbugs-maven-plugin's default maxRank (20)
      assertThat(Integer.parseInt(parts[0]) + 2).isLessThanOrEqualTo(20);
    }
  }

  private static Document parse(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(RESOURCES.resolve(file).toFile());
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getDocumentElement().getElementsByTagName(tag);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  private static Map<String, Element> byAttribute(Document document, String tag, String attribute) {
    Map<String, Element> result = new TreeMap<>();
    for (Element element : elements(document, tag)) {
      assertThat(result.put(element.getAttribute(attribute), element)).as("duplicate %s", tag).isNull();
    }
    return result;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
