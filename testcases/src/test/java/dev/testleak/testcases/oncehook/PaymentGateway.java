package dev.testleak.testcases.oncehook;

/** A collaborator the once-hook cases mock: charges and refunds payments. */
public interface PaymentGateway {
  boolean charge(String currency, long cents);

  void refund(String paymentId);
}
