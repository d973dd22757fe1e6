package dev.testleak.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.errorprone.support.CallGraph;
import dev.testleak.errorprone.support.Callers;
import dev.testleak.errorprone.support.Containers;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.PerCompilation;
import dev.testleak.errorprone.support.TestCode;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BugChecker} that flags static collections of test code that tests grow and no teardown
 * empties; docs/rules/StaticCollectionNeverCleared.md states the exact semantics.
 *
 * <p>Matches each top-level class once: one scan collects the calls that grow a static field, then
 * each field's grow sites are judged in position order and the first leaking one is reported. A
 * fixture's growth is judged at the classes that call it; who calls what is read from the whole
 * compilation once, and only when such a growth would otherwise be reported.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "StaticCollectionNeverCleared",
    summary = "Static collection in test code grows during tests and is never cleared",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "StaticCollectionNeverCleared.md")
public final class StaticCollectionNeverCleared extends TestleakChecker
    implements ClassTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** Who calls each source method, over the whole compilation: built only when a fixture asks. */
  private final transient PerCompilation<Callers<ClassSymbol>> compilationCallers =
      new PerCompilation<>(Callers::ofCompilation);

  /**
   * Instantiates the check with default options; {@link java.util.ServiceLoader}, which finds the
   * check on the processor path, requires a public no-argument constructor.
   */
  public StaticCollectionNeverCleared() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Instantiates the check as Error Prone does, with the options of the compilation.
   *
   * @throws IllegalArgumentException if {@code -XepOpt:Testleak:TestSourcePattern} is not a valid
   *     regular expression
   */
  @Inject
  StaticCollectionNeverCleared(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (!(state.getPath().getParentPath().getLeaf() instanceof CompilationUnitTree)) {
      return NO_MATCH;
    }
    Analysis analysis =
        new Analysis(
            state,
            testCode(state),
            state.getPath(),
            () -> compilationCallers.get(state));
    growSites(state.getPath())
        .forEach(
            (field, sites) -> {
              if (!analysis.isCandidate(field)) {
                return;
              }
              sites.stream()
                  .filter(site -> analysis.leaks(field, site))
                  .min(Comparator.comparingInt(site -> ASTHelpers.getStartPosition(site.getLeaf())))
                  .filter(site -> !isSuppressed(field, site, state))
                  .ifPresent(site -> state.reportMatch(describe(field, site, state)));
            });
    return NO_MATCH;
  }

  /** The calls in the class that grow a static field, by field, in source order. */
  private static Map<VarSymbol, List<TreePath>> growSites(TreePath classPath) {
    Map<VarSymbol, List<TreePath>> sites = new LinkedHashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        Containers.grownVariable(tree)
            .filter(Containers::isStaticField)
            .ifPresent(v -> sites.computeIfAbsent(v, k -> new ArrayList<>()).add(getCurrentPath()));
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(classPath, null);
    return sites;
  }

  private boolean isSuppressed(VarSymbol field, TreePath site, VisitorState state) {
    if (isSuppressed(field, state)) {
      return true;
    }
    // Error Prone has honoured the top-level class's suppression before calling matchClass.
    for (TreePath p = site;
        !(p.getParentPath().getLeaf() instanceof CompilationUnitTree);
        p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if ((leaf instanceof MethodTree || leaf instanceof ClassTree || leaf instanceof VariableTree)
          && isSuppressed(leaf, state)) {
        return true;
      }
    }
    return false;
  }

  private Description describe(VarSymbol field, TreePath site, VisitorState state) {
    ClassSymbol owner = field.owner.enclClass();
    boolean ownerEnclosesSite = Lifecycle.enclosingClasses(growingClass(site)).contains(owner);
    String name =
        ownerEnclosesSite || owner.getSimpleName().isEmpty()
            ? field.getSimpleName().toString()
            : owner.getSimpleName() + "." + field.getSimpleName();
    String kind = Containers.kindOf(Containers.supertypeNames(field.type, state));
    return describeAt(site.getLeaf())
        .setMessage(Catalogue.STATIC_COLLECTION_NEVER_CLEARED.formatMessage(kind, name))
        .build();
  }

  private static ClassSymbol growingClass(TreePath site) {
    for (TreePath p = site; ; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree classTree) {
        return ASTHelpers.getSymbol(classTree);
      }
    }
  }

  /** The judgements of one top-level class, with caches that live as long as the match. */
  private static final class Analysis {
    private final VisitorState state;
    private final TestCode testCode;
    private final TreePath topLevelPath;
    private final ClassSymbol topLevel;
    private final Supplier<Callers<ClassSymbol>> compilationCallers;
    private final Map<VarSymbol, Boolean> candidates = new HashMap<>();
    private final Map<List<Object>, Boolean> clearedByTeardown = new HashMap<>();
    private final Map<List<Object>, Boolean> emptiedIn = new HashMap<>();
    private final Map<VarSymbol, Boolean> drainedByEveryTest = new HashMap<>();
    private final Map<VarSymbol, Set<MethodSymbol>> resetMethods = new HashMap<>();
    private @Nullable List<MethodSymbol> tests;
    private @Nullable Boolean isFixture;
    private @Nullable Callers<MethodSymbol> fixtureCallers;

    Analysis(
        VisitorState state,
        TestCode testCode,
        TreePath topLevelPath,
        Supplier<Callers<ClassSymbol>> compilationCallers) {
      this.state = state;
      this.testCode = testCode;
      this.topLevelPath = topLevelPath;
      this.topLevel = ASTHelpers.getSymbol((ClassTree) topLevelPath.getLeaf());
      this.compilationCallers = compilationCallers;
    }

    /** "Which fields" and "Not reported for these fields". */
    boolean isCandidate(VarSymbol field) {
      return candidates.computeIfAbsent(field, this::computeIsCandidate);
    }

    private boolean computeIsCandidate(VarSymbol field) {
      Set<String> types = Containers.supertypeNames(field.type, state);
      if (!Containers.isGrowable(types)
          || Containers.isGuavaImmutable(field.type.tsym)
          || Containers.isWeakKeyedType(field.type, state)
          || !testCode.isTestCode(field.owner.enclClass())) {
        return false;
      }
      if (JavacTrees.instance(state.context).getTree(field) instanceof VariableTree declaration) {
        var initializer = declaration.getInitializer();
        if (Containers.isWeakKeyed(initializer, state)
            || (field.isFinal() && Containers.isImmutableFactoryCall(initializer))) {
          return false;
        }
      }
      return true;
    }

    /**
     * "Growth that is not a leak", "What clears it", "Growth that is emptied in the same method",
     * "Growth drained by every test of its class" and "Fixtures with a reset method", cheapest
     * first: the last one may read the whole compilation.
     */
    boolean leaks(VarSymbol field, TreePath site) {
      ClassSymbol growingClass = growingClass(site);
      return !isExempt(field, site, growingClass)
          && !isEmptiedInSameMethod(field, site)
          && !isClearedByTeardown(field, growingClass)
          && !isDrainedByEveryTest(field)
          && !isResetByEveryUser(field, site);
    }

    /**
     * "Growth drained by every test of its class": the top-level class and its nested classes
     * declare test methods, known by their annotations, and each of them empties the field. Not
     * for classes whose tests may carry no annotation (JUnit 3, TestNG's class-level
     * {@code @Test}): some of their tests would not be looked at.
     */
    private boolean isDrainedByEveryTest(VarSymbol field) {
      return drainedByEveryTest.computeIfAbsent(field, this::computeDrainedByEveryTest);
    }

    private boolean computeDrainedByEveryTest(VarSymbol field) {
      List<MethodSymbol> declared = tests();
      if (declared.isEmpty()) {
        return false;
      }
      for (MethodSymbol test : declared) {
        MethodTree declaration = CallGraph.declaration(test, state);
        if (declaration == null
            || declaration.getBody() == null
            || !empties(declaration.getBody(), field)) {
          return false;
        }
      }
      return true;
    }

    private List<MethodSymbol> tests() {
      List<MethodSymbol> result = tests;
      if (result == null) {
        result =
            Lifecycle.mayHaveUnannotatedTests(topLevel, state)
                ? List.of()
                : Lifecycle.declaredTests(topLevel);
        tests = result;
      }
      return result;
    }

    /**
     * "Fixtures with a reset method": the growth is in a fixture, of a field of the fixture that a
     * reset method of the fixture empties; some other class calls a reset method, and every other
     * class that calls a method of the fixture leading to the growth calls one too. Who calls what
     * is known over the whole compilation; that index is built only when a site gets this far.
     */
    private boolean isResetByEveryUser(VarSymbol field, TreePath site) {
      if (!isFixture() || !topLevelOf(field.owner.enclClass()).equals(topLevel)) {
        return false;
      }
      MethodSymbol grower = growingMethod(site);
      Set<MethodSymbol> resets = resetMethods(field);
      if (grower == null || resets.isEmpty()) {
        return false;
      }
      Callers<ClassSymbol> callers = compilationCallers.get();
      Set<ClassSymbol> resetters = callers.ofAny(resets);
      resetters.remove(topLevel);
      if (resetters.isEmpty()) {
        return false;
      }
      Set<ClassSymbol> growers =
          callers.ofAny(Callers.transitiveCallers(grower, fixtureCallers()));
      growers.remove(topLevel);
      return resetters.containsAll(growers);
    }

    /** Test code whose nest declares no test method and no lifecycle hook. */
    private boolean isFixture() {
      Boolean result = isFixture;
      if (result == null) {
        result = !Lifecycle.nestDeclaresTestsOrHooks(topLevel, state);
        isFixture = result;
      }
      return result;
    }

    /** Which methods of the fixture call which of its methods. */
    private Callers<MethodSymbol> fixtureCallers() {
      Callers<MethodSymbol> result = fixtureCallers;
      if (result == null) {
        result = Callers.within(topLevelPath.getLeaf());
        fixtureCallers = result;
      }
      return result;
    }

    /**
     * The methods of the fixture other than constructors that empty the field, themselves or
     * through methods of the fixture they call, and grow it nowhere along the way.
     */
    private Set<MethodSymbol> resetMethods(VarSymbol field) {
      return resetMethods.computeIfAbsent(field, this::computeResetMethods);
    }

    private Set<MethodSymbol> computeResetMethods(VarSymbol field) {
      List<ClassSymbol> fixtureClasses = Lifecycle.withNestedClasses(topLevel);
      Set<MethodSymbol> result = new LinkedHashSet<>();
      for (ClassSymbol clazz : fixtureClasses) {
        for (MethodSymbol method : Lifecycle.declaredMethods(clazz)) {
          MethodTree declaration =
              method.isConstructor() ? null : CallGraph.declaration(method, state);
          if (declaration != null
              && declaration.getBody() != null
              && computeEmpties(declaration.getBody(), field, fixtureClasses::contains)
              && !CallGraph.reaches(
                  declaration.getBody(), t -> grows(t, field), fixtureClasses::contains, state)) {
            result.add(method);
          }
        }
      }
      return result;
    }

    /**
     * The method whose code holds the site, lambdas included (calling the method sets the lambda
     * in motion); null for initializers.
     */
    private static @Nullable MethodSymbol growingMethod(TreePath site) {
      for (TreePath p = site.getParentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof MethodTree method) {
          return ASTHelpers.getSymbol(method);
        } else if (p.getLeaf() instanceof ClassTree) {
          return null;
        }
      }
      return null;
    }

    private static ClassSymbol topLevelOf(ClassSymbol clazz) {
      List<ClassSymbol> enclosing = Lifecycle.enclosingClasses(clazz);
      return enclosing.get(enclosing.size() - 1);
    }

    /**
     * "Growth that is emptied in the same method": the method (or lambda) whose own code holds the
     * site also calls a shrink method on the field or assigns it, before or after the site, itself
     * or through a method of test code it calls. Lambda bodies and nested classes inside it are
     * code of their own and are not searched.
     */
    private boolean isEmptiedInSameMethod(VarSymbol field, TreePath site) {
      for (TreePath p = site.getParentPath(); p != null; p = p.getParentPath()) {
        Tree leaf = p.getLeaf();
        if (leaf instanceof LambdaExpressionTree lambda) {
          return empties(lambda.getBody(), field);
        } else if (leaf instanceof MethodTree method) {
          return method.getBody() != null && empties(method.getBody(), field);
        } else if (leaf instanceof ClassTree) {
          return false;
        }
      }
      return false;
    }

    private boolean empties(Tree body, VarSymbol field) {
      return emptiedIn.computeIfAbsent(List.of(body, field), k -> computeEmpties(body, field));
    }

    private boolean computeEmpties(Tree body, VarSymbol field) {
      return computeEmpties(body, field, testCode::isTestCode);
    }

    /**
     * True if {@code body} itself, outside lambdas and nested classes, shrinks or assigns the
     * field, or calls a method whose owner {@code followInto} accepts that does (up to three calls
     * deep).
     */
    private boolean computeEmpties(
        Tree body, VarSymbol field, Predicate<ClassSymbol> followInto) {
      Boolean found =
          new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
              return Containers.isShrinkCall(tree, field)
                  || Boolean.TRUE.equals(super.visitMethodInvocation(tree, null))
                  || CallGraph.callReaches(
                      ASTHelpers.getSymbol(tree), t -> isEmptying(t, field), followInto, state);
            }

            @Override
            public Boolean visitAssignment(AssignmentTree tree, Void unused) {
              return field.equals(ASTHelpers.getSymbol(tree.getVariable()))
                  || Boolean.TRUE.equals(super.visitAssignment(tree, null));
            }

            @Override
            public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
              return false;
            }

            @Override
            public Boolean visitClass(ClassTree tree, Void unused) {
              return false;
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
              return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
          }.scan(body, null);
      return Boolean.TRUE.equals(found);
    }

    /** A call that grows the field. */
    private static boolean grows(Tree tree, VarSymbol field) {
      return tree instanceof MethodInvocationTree call
          && Containers.grownVariable(call).filter(field::equals).isPresent();
    }

    /** A shrink call on the field, or an assignment of it. */
    private static boolean isEmptying(Tree tree, VarSymbol field) {
      return (tree instanceof MethodInvocationTree call && Containers.isShrinkCall(call, field))
          || (tree instanceof AssignmentTree assignment
              && field.equals(ASTHelpers.getSymbol(assignment.getVariable())));
    }

    /**
     * True if the site runs once per class load (static initialiser), in a teardown hook or a
     * class-level set-up hook of the concrete declaring class, or inside a {@code try} whose {@code
     * finally} empties the field. A lambda body runs when it is called, not where it is written, so
     * a lambda in a static initialiser or a hook is ordinary growth.
     */
    private boolean isExempt(VarSymbol field, TreePath site, ClassSymbol growingClass) {
      boolean deferred = false;
      Tree child = site.getLeaf();
      for (TreePath p = site.getParentPath();
          p != null;
          child = p.getLeaf(), p = p.getParentPath()) {
        Tree leaf = p.getLeaf();
        Tree parent = p.getParentPath() == null ? null : p.getParentPath().getLeaf();
        if (leaf instanceof LambdaExpressionTree) {
          deferred = true;
        } else if (leaf instanceof TryTree tryTree
            && tryTree.getFinallyBlock() != null
            && child != tryTree.getFinallyBlock()
            && clears(tryTree.getFinallyBlock(), field, growingClass)) {
          return true;
        } else if (leaf instanceof BlockTree block && parent instanceof ClassTree) {
          return !deferred && block.isStatic();
        } else if (leaf instanceof VariableTree variable && parent instanceof ClassTree) {
          return !deferred && ASTHelpers.getSymbol(variable).isStatic();
        } else if (leaf instanceof MethodTree method) {
          return !deferred && isExemptHook(ASTHelpers.getSymbol(method), field);
        } else if (leaf instanceof ClassTree) {
          return false;
        }
      }
      return false;
    }

    private boolean isExemptHook(MethodSymbol method, VarSymbol field) {
      return Lifecycle.hookOf(method, state)
          .filter(
              hook ->
                  hook.isTeardown()
                      || (hook.isClassLevelSetup()
                          && method.owner == field.owner
                          && !Lifecycle.isAbstract((ClassSymbol) field.owner)))
          .isPresent();
    }

    private boolean isClearedByTeardown(VarSymbol field, ClassSymbol growingClass) {
      return clearedByTeardown.computeIfAbsent(
          List.of(field, growingClass), k -> computeClearedByTeardown(field, growingClass));
    }

    /**
     * A teardown hook or a per-test set-up hook empties, reassigns or hands on the field (after a
     * per-test set-up, each test starts from an empty container).
     */
    private boolean computeClearedByTeardown(VarSymbol field, ClassSymbol growingClass) {
      return Lifecycle.anyHookReaches(
          lifecycleClasses(field, growingClass),
          hook -> hook.isTeardown() || (hook.isSetup() && hook.isPerTest()),
          t -> Containers.releases(t, field),
          state);
    }

    private boolean clears(BlockTree block, VarSymbol field, ClassSymbol growingClass) {
      Set<ClassSymbol> classes = lifecycleClasses(field, growingClass);
      return CallGraph.reaches(block, t -> Containers.releases(t, field), classes::contains, state);
    }

    /**
     * The growing class, its enclosing classes, their supertypes, and the field's declaring class
     * with its supertypes: whose teardown hooks count, and whose methods are followed from them.
     */
    private Set<ClassSymbol> lifecycleClasses(VarSymbol field, ClassSymbol growingClass) {
      Set<ClassSymbol> classes = new LinkedHashSet<>(Lifecycle.classesAround(growingClass, state));
      classes.addAll(Lifecycle.supertypes(field.owner.enclClass(), state));
      return classes;
    }
  }
}
