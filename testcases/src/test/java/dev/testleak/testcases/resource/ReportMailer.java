package dev.testleak.testcases.resource;

/** A collaborator the code under test constructs itself; the cases mock its construction. */
public class ReportMailer {
  public boolean send(String recipient) {
    return !recipient.isEmpty();
  }
}
