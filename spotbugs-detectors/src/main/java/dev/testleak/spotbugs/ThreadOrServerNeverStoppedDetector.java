package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ConcurrencyVocabulary;
import dev.testleak.catalogue.ConcurrencyVocabulary.Kind;
import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.Annotations;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Creation;
import dev.testleak.spotbugs.support.ClassCode.FieldRef;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Store;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.Lifecycle;
import dev.testleak.spotbugs.support.Lifecycle.Hook;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * {@code ThreadOrServerNeverStopped}: a thread, executor, timer or server started in class-level or
 * per-test set-up that no teardown of the same scope stops. See
 * docs/rules/ThreadOrServerNeverStopped.md.
 *
 * <p>In bytecode: in a static initializer (of a class with tests or hooks) or a set-up hook, a
 * {@code new} of a {@link ConcurrencyVocabulary#KINDS kind} or a starting factory call, started by
 * construction or by a {@code start()} on the same value; then where that value goes: a field (stopped
 * when {@code @AutoClose}, or when a teardown of the same scope reaches a stop call on the field or
 * hands the field to a method), an argument (handed on), or nowhere but a local (stopped only by a
 * stop call on it in the same method).
 */
public final class ThreadOrServerNeverStoppedDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.THREAD_OR_SERVER_NEVER_STOPPED;
  /** Which stop call a message suggests, when the kind has several. */
  private static final List<String> PREFERRED_STOPS =
      List.of("shutdownNow", "stop", "close", "cancel", "interrupt", "shutdownGracefully", "shutdown");

  private final BugReporter bugReporter;

  /** A value started in set-up: where it was created and what it is. */
  private record Started(int pc, Kind kind, SourceLineAnnotation line) {}

  public ThreadOrServerNeverStoppedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    String className = javaClass.getClassName();
    boolean hasTestsOrHooks = hasTestsOrHooks(javaClass);
    for (Method method : javaClass.getMethods()) {
      MethodCode body = code.methods.get(method.getName() + method.getSignature());
      if (body == null) {
        continue;
      }
      Scope scope;
      String where;
      if (method.getName().equals("<clinit>")) {
        if (!hasTestsOrHooks) {
          continue;
        }
        scope = Scope.PER_CLASS;
        where = "a static initializer";
      } else {
        Optional<Hook> hook = program.lifecycle().hook(javaClass, method).filter(h -> h.phase() == Phase.SETUP);
        if (hook.isEmpty()) {
          continue;
        }
        scope = hook.get().scope();
        where = program.lifecycle().describeHook(javaClass, method);
      }
      for (Started started : started(body)) {
        Optional<String> name = neverStopped(className, body, started, scope);
        if (name.isPresent()) {
          bugReporter.reportBug(
              program.bugAt(this, RULE, body, started.line())
                  .addString(started.kind().word())
                  .addString(name.get())
                  .addString(where)
                  .addString(teardownFor(className, scope) + " (" + stopFor(started.kind()) + "())"));
        }
      }
    }
  }

  private boolean hasTestsOrHooks(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (Annotations.of(method).stream().anyMatch(LifecycleVocabulary::isLifecycleAnnotation)
          || program.lifecycle().hook(javaClass, method).isPresent()) {
        return true;
      }
    }
    return false;
  }

  // ---- What is started ----

  private List<Started> started(MethodCode body) {
    List<Started> result = new java.util.ArrayList<>();
    for (Creation creation : body.creations) {
      kindOf(creation.type())
          .filter(kind -> kind.startedByConstruction() || startCalled(body, creation.pc()))
          .ifPresent(kind -> result.add(new Started(creation.pc(), kind, creation.line())));
    }
    for (Invoke invoke : body.invokes) {
      boolean startingFactory = isStartingFactory(invoke);
      Optional<Kind> kind =
          startingFactory || (invoke.isStatic() && ConcurrencyVocabulary.KINDS.containsKey(invoke.owner()))
              ? Classes.classOfDescriptor(invoke.signature().substring(invoke.signature().indexOf(')') + 1)).flatMap(this::kindOf)
              : Optional.empty();
      kind.filter(k -> startingFactory || k.startedByConstruction() || startCalled(body, invoke.pc()))
          .ifPresent(k -> result.add(new Started(invoke.pc(), k, invoke.line())));
    }
    return result;
  }

  private boolean isStartingFactory(Invoke invoke) {
    if (invoke.isStatic()) {
      return ConcurrencyVocabulary.STARTING_FACTORIES.contains(invoke.ownerAndName());
    }
    return program.classes().supertypesAndSelf(invoke.owner()).names().stream()
        .anyMatch(owner -> ConcurrencyVocabulary.STARTING_FACTORIES.contains(owner + "#" + invoke.name()));
  }

  private Optional<Kind> kindOf(String type) {
    return ConcurrencyVocabulary.KINDS.values().stream()
        .filter(kind -> program.classes().isSubtype(type, kind.type()))
        .findFirst();
  }

  /** A {@code start()} on the value created at {@code pc}, or on a field it was stored into. */
  private static boolean startCalled(MethodCode body, int pc) {
    return body.callsOn(pc).stream().anyMatch(i -> ConcurrencyVocabulary.START_METHODS.contains(i.name()));
  }

  // ---- Stopped ----

  /** The field or variable that holds a value nothing stops, or empty when something does. */
  private Optional<String> neverStopped(String className, MethodCode body, Started started, Scope scope) {
    if (body.passedOn(started.pc())) {
      return Optional.empty();
    }
    List<Store> stores = body.storesOf(started.pc());
    Optional<Store> inField = stores.stream().filter(s -> s.field() != null).findFirst();
    if (inField.isEmpty()) {
      boolean stoppedHere = body.callsOn(started.pc()).stream().anyMatch(i -> started.kind().stopMethods().contains(i.name()));
      if (stoppedHere) {
        return Optional.empty();
      }
      return Optional.of(
          stores.stream().findFirst().flatMap(s -> body.localName(s.register(), s.pc())).orElse("(not kept)"));
    }
    FieldRef field = inField.get().field();
    boolean autoClosed =
        program.classes().resolveField(field.declaringClass(), field.name())
            .map(f -> Annotations.of(f.field()).stream().anyMatch(ResourceVocabulary.MANAGED_FIELD_ANNOTATIONS::contains))
            .orElse(false);
    Predicate<Hook> sameScope = h -> h.phase() == Phase.TEARDOWN && (scope == Scope.PER_CLASS || h.scope() == Scope.PER_TEST);
    if (autoClosed || program.anyHookReaches(className, sameScope, m -> stopsOrHandsOn(m, field, started.kind()))) {
      return Optional.empty();
    }
    return Optional.of(field.name());
  }

  private static boolean stopsOrHandsOn(MethodCode method, FieldRef field, Kind kind) {
    return method.invokes.stream()
        .anyMatch(i -> (i.receiver() != null && i.receiver().isField(field) && kind.stopMethods().contains(i.name()))
            || method.argumentsAndElements(i).stream().anyMatch(a -> a.isField(field)));
  }

  // ---- Message ----

  private String teardownFor(String className, Scope scope) {
    return program.lifecycle().frameworkOf(className)
        .map(framework -> Lifecycle.counterpart(framework, scope, Phase.TEARDOWN))
        .orElse(scope == Scope.PER_CLASS ? "@AfterAll" : "@AfterEach");
  }

  private static String stopFor(Kind kind) {
    return PREFERRED_STOPS.stream().filter(kind.stopMethods()::contains).findFirst().orElse("close");
  }

}
