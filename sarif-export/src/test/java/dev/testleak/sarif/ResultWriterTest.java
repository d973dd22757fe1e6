package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.model.Sarif.Result;
import dev.testleak.sarif.model.Sarif.ResultProperties;
import dev.testleak.sarif.model.Sarif.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written result serialisation writes what the data binding of the record writes, byte for byte. */
class ResultWriterTest {
  private static final JsonMapper DATA_BINDING = JsonMapper.builder().build();

  @Test
  void aFullResultIsWrittenAsTheDataBindingWritesIt() throws IOException {
    Result result =
        new Result(
            "StaticCollectionNeverCleared",
            3,
            "warning",
            new Message("static list 'F' is \"grown\" \u00e9\ud83d\ude00 \n\t by tests"),
            List.of(new Location(new PhysicalLocation(new ArtifactLocation("app/src/A%20B.java", "%SRCROOT%"), new Region(12, 5, 12, 22)))),
            List.of(
                new Location(1, new PhysicalLocation(new ArtifactLocation("a/A.java", "%SRCROOT%"), new Region(12, 5, 12, 22)), new Message("grows here")),
                new Location(2, new PhysicalLocation(new ArtifactLocation("a/Owner.java", null), new Region(3, null, null, null)), null),
                new Location(3, new PhysicalLocation(null, null), new Message("held"))),
            Map.of("testleakFingerprint/v1", "0123:1", "primaryLocationLineHash", "abc:2"),
            "unchanged",
            List.of(new Suppression("inSource", "not a leak"), new Suppression("external", null)),
            new ResultProperties(List.of("errorprone", "spotbugs", "pmd")));
    assertSameBytes(result);
  }

  @Test
  void absentPartsAreLeftOutAndEmptyOnesKeptAsTheDataBindingDoes() throws IOException {
    assertSameBytes(new Result("R", null, "note", new Message(""), List.of(), null, null, null, null, null));
    assertSameBytes(new Result("R", 0, "error", new Message("m"), List.of(), List.of(), Map.of(), null, List.of(), new ResultProperties(List.of())));
  }

  private static void assertSameBytes(Result result) throws IOException {
    for (boolean pretty : new boolean[] {false, true}) {
      assertThat(written(result, pretty, true)).as(pretty ? "pretty" : "compact").isEqualTo(written(result, pretty, false));
    }
  }

  /** The result inside an array, as in the log, so that the pretty printer's indentation is exercised. */
  private static String written(Result result, boolean pretty, boolean byHand) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = SarifWriter.generator(out, pretty)) {
      json.writeStartObject();
      json.writeArrayFieldStart("results");
      for (int i = 0; i < 2; i++) {
        if (byHand) {
          ResultWriter.write(json, result);
        } else {
          DATA_BINDING.writeValue(json, result);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
