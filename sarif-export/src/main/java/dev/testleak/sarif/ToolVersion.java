package dev.testleak.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this tool, from the {@code tool.properties} Maven filters at build time. */
final class ToolVersion {
  private ToolVersion() {}

  static String get() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        throw new IllegalStateException("tool.properties is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException("tool.properties was not filtered: version=" + version);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
