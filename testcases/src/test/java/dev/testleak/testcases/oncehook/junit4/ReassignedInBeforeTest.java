package dev.testleak.testcases.oncehook.junit4;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Clean: JUnit 4 @Before gives the static list a fresh instance before every test. */
public class ReassignedInBeforeTest {
  private static List<String> received;

  @BeforeClass
  public static void createReceived() {
    received = new ArrayList<>();
  }

  @Before
  public void freshReceived() {
    received = new ArrayList<>();
  }

  @Test
  public void receivesOne() {
    received.add("mail");
    assertEquals(1, received.size());
  }
}
