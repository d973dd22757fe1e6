package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary.Setting;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Operand;
import dev.testleak.spotbugs.support.ClassCode.Store;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import java.util.List;
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
 * reaches. In an {@code AutoCloseable} class, {@code close()} and what it calls count as such a
 * teardown (a restorer object), and a setter there is a restore. For system properties both keys
 * must be equal when both are constants, and a {@code remove}/{@code put}/{@code setProperty}/{@code
 * clear}/{@code putAll} on the result of {@code System.getProperties()} (or a local stored from it)
 * restores too.
 */
public final class JvmSettingNotRestoredDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.JVM_SETTING_NOT_RESTORED;

  private static final String SET_PROPERTY = "java.lang.System#setProperty";
  /** Calls on the live properties that take no key: they restore whatever key was changed. */
  private static final Set<String> KEYLESS_VIEW_RESTORERS = Set.of("clear", "putAll");
  private static final String AUTO_CLOSEABLE = "java.lang.AutoCloseable";

  private final BugReporter bugReporter;

  private record Change(Setting setting, Invoke call, Object key) {}

  public JvmSettingNotRestoredDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    String className = javaClass.getClassName();
    List<MethodCode> closing = closeAndWhatItCalls(className);
    for (MethodCode body : code.methods.values()) {
      if (closing.contains(body)) {
        continue; // a setter there puts back what the object changed: a restore, never a change
      }
      for (Invoke invoke : body.invokes) {
        Optional<Change> change = change(invoke);
        if (change.isEmpty()
            || putsBackASavedValue(code, body, change.get())
            || isRestoreOfAnEarlierChange(body, change.get())
            || closing.stream().anyMatch(m -> restoresWithin(m, change.get(), pc -> true))
            || restoredInFinally(code, body, change.get())
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

  /**
   * "Restoring a saved value": the setter's last argument is a local or a field of the class that
   * only ever holds what a read of the same setting returned ({@link GlobalStateVocabulary#readers}):
   * it puts back what was there, so it is a restore, never a change.
   */
  private boolean putsBackASavedValue(ClassCode code, MethodCode body, Change change) {
    Set<String> readers = GlobalStateVocabulary.readers(change.setting());
    List<Operand> arguments = change.call().arguments();
    if (readers.isEmpty() || arguments.isEmpty() || (change.setting().keyed() && arguments.size() < 2)) {
      return false; // nothing reads it, or no value is set (clearProperty takes only the key)
    }
    Operand value = arguments.get(arguments.size() - 1);
    if (value.register() < 0 && value.field() == null) {
      return false; // an expression, not a variable
    }
    if (value.field() != null && !isReaderField(value.field(), readers)) {
      return isSavedField(code, value.field(), readers, change);
    }
    return isRead(body, value, readers, change);
  }

  /** Every store of {@code field} in the class (initializers included) stores a read of the setting. */
  private boolean isSavedField(ClassCode code, ClassCode.FieldRef field, Set<String> readers, Change change) {
    if (!field.declaringClass().equals(code.className)) {
      return false;
    }
    boolean stored = false;
    for (MethodCode method : code.methods.values()) {
      for (Store store : method.stores) {
        if (field.equals(store.field())) {
          if (!isRead(method, store.value(), readers, change)) {
            return false;
          }
          stored = true;
        }
      }
    }
    return stored;
  }

  /**
   * {@code value} was read from the setting: loaded from one of its static fields ({@code
   * System.out}), or created only by calls of its readers (for system properties, with the setter's
   * key when both keys are constants).
   */
  private boolean isRead(MethodCode method, Operand value, Set<String> readers, Change change) {
    if (value.field() != null) {
      return isReaderField(value.field(), readers);
    }
    if (value.origins().isEmpty()) {
      return false;
    }
    for (int pc : value.origins()) {
      Optional<Invoke> read = method.invokeAt(pc);
      if (read.isEmpty() || !calls(read.get(), readers) || !sameKey(read.get(), change)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isReaderField(ClassCode.FieldRef field, Set<String> readers) {
    return readers.contains(field.declaringClass() + "." + field.name());
  }

  private static boolean sameKey(Invoke read, Change change) {
    if (!change.setting().keyed() || change.key() == null || read.arguments().isEmpty()) {
      return true;
    }
    Object key = read.arguments().get(0).constant();
    return !(key instanceof String) || key.equals(change.key());
  }

  /**
   * A restoring call in a {@code finally} of the method the change is in. A lambda body belongs to
   * the method it is written in (a thread's body joined in the {@code try}, an {@code assertThrows}
   * executable): javac compiles it to a method of its own, so the lambdas are followed outwards to
   * the methods that create them.
   */
  private boolean restoredInFinally(ClassCode code, MethodCode body, Change change) {
    MethodCode method = body;
    for (int depth = 0; depth < 16; depth++) {
      MethodCode current = method;
      if (current.finallyBlocks().stream().anyMatch(block -> restoresWithin(current, change, block::contains))) {
        return true;
      }
      Optional<ClassCode.LambdaSite> site = current.isLambdaBody() ? code.siteOf(current) : Optional.empty();
      if (site.isEmpty()) {
        return false;
      }
      method = site.get().method();
    }
    return false;
  }

  /**
   * The teardown callback of a restorer object: when the class is {@code AutoCloseable}, its {@code
   * close()} (declared or inherited) and the methods that reaches, as a teardown hook's helpers are
   * followed; empty for any other class.
   */
  private List<MethodCode> closeAndWhatItCalls(String className) {
    if (!program.classes().isSubtype(className, AUTO_CLOSEABLE)) {
      return List.of();
    }
    return program.declaringClassOf(className, "close", "()V")
        .flatMap(program::code)
        .flatMap(c -> c.method("close()V"))
        .map(program::reachable)
        .orElse(List.of());
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

  /**
   * A restoring call of the change's setting in {@code method}, at a pc {@code where} accepts. For
   * system properties, a {@link GlobalStateVocabulary#PROPERTIES_VIEW_RESTORERS} call on the live
   * properties ({@code System.getProperties().remove("key")}) restores too; {@code clear} and {@code
   * putAll} restore any key.
   */
  private boolean restoresWithin(MethodCode method, Change change, java.util.function.IntPredicate where) {
    for (Invoke invoke : method.invokes) {
      if (!where.test(invoke.pc())) {
        continue;
      }
      boolean onView = change.setting().setters().contains(SET_PROPERTY) && onLiveProperties(method, invoke);
      if (!onView && !calls(invoke, change.setting().restorers())) {
        continue;
      }
      boolean keyless = onView ? KEYLESS_VIEW_RESTORERS.contains(invoke.name()) : !change.setting().setters().contains(invoke.ownerAndName());
      Object key = invoke.arguments().isEmpty() ? null : invoke.arguments().get(0).constant();
      boolean keyMatches =
          !change.setting().keyed() || change.key() == null || !(key instanceof String) || key.equals(change.key()) || keyless;
      if (keyMatches) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code invoke} is a {@link GlobalStateVocabulary#PROPERTIES_VIEW_RESTORERS} call whose receiver is
   * the result of {@code System.getProperties()}: directly, or through a local every store of which
   * before the call is such a result.
   */
  private static boolean onLiveProperties(MethodCode method, Invoke invoke) {
    if (invoke.receiver() == null || !GlobalStateVocabulary.PROPERTIES_VIEW_RESTORERS.contains(invoke.name())) {
      return false;
    }
    Operand receiver = invoke.receiver();
    if (receiver.origin() != ClassCode.UNKNOWN) {
      return isPropertiesView(method, receiver.origin());
    }
    if (receiver.register() < 0) {
      return false;
    }
    List<Store> stores =
        method.stores.stream().filter(s -> s.field() == null && s.register() == receiver.register() && s.pc() < invoke.pc()).toList();
    return !stores.isEmpty() && stores.stream().allMatch(s -> isPropertiesView(method, s.value().origin()));
  }

  private static boolean isPropertiesView(MethodCode method, int pc) {
    return method.invokeAt(pc).filter(i -> i.isStatic() && i.ownerAndName().equals(GlobalStateVocabulary.PROPERTIES_VIEW)).isPresent();
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
