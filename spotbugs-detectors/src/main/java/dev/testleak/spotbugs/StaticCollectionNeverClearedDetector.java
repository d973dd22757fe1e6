package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.FieldUseScanner.ClassBody;
import dev.testleak.spotbugs.FieldUseScanner.FieldRef;
import dev.testleak.spotbugs.FieldUseScanner.FieldUse;
import dev.testleak.spotbugs.FieldUseScanner.MethodBody;
import dev.testleak.spotbugs.FieldUseScanner.StaticInit;
import dev.testleak.spotbugs.FieldUseScanner.UseKind;
import dev.testleak.spotbugs.support.Annotations;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.Lifecycle;
import dev.testleak.spotbugs.support.Lifecycle.Hook;
import dev.testleak.spotbugs.support.Program;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * {@code StaticCollectionNeverCleared}: a static collection, map or StringBuilder of test code that
 * tests grow and no teardown empties. See docs/rules/StaticCollectionNeverCleared.md, which this
 * implements decision by decision.
 *
 * <p>Grow sites live in many class files (nested classes, subclasses, implementing classes) and
 * whether they are cleared depends on yet others (superclasses, enclosing classes, the field's
 * declaring class), so {@link #visitClassContext} only records what each analysed class does and
 * {@link #report()} decides, reading any further class through SpotBugs' analysis cache. A class
 * whose bytecode cannot be read is assumed to clear the field: silence over a false alarm.
 */
public final class StaticCollectionNeverClearedDetector implements Detector {
  private static final Rule RULE = Catalogue.STATIC_COLLECTION_NEVER_CLEARED;
  /** The bug code (abbreviation) of every testleak bug pattern. */
  static final String ABBREV = "TESTLEAK";
  /** How many calls deep a teardown is followed into helper methods. */
  private static final int HELPER_DEPTH = dev.testleak.spotbugs.support.Program.HELPER_DEPTH;
  /** What empties a field: a shrink call, an assignment, handing it to a method. */
  private static final Set<UseKind> CLEARING_USES = Set.of(UseKind.SHRINK, UseKind.ASSIGN, UseKind.PASS);
  /** What empties a field within the method that grows it: a shrink call on it or an assignment to it. */
  private static final Set<UseKind> EMPTYING_USES = Set.of(UseKind.SHRINK, UseKind.ASSIGN);

  private final BugReporter bugReporter;
  private final Program program = new Program();
  private final Classes classes = program.classes();
  private final Lifecycle lifecycle = program.lifecycle();
  private final Map<String, Optional<ClassBody>> bodies = new HashMap<>();
  private final Set<String> analysed = new LinkedHashSet<>();
  private final Map<FieldRef, Optional<Container>> containers = new HashMap<>();
  private final Map<String, Relevant> relevantClasses = new HashMap<>();
  private final Map<List<Object>, Boolean> clearedByTeardown = new HashMap<>();
  private final Map<List<Object>, Boolean> drainedByEveryTest = new HashMap<>();
  private final FixtureResets fixtureResets = new FixtureResets(program, this::body, analysed);

  /** A reportable static field: mutable growable container, in test code. */
  private record Container(FieldRef ref, Field field, String kind) {}

  /**
   * The classes whose teardown hooks (and helpers) count for a grow site in one class: it, its
   * enclosing classes, the field's declaring class, and all their supertypes. {@code complete} is
   * false when one of them cannot be read.
   */
  private record Relevant(Set<String> names, boolean complete) {}

  private record Site(String className, MethodBody method, FieldUse use) {
    int line() {
      int line = use.line() == null ? -1 : use.line().getStartLine();
      return line < 0 ? Integer.MAX_VALUE : line;
    }
  }

  private static final Comparator<Site> FIRST_BY_LINE =
      Comparator.comparingInt(Site::line)
          .thenComparing(Site::className)
          .thenComparingInt(site -> site.use().pc());

  public StaticCollectionNeverClearedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    String className = classContext.getJavaClass().getClassName();
    bodies.put(className, Optional.of(FieldUseScanner.scan(classContext, classes)));
    analysed.add(className);
  }

  @Override
  public void report() {
    Map<List<String>, Site> firstSites = new TreeMap<>(Comparator.comparing(Object::toString));
    for (String className : analysed) {
      Optional<JavaClass> javaClass = classes.load(className);
      Optional<ClassBody> body = bodies.get(className);
      if (javaClass.isEmpty() || body.isEmpty()) {
        continue;
      }
      for (MethodBody method : body.get().methods.values()) {
        for (FieldUse use : method.uses) {
          if (use.kind() != UseKind.GROW) {
            continue;
          }
          Optional<Container> container = container(use.field());
          if (container.isEmpty()
              || isExempt(javaClass.get(), method, use)
              || isCleared(className, use.field())
              || isDrainedByEveryTest(className, use.field())
              || fixtureResets.resetByEveryUser(className, method, use.field())
              || isSuppressedOnOtherClassesField(className, container.get())) {
            continue;
          }
          Site site = new Site(className, method, use);
          firstSites.merge(
              List.of(use.field().declaringClass(), use.field().name(), classes.topLevelClass(className)),
              site,
              (a, b) -> FIRST_BY_LINE.compare(a, b) <= 0 ? a : b);
        }
      }
    }
    for (Site site : firstSites.values()) {
      bugReporter.reportBug(bugFor(site));
    }
  }

  private BugInstance bugFor(Site site) {
    Container container = container(site.use().field()).orElseThrow();
    FieldRef ref = container.ref();
    boolean ownOrEnclosing =
        ref.declaringClass().equals(site.className())
            || classes.enclosingClasses(site.className()).contains(ref.declaringClass());
    String displayName = ownOrEnclosing ? ref.name() : Classes.simpleName(ref.declaringClass()) + "." + ref.name();
    SourceLineAnnotation line =
        site.use().line() != null
            ? site.use().line()
            : SourceLineAnnotation.createUnknown(site.className());
    return new BugInstance(this, RULE.id(), RULE.severity().spotbugsPriority())
        .addClass(site.className())
        .addMethod(site.method().annotation)
        .addSourceLine(line)
        .describe(SourceLineAnnotation.DEFAULT_ROLE)
        .addString(container.kind())
        .addString(displayName)
        .addField(
            new FieldAnnotation(
                ref.declaringClass(), ref.name(), container.field().getSignature(), container.field().isStatic()));
  }

  // ---- Which fields ----

  private Optional<Container> container(FieldRef ref) {
    return containers.computeIfAbsent(ref, this::decideContainer);
  }

  private Optional<Container> decideContainer(FieldRef ref) {
    Optional<JavaClass> declaring = classes.load(ref.declaringClass());
    if (declaring.isEmpty()) {
      return Optional.empty();
    }
    Field field = null;
    for (Field candidate : declaring.get().getFields()) {
      if (candidate.getName().equals(ref.name())) {
        field = candidate;
      }
    }
    if (field == null || !field.isStatic()) {
      return Optional.empty();
    }
    Optional<String> type = Classes.classOfDescriptor(field.getSignature()); // arrays are not containers
    if (type.isEmpty() || type.get().startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)) {
      return Optional.empty();
    }
    Set<String> supertypes = classes.supertypesAndSelf(type.get()).names();
    if (supertypes.stream().noneMatch(ContainerVocabulary.GROWABLE_TYPES::contains)
        || supertypes.stream().anyMatch(ContainerVocabulary.WEAK_KEYED_TYPES::contains)) {
      return Optional.empty();
    }
    StaticInit init =
        body(ref.declaringClass())
            .map(b -> b.staticInits.get(ref.name()))
            .orElse(null);
    if (init != null && (init.weakKeyed() || (field.isFinal() && init.alwaysImmutable()))) {
      return Optional.empty();
    }
    if (!lifecycle.isTestCode(ref.declaringClass())) {
      return Optional.empty();
    }
    return Optional.of(new Container(ref, field, ContainerVocabulary.kindOf(supertypes)));
  }

  // ---- Growth that is not a leak ----

  private boolean isExempt(JavaClass growingClass, MethodBody method, FieldUse use) {
    if (method.name.equals("<clinit>") || isEmptiedInSameMethod(growingClass.getClassName(), method, use)) {
      return true;
    }
    Optional<Hook> hook = findMethod(growingClass, method.name, method.signature).flatMap(m -> lifecycle.hook(growingClass, m));
    if (hook.isPresent()) {
      if (hook.get().phase() == Phase.TEARDOWN) {
        return true;
      }
      if (hook.get().scope() == Scope.PER_CLASS
          && growingClass.getClassName().equals(use.field().declaringClass())
          && !growingClass.isAbstract()
          && !growingClass.isInterface()) {
        return true;
      }
    }
    return isInsideTryWhoseFinallyClears(growingClass.getClassName(), method, use);
  }

  /**
   * A grow call in a method that also empties the field (before or after the grow call) adds nothing
   * that outlives the method's next call. A lambda body is a method of its own, so only its own code
   * counts for a grow call in it.
   */
  private boolean isEmptiedInSameMethod(String className, MethodBody method, FieldUse grow) {
    return empties(className, method, grow.field());
  }

  /**
   * True if the method empties the field (a shrink call on it or a {@code PUTSTATIC} to it), itself or
   * through a method of the relevant classes it calls, up to {@link #HELPER_DEPTH} calls deep
   * ({@code Provider.clearMapping()}).
   */
  private boolean empties(String className, MethodBody method, FieldRef field) {
    if (method.uses.stream().anyMatch(u -> EMPTYING_USES.contains(u.kind()) && u.field().equals(field))) {
      return true;
    }
    Relevant relevant = relevant(className, field);
    return method.calls.stream().anyMatch(call -> callClears(call, field, relevant, EMPTYING_USES, 1));
  }

  /**
   * Growth in a top-level class (or a class nested in it) whose every test method empties the field:
   * what the code a test sets in motion adds (a listener, a filter, a callback of the class) is
   * drained by that test. Only annotated tests are known, so a class of the nest whose tests need no
   * annotation (JUnit 3, TestNG's class-level {@code @Test}) keeps the growth reported, and so does a
   * nest without tests. Inherited test methods are not looked at.
   */
  private boolean isDrainedByEveryTest(String growingClass, FieldRef field) {
    String top = classes.topLevelClass(growingClass);
    return drainedByEveryTest.computeIfAbsent(List.of(top, field), k -> decideDrainedByEveryTest(top, field));
  }

  private boolean decideDrainedByEveryTest(String top, FieldRef field) {
    boolean anyTest = false;
    for (String name : classes.nest(top)) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isEmpty() || lifecycle.testsNeedNoAnnotation(javaClass.get())) {
        return false;
      }
      for (Method method : javaClass.get().getMethods()) {
        if (!Lifecycle.isTest(method)) {
          continue;
        }
        anyTest = true;
        MethodBody test = body(name).map(b -> b.methods.get(method.getName() + method.getSignature())).orElse(null);
        if (test == null || !empties(name, test, field)) {
          return false;
        }
      }
    }
    return anyTest;
  }

  /**
   * javac compiles {@code finally} into a copy on each normal exit plus a catch-any handler ending in
   * {@code athrow}. A grow instruction covered by a catch-any entry of the exception table whose
   * handler code (from its start to the first athrow after it) clears the field is inside such a try.
   */
  private boolean isInsideTryWhoseFinallyClears(String className, MethodBody method, FieldUse grow) {
    for (CodeException handler : method.handlers) {
      if (handler.getCatchType() != 0 || grow.pc() < handler.getStartPC() || grow.pc() >= handler.getEndPC()) {
        continue;
      }
      int from = handler.getHandlerPC();
      int to = method.handlerEnd(from);
      boolean clears =
          method.uses.stream()
              .anyMatch(u -> u.kind() != UseKind.GROW && u.field().equals(grow.field()) && u.pc() >= from && u.pc() <= to);
      if (!clears) {
        Relevant relevant = relevant(className, grow.field());
        clears =
            method.calls.stream()
                .filter(call -> call.pc() >= from && call.pc() <= to)
                .anyMatch(call -> callClears(call, grow.field(), relevant, CLEARING_USES, 1));
      }
      if (clears) {
        return true;
      }
    }
    return false;
  }

  // ---- What clears it ----

  private boolean isCleared(String growingClass, FieldRef field) {
    return clearedByTeardown.computeIfAbsent(List.of(growingClass, field), k -> decideCleared(growingClass, field));
  }

  private boolean decideCleared(String growingClass, FieldRef field) {
    Relevant relevant = relevant(growingClass, field);
    if (!relevant.complete()) {
      return true;
    }
    for (String name : relevant.names()) {
      if (name.startsWith("java.")) {
        continue;
      }
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isEmpty()) {
        return true;
      }
      for (Method method : javaClass.get().getMethods()) {
        Optional<Hook> hook = lifecycle.hook(javaClass.get(), method);
        if (hook.isEmpty()) {
          continue;
        }
        // a teardown empties, reassigns or hands it on; a per-test set-up that does the same (empties
        // it, gives it a fresh container, hands it on) makes each test start from an empty one
        boolean clearingHook = hook.get().phase() == Phase.TEARDOWN || hook.get().scope() == Scope.PER_TEST;
        Set<UseKind> clearing = clearingHook ? CLEARING_USES : Set.of();
        if (!clearing.isEmpty() && methodClears(name, method.getName() + method.getSignature(), field, relevant, clearing, 0)) {
          return true;
        }
      }
    }
    return false;
  }

  private Relevant relevant(String growingClass, FieldRef field) {
    return relevantClasses.computeIfAbsent(
        growingClass + "#" + field.declaringClass(),
        k -> {
          Set<String> roots = new LinkedHashSet<>();
          roots.add(growingClass);
          roots.addAll(classes.enclosingClasses(growingClass));
          roots.add(field.declaringClass());
          Program.Related all = program.withSupertypes(roots);
          return new Relevant(all.names(), all.complete());
        });
  }

  /**
   * True if the method empties, reassigns or hands on the field, or calls a method of the relevant
   * classes that does, up to {@link #HELPER_DEPTH} calls deep. An unreadable body counts as clearing.
   */
  private boolean methodClears(
      String className, String nameAndSignature, FieldRef field, Relevant relevant, Set<UseKind> clearing, int depth) {
    Optional<ClassBody> body = body(className);
    if (body.isEmpty()) {
      return true;
    }
    MethodBody method = body.get().methods.get(nameAndSignature);
    if (method == null) {
      return false;
    }
    if (method.uses.stream().anyMatch(u -> clearing.contains(u.kind()) && u.field().equals(field))) {
      return true;
    }
    return depth < HELPER_DEPTH
        && method.calls.stream().anyMatch(call -> callClears(call, field, relevant, clearing, depth + 1));
  }

  private boolean callClears(FieldUseScanner.Call call, FieldRef field, Relevant relevant, Set<UseKind> clearing, int depth) {
    Optional<String> target = program.declaringClassOf(call.owner(), call.name(), call.signature());
    return target.isPresent()
        && relevant.names().contains(target.get())
        && !target.get().startsWith("java.")
        && methodClears(target.get(), call.name() + call.signature(), field, relevant, clearing, depth);
  }

  // ---- Suppression ----

  /**
   * SpotBugs applies {@code @SuppressFBWarnings} on a field only to bugs whose primary class is the
   * field's class (or nested in it). For growth from a subclass or an implementing class the doc
   * still promises that suppressing on the field suppresses all its findings, so check it here.
   */
  private boolean isSuppressedOnOtherClassesField(String growingClass, Container container) {
    if (growingClass.startsWith(container.ref().declaringClass())) {
      return false; // SpotBugs' own FieldWarningSuppressor handles it (and knows it was useful)
    }
    return Annotations.suppresses(container.field(), RULE.id(), RULE.severity().spotbugsCategory(), ABBREV);
  }

  // ---- Helpers ----

  private Optional<ClassBody> body(String className) {
    Optional<ClassBody> known = bodies.get(className);
    if (known != null) {
      return known;
    }
    Optional<ClassBody> scanned = Program.classContext(className).map(context -> FieldUseScanner.scan(context, classes));
    bodies.put(className, scanned);
    return scanned;
  }

  private static Optional<Method> findMethod(JavaClass javaClass, String name, String signature) {
    return Program.findMethod(javaClass, name, signature);
  }
}
