package dev.testleak.testcases.oncehook;

/** A stateless service the once-hook cases share or spy on. */
public class PriceCalculator {
  public long discount(long cents, int percent) {
    return cents - cents * percent / 100;
  }

  public long withTax(long cents) {
    return cents + cents / 5;
  }
}
