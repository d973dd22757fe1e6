package dev.testleak.testcases.staticcollection.testng;

import java.util.ArrayList;
import java.util.List;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestResult;

/** Clean: the listener empties its list when the TestNG test finishes (ITestListener.onFinish). */
public class ResettingListener implements ITestListener {
  static final List<ITestResult> FAILURES = new ArrayList<>();

  @Override
  public void onTestFailure(ITestResult result) {
    FAILURES.add(result);
  }

  @Override
  public void onFinish(ITestContext context) {
    FAILURES.clear();
  }
}
