package dev.testleak.testcases.oncehook.testng;

import static org.testng.Assert.assertEquals;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import org.testng.annotations.BeforeTest;
import org.testng.annotations.Test;

/**
 * A Guava multimap from a factory call in @BeforeTest lives for the whole TestNG test tag; both
 * tests put into it.
 */
public class TestNGTagsMultimapTest {
  private ListMultimap<String, String> tags;

  @BeforeTest
  public void createTags() {
    tags = ArrayListMultimap.create(); // expect: OnceHookStateMutatedByTests
  }

  @Test
  public void tagsBook() {
    tags.put("book", "paper");
    assertEquals(tags.size(), 1);
  }

  @Test(invocationCount = 2)
  public void tagsPen() {
    tags.put("pen", "ink");
    assertEquals(tags.get("pen").size(), 1);
  }
}
