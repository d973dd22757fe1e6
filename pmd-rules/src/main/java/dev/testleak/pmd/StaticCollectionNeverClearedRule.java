package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.pmd.support.Clearing;
import dev.testleak.pmd.support.Containers;
import dev.testleak.pmd.support.Fixtures;
import dev.testleak.pmd.support.Hooks;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Reach;
import dev.testleak.pmd.support.Suppression;
import dev.testleak.pmd.support.TestCode;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestMethods;
import dev.testleak.pmd.support.TypeHierarchy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTryStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;

/**
 * {@code StaticCollectionNeverCleared}: a static collection of test code that tests grow and no
 * teardown empties. The semantics are those of docs/rules/StaticCollectionNeverCleared.md; the
 * lifecycle and container knowledge lives in {@code dev.testleak.pmd.support}.
 */
public final class StaticCollectionNeverClearedRule extends TestleakRule {
  private static final String RULE_NAME = Catalogue.STATIC_COLLECTION_NEVER_CLEARED.id();

  public StaticCollectionNeverClearedRule() {
    super(Catalogue.STATIC_COLLECTION_NEVER_CLEARED);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    FileAnalysis analysis = new FileAnalysis(file, testCode);
    for (ASTTypeDeclaration topLevel : file.getTypeDeclarations()) {
      Map<JFieldSymbol, ASTMethodCall> firstLeak = new LinkedHashMap<>();
      for (ASTMethodCall call : topLevel.descendants(ASTMethodCall.class).crossFindBoundaries()) {
        Containers.grownStaticField(call)
            .filter(field -> analysis.leaks(call, field))
            .ifPresent(field -> firstLeak.merge(field, call, StaticCollectionNeverClearedRule::earlier));
      }
      firstLeak.entrySet().stream()
          .sorted(Map.Entry.comparingByValue(POSITION))
          .forEach(e -> report(data, e.getValue(), analysis.kind(e.getKey()), displayName(e.getValue(), e.getKey())));
    }
  }

  private static final Comparator<JavaNode> POSITION =
      Comparator.<JavaNode>comparingInt(JavaNode::getBeginLine).thenComparingInt(JavaNode::getBeginColumn);

  private static ASTMethodCall earlier(ASTMethodCall a, ASTMethodCall b) {
    return POSITION.compare(a, b) <= 0 ? a : b;
  }

  /** {@code NAME} when the field belongs to the growing class or an enclosing one, else {@code Owner.NAME}. */
  private static String displayName(ASTMethodCall site, JFieldSymbol field) {
    JClassSymbol owner = field.getEnclosingClass();
    return TypeHierarchy.selfAndEnclosing(growingClass(site)).contains(owner)
        ? field.getSimpleName()
        : owner.getSimpleName() + "." + field.getSimpleName();
  }

  private static JClassSymbol growingClass(JavaNode site) {
    return site.ancestors(ASTTypeDeclaration.class).first().getSymbol();
  }

  /** The decisions for one file; caches per field. */
  private static final class FileAnalysis {
    private final TestCode testCode;
    /** The test classes of the file: their methods are the helpers that growth code may empty the field through. */
    private final Set<JClassSymbol> testClasses = new HashSet<>();
    private final Map<JFieldSymbol, Optional<String>> kinds = new HashMap<>();
    private final Map<JClassSymbol, Map<JFieldSymbol, Boolean>> released = new HashMap<>();
    private final Map<ASTTypeDeclaration, Map<JFieldSymbol, Boolean>> undoneByItsUsers = new HashMap<>();

    FileAnalysis(ASTCompilationUnit file, TestCode testCode) {
      this.testCode = testCode;
      for (ASTTypeDeclaration type : file.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
        if (testCode.isTestClassInThisFile(type.getSymbol())) {
          testClasses.add(type.getSymbol());
        }
      }
    }

    String kind(JFieldSymbol field) {
      return kinds.get(field).orElseThrow();
    }

    boolean leaks(ASTMethodCall site, JFieldSymbol field) {
      if (kinds.computeIfAbsent(field, FileAnalysis::leakableKind).isEmpty()) {
        return false;
      }
      JClassSymbol growing = growingClass(site);
      if (!isTestField(field, growing)) {
        return false;
      }
      Set<JClassSymbol> classes = Teardowns.relevantClasses(growing, field);
      ASTTypeDeclaration topLevel = TestMethods.topLevel(site);
      return !growsHarmlessly(site, field, classes)
          && !emptiedInSameCode(site, field)
          && !released
              .computeIfAbsent(growing, g -> new HashMap<>())
              .computeIfAbsent(field, f -> clearedByHooks(classes, f))
          && !undoneByItsUsers
              .computeIfAbsent(topLevel, t -> new HashMap<>())
              .computeIfAbsent(field, f -> drainedByEveryTest(topLevel, f) || resetByFixtureUsers(topLevel, f));
    }

    /**
     * The top-level class of the grow site declares test methods (known by their annotations; a
     * JUnit 3 or TestNG class-level {@code @Test} class has tests without one, which cannot be
     * told), and every one of them empties the field as {@link #emptiedInSameCode} would: each test
     * drains what it set in motion (a listener, a filter, an answer declared in the class).
     */
    private boolean drainedByEveryTest(ASTTypeDeclaration topLevel, JFieldSymbol field) {
      if (TestMethods.hasUnannotatedTests(topLevel)) {
        return false;
      }
      List<ASTMethodDeclaration> tests = TestMethods.annotatedTests(topLevel);
      return !tests.isEmpty() && tests.stream().allMatch(test -> test.getBody() != null && empties(test.getBody(), field));
    }

    /**
     * The grow site is in a fixture that owns the field (declared in its nest) and offers a reset
     * method for it. Whether the fixture's users call it is out of sight in another file: catalogue
     * divergence {@code reset-callers-in-other-file}, PMD assumes they do.
     */
    private static boolean resetByFixtureUsers(ASTTypeDeclaration topLevel, JFieldSymbol field) {
      return TypeHierarchy.selfAndEnclosing(field.getEnclosingClass()).contains(topLevel.getSymbol())
          && Fixtures.isFixture(topLevel)
          && Fixtures.hasResetMethod(topLevel, field, Clearing.shrinksOrAssigns(field));
    }

    /**
     * A teardown that empties the field, or a per-test set-up hook that gives it a fresh container
     * or empties it with the calls a teardown would use (a shrink call, handing it on, directly or
     * through helpers): each test then starts from an empty one.
     */
    private static boolean clearedByHooks(Set<JClassSymbol> classes, JFieldSymbol field) {
      return Teardowns.release(classes, field)
          || Teardowns.anyHook(
              classes,
              Hook::isPerTestSetup,
              field,
              Clearing.reassignsFresh(field).or(Clearing.directly(field, Containers::isShrinkCall, false)),
              false);
    }

    /**
     * Growth in code (a method, constructor or initializer body, a field initializer, or a lambda
     * body: lambdas are code of their own) that also empties the field, before or after the grow
     * call: a shrink call on it or an assignment to it, itself or through a method or constructor
     * of test code it calls ({@code Provider.clearMapping()}). What it adds does not outlive the
     * code's next run.
     */
    private boolean emptiedInSameCode(ASTMethodCall site, JFieldSymbol field) {
      JavaNode code = Nodes.ownCode(site);
      return code != null && empties(code, field);
    }

    /**
     * True if {@code code} (not its lambdas: they are code of their own) empties the field, itself
     * or through a method or constructor of test code it calls, up to three calls deep.
     */
    private boolean empties(JavaNode code, JFieldSymbol field) {
      Predicate<JavaNode> empties = Clearing.shrinksOrAssigns(field);
      for (JavaNode node : Nodes.sameClassDescendants(code, JavaNode.class)) {
        if (Nodes.ownCode(node) == code
            && (empties.test(node)
                || node instanceof InvocationNode && Reach.throughCall((InvocationNode) node, testClasses, empties))) {
          return true;
        }
      }
      return false;
    }

    private static Optional<String> leakableKind(JFieldSymbol field) {
      if (Containers.initializerPreventsGrowth(field) || Suppression.onField(field, RULE_NAME)) {
        return Optional.empty();
      }
      return Containers.growableKind(field);
    }

    /**
     * A field of this file is test code by the file's path or its class's lifecycle; one of another
     * file by its class's lifecycle, or when it is inherited by a test class of this file.
     */
    private boolean isTestField(JFieldSymbol field, JClassSymbol growing) {
      JClassSymbol owner = field.getEnclosingClass();
      if (field.tryGetNode() != null) {
        return testCode.isTestClassInThisFile(owner);
      }
      if (testCode.isTestByLifecycle(owner)) {
        return true;
      }
      return Hooks.hookClassesAround(growing).contains(owner) && testCode.isTestClassInThisFile(growing);
    }

    /**
     * Growth that runs once per class load or is undone: in a static initialiser or static field
     * initialiser, a teardown hook, a class-level set-up hook of the field's concrete declaring
     * class (but not in a lambda in any of these: it runs when called, not where it is written), or
     * a {@code try} whose {@code finally} releases the field.
     */
    private static boolean growsHarmlessly(ASTMethodCall site, JFieldSymbol field, Set<JClassSymbol> classes) {
      JavaNode child = site;
      boolean deferred = false;
      for (JavaNode node = site.getParent(); node != null && !(node instanceof ASTTypeDeclaration); node = node.getParent()) {
        if (node instanceof ASTLambdaExpression) {
          deferred = true;
        }
        if (node instanceof ASTInitializer && ((ASTInitializer) node).isStatic()
            || node instanceof ASTFieldDeclaration && ((ASTFieldDeclaration) node).isStatic()) {
          return !deferred;
        }
        if (node instanceof ASTMethodDeclaration) {
          JMethodSymbol method = ((ASTMethodDeclaration) node).getSymbol();
          return !deferred && (Hooks.isTeardown(method) || isOnceSetup(method, field));
        }
        if (node instanceof ASTTryStatement) {
          ASTTryStatement tryStatement = (ASTTryStatement) node;
          if (tryStatement.getFinallyClause() != null
              && child != tryStatement.getFinallyClause()
              && Clearing.releases(tryStatement.getFinallyClause(), field, classes)) {
            return true;
          }
        }
        child = node;
      }
      return false;
    }

    private static boolean isOnceSetup(JMethodSymbol method, JFieldSymbol field) {
      JClassSymbol declaring = method.getEnclosingClass();
      return Hooks.isClassSetupAnnotated(method)
          && declaring.equals(field.getEnclosingClass())
          && !declaring.isAbstract()
          && !declaring.isInterface();
    }
  }
}
