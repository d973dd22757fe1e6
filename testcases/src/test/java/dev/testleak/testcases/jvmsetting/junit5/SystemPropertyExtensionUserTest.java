package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Clean: the extension behind @WithSystemProperty sets and restores the property. */
class SystemPropertyExtensionUserTest {
  @Test
  @WithSystemProperty(key = "app.region", value = "eu-west-1")
  void readsRegion() {
    assertEquals("eu-west-1", System.getProperty("app.region"));
  }
}
