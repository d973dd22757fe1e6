package dev.testleak.testcases.staticcollection.testng;

import java.util.ArrayList;
import java.util.List;
import org.testng.ITestListener;
import org.testng.ITestResult;

/** A TestNG listener that keeps every result of the whole run in a static list. */
public class RecordingListener implements ITestListener {
  static final List<ITestResult> RESULTS = new ArrayList<>();

  @Override
  public void onTestSuccess(ITestResult result) {
    RESULTS.add(result); // expect: StaticCollectionNeverCleared
  }
}
