package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.HookAnnotation;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.MockitoVocabulary;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode.FieldRef;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Operand;
import dev.testleak.spotbugs.support.ClassCode.Store;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.Lifecycle;
import dev.testleak.spotbugs.support.Program;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.FieldAnnotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * {@code OnceHookStateMutatedByTests}: a field a class-level once-hook fills with fresh mutable state
 * (a growable container, an atomic, a Mockito mock or spy) that the tests then change, and no
 * per-test hook resets. See docs/rules/OnceHookStateMutatedByTests.md.
 *
 * <p>In bytecode: a {@code putstatic}/{@code putfield} in a method annotated as a class-level set-up
 * hook whose value was created by a {@code new} or a static call of that method; the tests (methods
 * with a test annotation of the class and its superclasses, their lambdas and the helpers they call
 * up to three deep) call a mutator on the field or pass it to a Mockito stubbing or verification.
 */
public final class OnceHookStateMutatedByTestsDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.ONCE_HOOK_STATE_MUTATED_BY_TESTS;

  // Atomics are state by their package; the calls that change or reset them are the catalogue's.
  private static final String ATOMIC_PACKAGE = "java.util.concurrent.atomic.";
  private static final Set<String> ATOMIC_MUTATORS = GlobalStateVocabulary.ATOMIC_MUTATORS;
  /** Calls that reset shared state to a known value (besides shrinking it, reassigning it or handing it on). */
  private static final Set<String> RESETTING_CALLS = GlobalStateVocabulary.ATOMIC_RESETS;

  private final BugReporter bugReporter;
  /** Once per field and hook class, also when several subclasses inherit the hook. */
  private final Set<List<Object>> reported = new HashSet<>();

  /** What kind of state a once-hook created, for the message and for what changes it. */
  private enum Nature { CONTAINER, ATOMIC, MOCK }

  private record State(Nature nature, String kind) {}

  public OnceHookStateMutatedByTestsDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    String className = javaClass.getClassName();
    for (String hookClass : program.classes().supertypesAndSelf(className).names()) {
      Optional<JavaClass> owner = program.classes().load(hookClass);
      // the code of a class is read only when it declares a once-hook: most supertypes declare none
      if (owner.isEmpty() || owner.get().isInterface() || Program.isPlatformClass(hookClass) || !declaresOnceHook(owner.get())) {
        continue;
      }
      program.code(hookClass).ifPresent(hookCode -> visitOnceHooks(className, owner.get(), hookCode));
    }
  }

  private static boolean declaresOnceHook(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (onceHook(method).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A set-up hook that runs once for the class ({@code @BeforeAll}, {@code @BeforeClass}, ...). */
  private static Optional<HookAnnotation> onceHook(Method method) {
    return Lifecycle.hookAnnotation(method).filter(h -> h.scope() == Scope.PER_CLASS && h.phase() == Phase.SETUP);
  }

  /**
   * The once-hooks {@code hookClass} declares, which run for {@code className} (itself or a
   * subclass): a base class's hook creates state for the tests of each subclass.
   */
  private void visitOnceHooks(String className, JavaClass hookClass, ClassCode code) {
    for (Method method : hookClass.getMethods()) {
      Optional<HookAnnotation> hook = onceHook(method);
      MethodCode body = code.methods.get(method.getName() + method.getSignature());
      if (hook.isEmpty() || body == null) {
        continue;
      }
      for (Store store : body.stores) {
        if (store.field() == null
            || reported.contains(List.of(hookClass.getClassName(), store.field()))
            || !program.classes().isSubtype(className, store.field().declaringClass())
            || !(store.staticField() || program.lifecycle().oneInstancePerClass(className))) {
          continue;
        }
        Optional<State> state = stateCreated(body, store.value());
        if (state.isPresent()
            && changedByTests(className, store.field(), state.get())
            && !resetPerTest(className, store.field())) {
          reported.add(List.of(hookClass.getClassName(), store.field()));
          report(body, store, state.get(), hook.get());
        }
      }
    }
  }

  // ---- What state ----

  private Optional<State> stateCreated(MethodCode body, Operand value) {
    Optional<Invoke> call = body.invokeAt(value.origin()).filter(Invoke::isStatic);
    String type;
    if (call.isPresent()) {
      String factory = call.get().ownerAndName();
      if (MockitoVocabulary.MOCK_FACTORIES.contains(factory)) {
        return Optional.of(new State(Nature.MOCK, call.get().name()));
      }
      if (ContainerVocabulary.IMMUTABLE_FACTORIES.contains(factory)
          || call.get().owner().startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)) {
        return Optional.empty();
      }
      String returned = call.get().signature().substring(call.get().signature().indexOf(')') + 1);
      type = Classes.classOfDescriptor(returned).orElse(null);
    } else {
      type = body.creationAt(value.origin()).map(ClassCode.Creation::type).orElse(null);
    }
    if (type == null || type.startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)) {
      return Optional.empty();
    }
    if (type.startsWith(ATOMIC_PACKAGE)) {
      return Optional.of(new State(Nature.ATOMIC, "atomic counter"));
    }
    Set<String> supertypes = program.classes().supertypesAndSelf(type).names();
    if (supertypes.stream().anyMatch(ContainerVocabulary.GROWABLE_TYPES::contains)) {
      return Optional.of(new State(Nature.CONTAINER, ContainerVocabulary.kindOf(supertypes)));
    }
    return Optional.empty();
  }

  // ---- Changed by the tests ----

  private boolean changedByTests(String className, FieldRef field, State state) {
    for (String name : program.classes().supertypesAndSelf(className).names()) {
      Optional<JavaClass> owner = program.classes().load(name);
      if (owner.isEmpty() || Program.isPlatformClass(name) || Arrays.stream(owner.get().getMethods()).noneMatch(Lifecycle::isTest)) {
        continue; // the code of a class without tests is not read
      }
      Optional<ClassCode> code = program.code(name);
      if (code.isEmpty()) {
        continue;
      }
      for (Method method : owner.get().getMethods()) {
        MethodCode test = code.get().methods.get(method.getName() + method.getSignature());
        if (Lifecycle.isTest(method) && test != null
            && program.reachable(test).stream().anyMatch(m -> changes(m, field, state))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean changes(MethodCode method, FieldRef field, State state) {
    for (Invoke invoke : method.invokes) {
      boolean onField = invoke.receiver() != null && invoke.receiver().isField(field);
      boolean changes =
          switch (state.nature()) {
            case CONTAINER -> onField
                && (ContainerVocabulary.GROW_METHODS.contains(invoke.name())
                    || ContainerVocabulary.SHRINK_METHODS.contains(invoke.name())
                    || invoke.name().equals("set"));
            case ATOMIC -> onField && ATOMIC_MUTATORS.contains(invoke.name());
            case MOCK -> touchesMockState(method, invoke, field);
          };
      if (changes) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code when(field.x())}, {@code given(field.x())}, {@code verify(field)}, {@code
   * verifyNoInteractions(field)}, {@code then(field)}, or {@code doReturn(..).when(field)}.
   */
  private boolean touchesMockState(MethodCode method, Invoke invoke, FieldRef field) {
    boolean stateCall =
        (invoke.isStatic() && MockitoVocabulary.MOCK_STATE_CALLS.contains(invoke.ownerAndName()))
            || (!invoke.isStatic()
                && invoke.name().equals("when")
                && program.classes().isSubtype(invoke.owner(), MockitoVocabulary.STUBBER_TYPE));
    if (!stateCall) {
      return false;
    }
    for (Operand argument : method.argumentsAndElements(invoke)) {
      if (argument.isField(field) || resultOfCallOn(method, argument, field)) {
        return true;
      }
    }
    return false;
  }

  /** {@code field.x(..)}, also when javac boxed the result ({@code Long.valueOf(field.x(..))}). */
  private static boolean resultOfCallOn(MethodCode method, Operand value, FieldRef field) {
    Optional<Invoke> call = method.invokeAt(value.origin());
    if (call.isEmpty()) {
      return false;
    }
    if (call.get().isStatic() && call.get().name().equals("valueOf") && call.get().owner().startsWith("java.lang.")
        && call.get().arguments().size() == 1) {
      return resultOfCallOn(method, call.get().arguments().get(0), field);
    }
    return call.get().receiver() != null && call.get().receiver().isField(field);
  }

  // ---- Reset per test ----

  private boolean resetPerTest(String className, FieldRef field) {
    return program.anyHookReaches(className, hook -> hook.scope() == Scope.PER_TEST, m -> resets(m, field));
  }

  private static boolean resets(MethodCode method, FieldRef field) {
    if (method.stores.stream().anyMatch(s -> field.equals(s.field()))) {
      return true;
    }
    for (Invoke invoke : method.invokes) {
      boolean onField = invoke.receiver() != null && invoke.receiver().isField(field);
      if (onField && (ContainerVocabulary.SHRINK_METHODS.contains(invoke.name()) || RESETTING_CALLS.contains(invoke.name()))) {
        return true;
      }
      if (method.argumentsAndElements(invoke).stream().anyMatch(a -> a.isField(field))) {
        return true;
      }
    }
    return false;
  }

  private void report(MethodCode hookBody, Store store, State state, HookAnnotation hook) {
    String perTest = Lifecycle.counterpart(hook, Scope.PER_TEST, Phase.SETUP);
    String signature =
        program.classes().resolveField(store.field().declaringClass(), store.field().name())
            .map(f -> f.field().getSignature())
            .orElse("Ljava/lang/Object;");
    bugReporter.reportBug(
        program.bugAt(this, RULE, hookBody, store.line())
            .addString(state.kind())
            .addString(store.field().name())
            .addString("@" + Classes.simpleName(hook.annotationType()))
            .addString(perTest)
            .addField(new FieldAnnotation(store.field().declaringClass(), store.field().name(), signature, store.staticField())));
  }

}
