package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary.Setting;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;

/**
 * {@code JvmSettingNotRestored}: test code changes a JVM-wide setting and neither a {@code finally}
 * of the same method nor a teardown restores it. See docs/rules/JvmSettingNotRestored.md.
 *
 * <p>In bytecode: a call of one of a {@link GlobalStateVocabulary#SETTINGS setting}'s setters (on the
 * type or a subtype) in any method of test code; restored when a call of one of its restorers lies
 * in the finally handler of the same method (javac's catch-any copy of the block, which runs on
 * every path), or in a method a teardown hook of the class, an enclosing class or a superclass
 * reaches. For system properties both keys must be equal when both are constants.
 */
public final class JvmSettingNotRestoredDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.JVM_SETTING_NOT_RESTORED;

  private final BugReporter bugReporter;

  private record Change(Setting setting, Invoke call, Object key) {}

  public JvmSettingNotRestoredDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    String className = javaClass.getClassName();
    for (MethodCode body : code.methods.values()) {
      for (Invoke invoke : body.invokes) {
        Optional<Change> change = change(invoke);
        if (change.isEmpty()
            || isRestoreOfAnEarlierChange(body, change.get())
            || body.finallyBlocks().stream().anyMatch(block -> restoresWithin(body, change.get(), block::contains))
            || program.anyHookReaches(className, h -> h.phase() == Phase.TEARDOWN, m -> restoresWithin(m, change.get(), pc -> true))) {
          continue;
        }
        bugReporter.reportBug(
            program.bugAt(this, RULE, body, invoke.line())
                .addString(Classes.simpleName(invoke.owner()) + "." + invoke.name() + (invoke.arguments().isEmpty() ? "()" : "(..)"))
                .addString(describe(change.get())));
      }
    }
  }

  private Optional<Change> change(Invoke invoke) {
    for (Setting setting : GlobalStateVocabulary.SETTINGS) {
      if (calls(invoke, setting.setters())) {
        Object key = setting.keyed() && !invoke.arguments().isEmpty() ? invoke.arguments().get(0).constant() : null;
        return Optional.of(new Change(setting, invoke, key));
      }
    }
    return Optional.empty();
  }

  /** True if {@code invoke} calls one of {@code methods} ({@code owner#name}, on the owner or a subtype). */
  private boolean calls(Invoke invoke, Set<String> methods) {
    return methods.stream().anyMatch(m -> m.endsWith("#" + invoke.name()))
        && program.classes().supertypesAndSelf(invoke.owner()).names().stream().anyMatch(o -> methods.contains(o + "#" + invoke.name()));
  }

  /** A restoring call of the change's setting in {@code method}, at a pc {@code where} accepts. */
  private boolean restoresWithin(MethodCode method, Change change, java.util.function.IntPredicate where) {
    for (Invoke invoke : method.invokes) {
      if (!where.test(invoke.pc()) || !calls(invoke, change.setting().restorers())) {
        continue;
      }
      Object key = invoke.arguments().isEmpty() ? null : invoke.arguments().get(0).constant();
      boolean keyMatches =
          !change.setting().keyed() || change.key() == null || !(key instanceof String) || key.equals(change.key())
              || !change.setting().setters().contains(invoke.ownerAndName());
      if (keyMatches) {
        return true;
      }
    }
    return false;
  }

  /**
   * A restoring call after a change of the same setting in the same method puts the previous value
   * back ({@code TimeZone.setDefault(previous)}): it is the (late) restore, not a change of its own.
   */
  private boolean isRestoreOfAnEarlierChange(MethodCode body, Change change) {
    return body.invokes.stream()
        .filter(i -> i.pc() < change.call().pc())
        .map(this::change)
        .flatMap(Optional::stream)
        .anyMatch(earlier -> earlier.setting() == change.setting()
            && restoresWithin(body, earlier, pc -> pc == change.call().pc()));
  }

  private static String describe(Change change) {
    return change.key() instanceof String key ? change.setting().what() + " '" + key + "'" : change.setting().what();
  }

}
