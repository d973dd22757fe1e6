package dev.testleak.testcases.thread.junit4;

import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Test;

/** Clean: the server rule starts and stops its server around the class. */
public class EchoServerRuleUserTest {
  @ClassRule public static final EchoServerRule SERVER = new EchoServerRule();

  @Test
  public void hasPort() {
    assertTrue(SERVER.port() > 0);
  }
}
