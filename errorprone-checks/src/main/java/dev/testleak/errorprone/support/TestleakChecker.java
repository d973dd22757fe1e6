package dev.testleak.errorprone.support;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.Tree;
import java.util.regex.Pattern;

/**
 * What every testleak check shares: the test-code option ({@code
 * -XepOpt:Testleak:TestSourcePattern}) and reporting at the start of the offending tree.
 *
 * <p>A concrete check still needs its own public no-argument constructor (Error Prone's plugin
 * loader, {@link java.util.ServiceLoader}, requires one) besides the {@code @Inject} constructor
 * that receives the compilation's flags.
 */
public abstract class TestleakChecker extends BugChecker {
  private static final long serialVersionUID = 1L;

  private final Pattern testSourcePattern;

  /** Test-code answers, shared by all matches in one compilation unit. */
  private final transient PerUnit<TestCode> testCode;

  /**
   * Reads the options every testleak check understands.
   *
   * @throws IllegalArgumentException if {@code -XepOpt:Testleak:TestSourcePattern} is not a valid
   *     regular expression
   */
  protected TestleakChecker(ErrorProneFlags flags) {
    testSourcePattern = TestCode.sourcePattern(flags);
    testCode = new PerUnit<>(state -> TestCode.forAnalysis(testSourcePattern, state));
  }

  /** The test-code view of the compilation unit {@code state} is in (its answers are cached). */
  protected final TestCode testCode(VisitorState state) {
    return testCode.get(state);
  }

  /** A description of this check reported at the start of {@code tree}. */
  protected final Description.Builder describeAt(Tree tree) {
    return buildDescription(Positions.startOf(tree));
  }
}
