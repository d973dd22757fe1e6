package dev.testleak.testcases.oncehook.testng;

import static org.testng.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Clean: the list lives for the class, but @AfterMethod empties it after every row. */
public class TestNGClearedAfterMethodTest {
  private List<String> orders;

  @BeforeClass
  public void createOrders() {
    orders = new ArrayList<>();
  }

  @AfterMethod
  public void emptyOrders() {
    orders.clear();
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
