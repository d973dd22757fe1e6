package dev.testleak.spotbugs.samples;

import java.util.HashMap;
import java.util.Map;
import org.junit.rules.ExternalResource;

public class ExternalResourceCleared extends ExternalResource {
  private static final Map<String, Object> OPENED = new HashMap<>();

  @Override
  protected void before() {
    OPENED.put("connection", new Object());
  }

  @Override
  protected void after() {
    OPENED.clear();
  }
}
