package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Callback;
import dev.testleak.catalogue.LifecycleVocabulary.HookAnnotation;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * Lifecycle hooks: which methods JUnit 3/4/5 and TestNG run before or after tests, with which
 * scope, and which hooks run around the code of a given class.
 *
 * <p>A method is a hook when it carries a hook annotation or overrides a framework callback (e.g.
 * {@code AfterEachCallback.afterEach}); a method merely named like one is not. Hooks are inherited
 * from superclasses and superinterfaces, and an enclosing class's hooks run around the code of its
 * nested classes (JUnit 5 {@code @Nested}).
 */
public final class Lifecycle {
  private static final String AUTO_CLOSEABLE = "java.lang.AutoCloseable";
  private static final String CLOSE = "close";
  private static final String JUNIT3_TEST_CASE = "junit.framework.TestCase";

  /** JUnit 5's hook annotations' package, as {@link #frameworkOf} names the framework. */
  public static final String JUPITER = "org.junit.jupiter.api";

  /** JUnit 4's hook annotations' package. */
  public static final String JUNIT4 = "org.junit";

  /** TestNG's hook annotations' package. */
  public static final String TESTNG = "org.testng.annotations";

  /**
   * A hook's scope and phase, and what makes it one: the binary name of its hook annotation, or
   * {@code owner#method} of the framework callback it overrides.
   */
  public record Hook(Scope scope, Phase phase, String source) {
    public boolean isTeardown() {
      return phase == Phase.TEARDOWN;
    }

    public boolean isSetup() {
      return phase == Phase.SETUP;
    }

    public boolean isClassLevelSetup() {
      return phase == Phase.SETUP && scope == Scope.PER_CLASS;
    }

    public boolean isPerTest() {
      return scope == Scope.PER_TEST;
    }

    /** True if an annotation, not an overridden callback, makes the method a hook. */
    public boolean isAnnotated() {
      return !source.contains("#");
    }

    /** How messages name the hook: {@code @BeforeAll}, or {@code BeforeAllCallback.beforeAll}. */
    public String displayName() {
      if (isAnnotated()) {
        return "@" + simpleName(source);
      }
      int hash = source.indexOf('#');
      return simpleName(source.substring(0, hash)) + "." + source.substring(hash + 1);
    }
  }

  private Lifecycle() {}

  /** The hook {@code method} is, if it is one. */
  public static Optional<Hook> hookOf(MethodSymbol method, VisitorState state) {
    try {
      for (var annotation : method.getRawAttributes()) {
        if (annotation.type != null && annotation.type.tsym instanceof ClassSymbol type) {
          Optional<HookAnnotation> hook =
              LifecycleVocabulary.hookAnnotation(type.flatName().toString());
          if (hook.isPresent()) {
            return Optional.of(
                new Hook(hook.get().scope(), hook.get().phase(), hook.get().annotationType()));
          }
        }
      }
      if (method.isStatic() || method.isConstructor()) {
        return Optional.empty();
      }
      String name = method.getSimpleName().toString();
      List<Callback> candidates =
          LifecycleVocabulary.CALLBACKS.stream().filter(c -> c.methodName().equals(name)).toList();
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
        String owner = ((ClassSymbol) overridden.owner).flatName().toString();
        for (Callback callback : candidates) {
          if (callback.ownerType().equals(owner)) {
            return Optional.of(
                new Hook(
                    callback.scope(),
                    callback.phase(),
                    callback.ownerType() + "#" + callback.methodName()));
          }
        }
      }
    } catch (CompletionFailure e) {
      // A supertype missing from the classpath: not a hook we can recognise.
    }
    return Optional.empty();
  }

  /** The methods {@code clazz} itself declares that are hooks of the given phase. */
  public static List<MethodSymbol> declaredHooks(
      ClassSymbol clazz, Phase phase, VisitorState state) {
    return declaredMethods(clazz).stream()
        .filter(method -> hookOf(method, state).filter(h -> h.phase() == phase).isPresent())
        .toList();
  }

  /**
   * The classes whose hooks run around code of {@code clazz}: the class, its enclosing classes
   * (JUnit 5 runs an enclosing class's hooks around its {@code @Nested} classes), and all their
   * superclasses and superinterfaces; innermost first.
   */
  public static Set<ClassSymbol> classesAround(ClassSymbol clazz, VisitorState state) {
    Set<ClassSymbol> result = new LinkedHashSet<>();
    for (ClassSymbol c : enclosingClasses(clazz)) {
      result.addAll(supertypes(c, state));
    }
    return result;
  }

  /** {@code clazz} and the classes enclosing it (through methods, for local and anonymous ones). */
  public static List<ClassSymbol> enclosingClasses(ClassSymbol clazz) {
    List<ClassSymbol> result = new ArrayList<>();
    for (ClassSymbol c = clazz; c != null; c = c.owner == null ? null : c.owner.enclClass()) {
      result.add(c);
    }
    return result;
  }

  /** {@code clazz} and all its superclasses and superinterfaces, the class itself first. */
  public static Set<ClassSymbol> supertypes(ClassSymbol clazz, VisitorState state) {
    Set<ClassSymbol> result = new LinkedHashSet<>();
    result.add(clazz);
    try {
      for (Type type : state.getTypes().closure(clazz.type)) {
        if (type.tsym instanceof ClassSymbol c) {
          result.add(c);
        }
      }
    } catch (CompletionFailure e) {
      // Keep what is known.
    }
    return result;
  }

  /** True for classes whose class-level hooks run once per concrete subclass. */
  public static boolean isAbstract(ClassSymbol clazz) {
    return (clazz.flags() & (Flags.ABSTRACT | Flags.INTERFACE)) != 0;
  }

  /**
   * True if the method carries a test annotation ({@code @Test}, {@code @ParameterizedTest}, ...).
   */
  public static boolean isTest(MethodSymbol method) {
    return annotationNames(method).stream()
        .anyMatch(LifecycleVocabulary.TEST_ANNOTATIONS::contains);
  }

  /** The binary names of the annotations {@code symbol} carries; empty when they cannot be read. */
  public static Set<String> annotationNames(Symbol symbol) {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (Attribute.Compound annotation : symbol.getRawAttributes()) {
        if (annotation.type != null && annotation.type.tsym instanceof ClassSymbol type) {
          names.add(type.flatName().toString());
        }
      }
    } catch (CompletionFailure e) {
      // Annotations of a symbol missing from the classpath tell us nothing.
    }
    return names;
  }

  /** The annotation of type {@code annotationType} on {@code symbol}, if it carries one. */
  public static Optional<Attribute.Compound> annotation(Symbol symbol, String annotationType) {
    try {
      for (Attribute.Compound annotation : symbol.getRawAttributes()) {
        if (annotation.type != null
            && annotation.type.tsym instanceof ClassSymbol type
            && type.flatName().contentEquals(annotationType)) {
          return Optional.of(annotation);
        }
      }
    } catch (CompletionFailure e) {
      // As if absent.
    }
    return Optional.empty();
  }

  /**
   * True if a hook of {@code classes} that {@code which} accepts does what {@code effect} accepts,
   * itself or through a method of {@code classes} it calls (up to {@link CallGraph#MAX_CALL_DEPTH}
   * deep). A hook whose body cannot be read (compiled from a class file) is assumed to do it:
   * testleak prefers silence to a false alarm.
   */
  public static boolean anyHookReaches(
      Set<ClassSymbol> classes, Predicate<Hook> which, Predicate<Tree> effect, VisitorState state) {
    for (ClassSymbol clazz : classes) {
      for (MethodSymbol method : declaredMethods(clazz)) {
        if (hookOf(method, state).filter(which).isEmpty()) {
          continue;
        }
        MethodTree declaration = CallGraph.declaration(method, state);
        if (declaration == null) {
          return true;
        }
        if (declaration.getBody() != null
            && CallGraph.reaches(declaration.getBody(), effect, classes::contains, state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if what the code at {@code change} did is undone by a tree {@code undoes} accepts: in a
   * {@code finally} block of the method (or initializer) the change is in, or in a hook of {@code
   * clazz}, an enclosing class or a superclass that {@code hooks} accepts; either directly or
   * through methods of those classes they call (up to {@link CallGraph#MAX_CALL_DEPTH} deep).
   */
  public static boolean undoneInFinallyOrHook(
      TreePath change,
      ClassSymbol clazz,
      Predicate<Hook> hooks,
      Predicate<Tree> undoes,
      VisitorState state) {
    Set<ClassSymbol> around = classesAround(clazz, state);
    Tree code = memberAround(change);
    boolean inFinally =
        code != null
            && CallGraph.contains(
                code,
                t ->
                    t instanceof TryTree tryTree
                        && tryTree.getFinallyBlock() != null
                        && CallGraph.reaches(
                            tryTree.getFinallyBlock(), undoes, around::contains, state));
    return inFinally || anyHookReaches(around, hooks, undoes, state);
  }

  /**
   * True if a restorer object undoes a change made in code of {@code clazz}: {@code clazz}, an
   * enclosing class or a superclass implements {@code AutoCloseable} and its {@code close()} does
   * what {@code undoes} accepts, itself or through methods of those classes it calls (up to {@link
   * CallGraph#MAX_CALL_DEPTH} deep). Such a {@code close()} is the class's teardown callback: a
   * class that saves a setting and replaces it in its constructor puts it back there. Only a
   * {@code close()} compiled from source counts: one read from a class file cannot be seen to undo
   * what a subclass changed.
   */
  public static boolean undoneOnClose(
      ClassSymbol clazz, Predicate<Tree> undoes, VisitorState state) {
    Set<ClassSymbol> around = classesAround(clazz, state);
    for (ClassSymbol c : around) {
      Optional<MethodSymbol> close = closeMethod(c, state);
      if (close.isEmpty()) {
        continue;
      }
      MethodTree declaration = CallGraph.declaration(close.get(), state);
      if (declaration != null
          && declaration.getBody() != null
          && CallGraph.reaches(declaration.getBody(), undoes, around::contains, state)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code close()} {@code clazz} declares when it implements {@code AutoCloseable}. */
  private static Optional<MethodSymbol> closeMethod(ClassSymbol clazz, VisitorState state) {
    Optional<MethodSymbol> close =
        declaredMethods(clazz).stream()
            .filter(
                m ->
                    m.getSimpleName().contentEquals(CLOSE)
                        && m.getParameters().isEmpty()
                        && !m.isStatic())
            .findFirst();
    // The name alone is not enough: only an AutoCloseable's close() is its teardown callback.
    return close.filter(
        m ->
            supertypes(clazz, state).stream()
                .anyMatch(t -> t.flatName().contentEquals(AUTO_CLOSEABLE)));
  }

  /**
   * True if the code at {@code change} comes after a tree {@code earlier} accepts in the same
   * method (or initializer), lambdas included: a trailing call of the same setter is a restore of
   * that earlier change, not a change of its own.
   */
  public static boolean followsInSameCode(TreePath change, Predicate<Tree> earlier) {
    Tree code = memberAround(change);
    int start = ASTHelpers.getStartPosition(change.getLeaf());
    return code != null
        && CallGraph.contains(
            code,
            t ->
                ASTHelpers.getStartPosition(t) < start && t != change.getLeaf() && earlier.test(t));
  }

  /**
   * The method, initializer or field declaration of its class that the code at {@code path} is in.
   */
  private static @Nullable Tree memberAround(TreePath path) {
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      if (p.getParentPath().getLeaf() instanceof ClassTree) {
        return p.getLeaf();
      }
    }
    return null;
  }

  /** The methods {@code clazz} declares; empty when it cannot be read. */
  public static List<MethodSymbol> declaredMethods(ClassSymbol clazz) {
    List<MethodSymbol> methods = new ArrayList<>();
    try {
      for (Symbol member : clazz.getEnclosedElements()) {
        if (member instanceof MethodSymbol method) {
          methods.add(method);
        }
      }
    } catch (CompletionFailure e) {
      // Nothing known about a class missing from the classpath.
    }
    return methods;
  }

  /**
   * The test framework a hook or test annotation belongs to, as the package of its hook
   * annotations: {@code org.junit.jupiter.api}, {@code org.junit} or {@code
   * org.testng.annotations}.
   */
  public static Optional<String> frameworkOf(String annotationType) {
    if (annotationType.startsWith("org.junit.jupiter.")) {
      return Optional.of(JUPITER);
    }
    if (annotationType.startsWith("org.junit.")) {
      return Optional.of(JUNIT4);
    }
    if (annotationType.startsWith("org.testng.")) {
      return Optional.of(TESTNG);
    }
    return Optional.empty();
  }

  /**
   * The framework whose tests or hooks {@code clazz} (or a supertype) declares, the package of its
   * hook annotations as {@link #frameworkOf} returns it.
   */
  public static Optional<String> frameworkOf(ClassSymbol clazz, VisitorState state) {
    for (ClassSymbol type : supertypes(clazz, state)) {
      for (MethodSymbol method : declaredMethods(type)) {
        for (String annotation : annotationNames(method)) {
          if (LifecycleVocabulary.isLifecycleAnnotation(annotation)) {
            Optional<String> framework = frameworkOf(annotation);
            if (framework.isPresent()) {
              return framework;
            }
          }
        }
      }
      if (annotation(type, "org.testng.annotations.Test").isPresent()) {
        return Optional.of(TESTNG);
      }
    }
    return Optional.empty();
  }

  /**
   * The hook annotation of {@code framework} (a package as {@link #frameworkOf} returns it) with
   * the given scope and phase; among several (TestNG's class, test, suite and group scopes), the
   * one that pairs with {@code pairedWith} ({@code @BeforeSuite} with {@code @AfterSuite}) if
   * given.
   */
  public static Optional<String> hookAnnotation(
      String framework, Scope scope, Phase phase, @Nullable String pairedWith) {
    List<String> candidates =
        LifecycleVocabulary.HOOK_ANNOTATIONS.stream()
            .filter(h -> h.scope() == scope && h.phase() == phase)
            .map(HookAnnotation::annotationType)
            .filter(a -> a.substring(0, a.lastIndexOf('.')).equals(framework))
            .toList();
    if (pairedWith != null) {
      String paired =
          phase == Phase.TEARDOWN
              ? pairedWith.replace(".Before", ".After")
              : pairedWith.replace(".After", ".Before");
      if (candidates.contains(paired)) {
        return Optional.of(paired);
      }
    }
    return candidates.stream().findFirst();
  }

  /**
   * The teardown that pairs with the set-up hook {@code setup}: the hook annotation of the same
   * framework and scope ({@code @AfterAll} for {@code @BeforeAll}, {@code @AfterSuite} for
   * {@code @BeforeSuite}), or the framework's teardown callback of the same scope ({@code
   * AfterAllCallback.afterAll} for {@code BeforeAllCallback.beforeAll}, {@code
   * ExternalResource.after} for {@code ExternalResource.before}).
   */
  public static Optional<Hook> teardownFor(Hook setup) {
    if (setup.isAnnotated()) {
      return frameworkOf(setup.source())
          .flatMap(f -> hookAnnotation(f, setup.scope(), Phase.TEARDOWN, setup.source()))
          .map(a -> new Hook(setup.scope(), Phase.TEARDOWN, a));
    }
    String owner = setup.source().substring(0, setup.source().indexOf('#'));
    List<Callback> candidates =
        LifecycleVocabulary.CALLBACKS.stream()
            .filter(c -> c.scope() == setup.scope() && c.phase() == Phase.TEARDOWN)
            .toList();
    return candidates.stream()
        .filter(c -> c.ownerType().equals(owner))
        .findFirst()
        .or(
            () ->
                candidates.stream()
                    .filter(c -> c.ownerType().equals(owner.replace("Before", "After")))
                    .findFirst())
        .map(c -> new Hook(c.scope(), Phase.TEARDOWN, c.ownerType() + "#" + c.methodName()));
  }

  /**
   * True if one instance of {@code clazz} runs all its tests, so that its instance fields live as
   * long as the class: JUnit 5 {@code @TestInstance(PER_CLASS)} (inherited), or a TestNG class.
   */
  public static boolean sharesInstanceAcrossTests(ClassSymbol clazz, VisitorState state) {
    for (ClassSymbol type : supertypes(clazz, state)) {
      Optional<Attribute.Compound> testInstance =
          annotation(type, "org.junit.jupiter.api.TestInstance");
      if (testInstance.isPresent()
          && testInstance.get().getElementValues().values().stream()
              .anyMatch(
                  v ->
                      v instanceof Attribute.Enum e
                          && e.value.getSimpleName().contentEquals("PER_CLASS"))) {
        return true;
      }
    }
    return frameworkOf(clazz, state).filter(TESTNG::equals).isPresent();
  }

  /**
   * The classes compiled from source in this compilation that extend {@code clazz} (directly or
   * not): a base class's hooks run for each of them.
   */
  public static List<ClassSymbol> subclassesInCompilation(ClassSymbol clazz, VisitorState state) {
    List<ClassSymbol> result = new ArrayList<>();
    for (ClassSymbol c : classesInCompilation(state)) {
      if (c != clazz) {
        try {
          if (c.isSubClass(clazz, state.getTypes())) {
            result.add(c);
          }
        } catch (CompletionFailure e) {
          // Not a subclass we can see.
        }
      }
    }
    return result;
  }

  /**
   * The classes compiled from source in this compilation, nested ones included; a copy, so that
   * completing symbols while the caller walks it cannot disturb javac's table.
   */
  public static List<ClassSymbol> classesInCompilation(VisitorState state) {
    List<ClassSymbol> result = new ArrayList<>();
    for (ClassSymbol c : Symtab.instance(state.context).getAllClasses()) {
      if (isCompiledFromSource(c)) {
        result.add(c);
      }
    }
    return result;
  }

  /** True if {@code clazz} is compiled from a source file of this compilation. */
  public static boolean isCompiledFromSource(ClassSymbol clazz) {
    return clazz.sourcefile != null
        && clazz.sourcefile.getKind() == JavaFileObject.Kind.SOURCE
        && (clazz.classfile == null || clazz.classfile == clazz.sourcefile);
  }

  /** {@code clazz} and the classes nested in it, at any depth. */
  public static List<ClassSymbol> withNestedClasses(ClassSymbol clazz) {
    List<ClassSymbol> result = new ArrayList<>();
    result.add(clazz);
    try {
      for (Symbol member : clazz.getEnclosedElements()) {
        if (member instanceof ClassSymbol nested) {
          result.addAll(withNestedClasses(nested));
        }
      }
    } catch (CompletionFailure e) {
      // Keep what is known.
    }
    return result;
  }

  /**
   * The test methods, known by their annotations, that {@code clazz} and the classes nested in it
   * declare (inherited ones are not looked at).
   */
  public static List<MethodSymbol> declaredTests(ClassSymbol clazz) {
    List<MethodSymbol> tests = new ArrayList<>();
    for (ClassSymbol c : withNestedClasses(clazz)) {
      declaredMethods(c).stream().filter(Lifecycle::isTest).forEach(tests::add);
    }
    return tests;
  }

  /**
   * True if {@code clazz} or a class nested in it may run tests that carry no test annotation: a
   * JUnit 3 {@code TestCase} subclass, or a class with TestNG's class-level {@code @Test}.
   */
  public static boolean mayHaveUnannotatedTests(ClassSymbol clazz, VisitorState state) {
    for (ClassSymbol c : withNestedClasses(clazz)) {
      if (annotation(c, TESTNG + ".Test").isPresent()
          || supertypes(c, state).stream()
              .anyMatch(t -> t.flatName().contentEquals(JUNIT3_TEST_CASE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code clazz} or a class nested in it declares a test method or a lifecycle hook (by
   * annotation or by overriding a framework callback), or may run unannotated tests.
   */
  public static boolean nestDeclaresTestsOrHooks(ClassSymbol clazz, VisitorState state) {
    if (mayHaveUnannotatedTests(clazz, state)) {
      return true;
    }
    for (ClassSymbol c : withNestedClasses(clazz)) {
      for (MethodSymbol method : declaredMethods(c)) {
        if (isTest(method) || hookOf(method, state).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if {@code clazz} or a supertype declares a test or a hook. */
  public static boolean hasTestsOrHooks(ClassSymbol clazz, VisitorState state) {
    for (ClassSymbol type : supertypes(clazz, state)) {
      for (MethodSymbol method : declaredMethods(type)) {
        if (isTest(method) || hookOf(method, state).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The simple name of a binary type name ({@code a.b.Outer$Inner} gives {@code Inner}). */
  public static String simpleName(String binaryName) {
    return binaryName.substring(
        Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }
}
