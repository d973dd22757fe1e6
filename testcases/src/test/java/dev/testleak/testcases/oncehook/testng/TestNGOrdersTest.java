package dev.testleak.testcases.oncehook.testng;

import static org.testng.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * TestNG creates one instance per class, so an instance field assigned in @BeforeClass is shared by
 * every data-provider row.
 */
public class TestNGOrdersTest {
  private List<String> orders;

  @BeforeClass
  public void createOrders() {
    orders = new ArrayList<>(); // expect: OnceHookStateMutatedByTests
  }

  @DataProvider
  public Object[][] items() {
    return new Object[][] {{"book"}, {"pen"}};
  }

  @Test(dataProvider = "items")
  public void placesOrder(String item) {
    orders.add(item);
    assertEquals(orders.size(), 1);
  }
}
