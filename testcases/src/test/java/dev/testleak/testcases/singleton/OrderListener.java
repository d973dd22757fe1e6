package dev.testleak.testcases.singleton;

/** What the singleton cases register with the event bus. */
public interface OrderListener {
  void onOrder(String orderId);
}
