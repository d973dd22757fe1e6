package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import org.apache.bcel.classfile.JavaClass;

/**
 * A detector that looks at each analysed class that is test code (docs/test-code.md), one class at
 * a time, and reports as it goes. Subclasses implement one rule each.
 */
public abstract class TestClassDetector implements Detector {
  protected final Program program = new Program();

  @Override
  public final void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (program.lifecycle().isTestCode(javaClass.getClassName())) {
      visitTestClass(javaClass, program.code(classContext));
    }
  }

  /** Looks at one class of test code. */
  protected abstract void visitTestClass(JavaClass javaClass, ClassCode code);

  @Override
  public void report() {}
}
