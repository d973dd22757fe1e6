package dev.testleak.sarif;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.model.Sarif;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.report.Finding;
import dev.testleak.sarif.report.RuleMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The retention path of a finding, the static counterpart of a heap tool's retainer trace, as SARIF
 * {@code relatedLocations}: where the state grows or the resource is opened, where it is held (the
 * static field, the class-level hook, the method run per invocation), and where the teardown that
 * would release it is missing or does not release it.
 *
 * <p>One small {@link Strategy} per rule reads the finding's message arguments back against the
 * catalogue template (the field, the hook, the call) and looks them up in the source with javaparser.
 * Whatever cannot be found (a message that does not match, a file that does not parse, a field in a
 * class of another directory) is left out: a strategy degrades to fewer related locations, down to
 * none, and never fails the export.
 */
final class RetentionPaths {
  private static final Set<String> TEARDOWN_HOOKS =
      Set.of("AfterEach", "AfterAll", "After", "AfterClass", "AfterMethod", "AfterTest", "AfterSuite", "AfterGroups");
  private static final Set<String> PER_TEST_HOOKS = Set.of("BeforeEach", "Before", "BeforeMethod");
  private static final Set<String> TESTS =
      Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate", "Theory");

  /** What one rule contributes to a finding's retention path. */
  interface Strategy {
    void steps(Context context, String[] arguments, List<Step> steps);
  }

  /** One related location: a file, a region in it, what happens there. */
  record Step(String path, Region region, String message) {}

  private static final Map<String, Strategy> STRATEGIES =
      Map.of(
          "StaticCollectionNeverCleared", RetentionPaths::staticCollection,
          "OnceHookStateMutatedByTests", RetentionPaths::onceHookState,
          "ResourceLeakedPerInvocation", RetentionPaths::perInvocationResource,
          "ExitRegistryGrownPerInvocation", RetentionPaths::exitRegistry,
          "ThreadOrServerNeverStopped", RetentionPaths::threadOrServer,
          "JvmSettingNotRestored", RetentionPaths::globalState,
          "SingletonStateNotRestored", RetentionPaths::globalState);

  private RetentionPaths() {}

  /** Whether findings of this rule get a retention path (and so need their file's syntax tree). */
  static boolean traces(String ruleId) {
    return STRATEGIES.containsKey(ruleId);
  }

  /** The related locations of a finding whose primary location has {@code region}; never throws. */
  static List<Location> of(Finding finding, Region region, SourceFiles sources) {
    return Catalogue.find(finding.ruleId()).map(rule -> of(rule, finding, region, sources)).orElse(List.of());
  }

  /**
   * The same for a given rule. The strategies are keyed by rule id (the ids never change), so a rule
   * whose catalogue entry is not yet active simply has no findings to trace.
   */
  static List<Location> of(Rule ruleOfFinding, Finding finding, Region region, SourceFiles sources) {
    Strategy strategy = STRATEGIES.get(finding.ruleId());
    Optional<Rule> rule = Optional.of(ruleOfFinding);
    if (strategy == null) {
      return List.of();
    }
    try {
      Optional<String[]> arguments = RuleMessages.arguments(rule.get(), finding.message());
      if (arguments.isEmpty()) {
        return List.of();
      }
      Context context = new Context(finding, region, sources);
      List<Step> steps = new ArrayList<>();
      strategy.steps(context, arguments.get(), steps);
      List<Location> locations = new ArrayList<>();
      for (Step step : steps) {
        locations.add(
            new Location(
                locations.size() + 1,
                new PhysicalLocation(new ArtifactLocation(SarifLogBuilder.uri(step.path()), Sarif.SRCROOT), step.region()),
                new Message(step.message())));
      }
      return locations;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
  }

  // --- the strategies, one per rule -------------------------------------------------------------

  private static void staticCollection(Context c, String[] a, List<Step> steps) {
    String kind = a[0];
    String field = a[1];
    c.primary(steps, "grows here: tests add to static " + kind + " '" + field + "', and nothing takes it out again");
    c.field(field).ifPresent(f -> steps.add(f.step(
        "held here: static " + kind + " '" + simple(field) + "' lives as long as its class is loaded, i.e. the whole test JVM")));
    c.missingTeardown(steps, TEARDOWN_HOOKS, "clears '" + field + "'");
  }

  private static void onceHookState(Context c, String[] a, List<Step> steps) {
    c.primary(steps, "created once here, in " + a[2] + ", and kept for the whole class");
    c.field(a[1]).ifPresent(f -> steps.add(f.step("held here: " + a[0] + " '" + a[1] + "' lives as long as the test class runs")));
    c.firstTestUsing(a[1]).ifPresent(t -> steps.add(t.step("changed here by test " + t.name + "(), and what it leaves is seen by the next test")));
    c.missingTeardown(steps, PER_TEST_HOOKS, "recreates or resets '" + a[1] + "' (" + a[3] + ")");
  }

  private static void perInvocationResource(Context c, String[] a, List<Step> steps) {
    c.primary(steps, a[0] + " opened here, " + a[1]);
    c.assignedField().ifPresent(f -> steps.add(f.step("held here: field '" + f.name + "' keeps it reachable after the invocation")));
    c.enclosingMember().ifPresent(m -> steps.add(m.step("runs once per invocation; it is " + a[2] + " by the end of " + m.name)));
    c.missingTeardown(steps, Set.of("AfterEach", "After", "AfterMethod"), "closes it");
  }

  private static void exitRegistry(Context c, String[] a, List<Step> steps) {
    c.primary(steps, a[0] + " adds an entry to a JVM-wide registry here, " + a[1]);
    c.enclosingMember().ifPresent(m -> steps.add(m.step("runs once per invocation: every run of " + m.name + " adds another entry, held until the JVM exits")));
  }

  private static void threadOrServer(Context c, String[] a, List<Step> steps) {
    c.primary(steps, a[0] + " started here, in " + a[2]);
    c.field(a[1]).ifPresent(f -> steps.add(f.step("held here: '" + f.name + "' keeps the " + a[0] + " and everything it references reachable")));
    c.missingTeardown(steps, TEARDOWN_HOOKS, "stops it: " + a[3]);
  }

  private static void globalState(Context c, String[] a, List<Step> steps) {
    c.primary(steps, a[0] + " changes " + a[1] + " here, for the whole test JVM");
    c.enclosingMember().ifPresent(m -> steps.add(m.step(m.name + " does not restore it in finally")));
    c.missingTeardown(steps, TEARDOWN_HOOKS, "restores it");
  }

  private static String simple(String field) {
    return field.substring(field.lastIndexOf('.') + 1);
  }

  // --- looking things up in the source ----------------------------------------------------------

  /** A named declaration found in a file. */
  record Found(String path, String name, Region region) {
    Step step(String message) {
      return new Step(path, region, message);
    }
  }

  /** The finding, its file's syntax tree and the node at its position. */
  static final class Context {
    private final Finding finding;
    private final Region region;
    private final SourceFiles sources;
    private final Optional<CompilationUnit> unit;
    private final Optional<Node> node;

    Context(Finding finding, Region region, SourceFiles sources) {
      this.finding = finding;
      this.region = region;
      this.sources = sources;
      this.unit = finding.line() > 0 ? sources.unit(finding.path()) : Optional.empty();
      this.node = unit.flatMap(u -> nodeAt(u, region));
    }

    void primary(List<Step> steps, String message) {
      steps.add(new Step(finding.path(), region, message));
    }

    /** The field {@code NAME} (enclosing classes first) or {@code Owner.NAME} (this file or Owner.java beside it). */
    Optional<Found> field(String name) {
      int dot = name.lastIndexOf('.');
      if (dot < 0) {
        Optional<Found> inEnclosing =
            node.flatMap(n -> enclosingTypes(n).stream().map(t -> fieldIn(finding.path(), t, name)).flatMap(Optional::stream).findFirst());
        return inEnclosing.or(() -> unit.flatMap(u -> u.findAll(TypeDeclaration.class).stream()
            .map(t -> fieldIn(finding.path(), t, name)).flatMap(Optional::stream).findFirst()));
      }
      String owner = name.substring(0, dot);
      String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
      String field = name.substring(dot + 1);
      Optional<Found> here = unit.flatMap(u -> typeNamed(u, simpleOwner)).flatMap(t -> fieldIn(finding.path(), t, field));
      if (here.isPresent()) {
        return here;
      }
      int slash = finding.path().lastIndexOf('/');
      String sibling = (slash >= 0 ? finding.path().substring(0, slash + 1) : "") + simpleOwner + ".java";
      return sources.unit(sibling).flatMap(u -> typeNamed(u, simpleOwner)).flatMap(t -> fieldIn(sibling, t, field));
    }

    /** The field the flagged expression is assigned to, if it is. */
    Optional<Found> assignedField() {
      Optional<String> target =
          node.flatMap(n -> n.findAncestor(AssignExpr.class))
              .map(AssignExpr::getTarget)
              .flatMap(t -> t instanceof NameExpr name ? Optional.of(name.getNameAsString())
                  : t instanceof FieldAccessExpr access ? Optional.of(access.getNameAsString()) : Optional.empty());
      return target.flatMap(this::field);
    }

    /** The method, constructor or initializer the finding is in. */
    Optional<Found> enclosingMember() {
      Optional<CallableDeclaration<?>> callable = node.flatMap(n -> n.findAncestor(CallableDeclaration.class)).map(c -> (CallableDeclaration<?>) c);
      if (callable.isPresent()) {
        return found(finding.path(), callable.get().getNameAsString() + "()", callable.get().getName());
      }
      return node.flatMap(n -> n.findAncestor(InitializerDeclaration.class))
          .flatMap(i -> found(finding.path(), "the initializer", i));
    }

    /** The first test method of the top-level class that mentions the field. */
    Optional<Found> firstTestUsing(String field) {
      String name = simple(field);
      return topLevel().flatMap(t -> t.findAll(MethodDeclaration.class).stream()
          .filter(m -> m.getAnnotations().stream().anyMatch(an -> TESTS.contains(an.getName().getIdentifier())))
          .filter(m -> m.findFirst(NameExpr.class, e -> e.getNameAsString().equals(name)).isPresent()
              || m.findFirst(FieldAccessExpr.class, e -> e.getNameAsString().equals(name)).isPresent())
          .findFirst()
          .flatMap(m -> found(finding.path(), m.getNameAsString(), m.getName())));
    }

    /**
     * Where the teardown is missing: the hooks of the top-level class (and its nested classes) with
     * one of the given annotations, each "does not ...", or else the class declaration, "no hook ...".
     */
    void missingTeardown(List<Step> steps, Set<String> hooks, String what) {
      Optional<TypeDeclaration<?>> type = topLevel();
      if (type.isEmpty()) {
        return;
      }
      List<MethodDeclaration> existing = new ArrayList<>();
      methods(type.get(), existing);
      existing.removeIf(m -> m.getAnnotations().stream().noneMatch(a -> hooks.contains(a.getName().getIdentifier())));
      if (existing.isEmpty()) {
        found(finding.path(), type.get().getNameAsString(), type.get().getName())
            .ifPresent(t -> steps.add(t.step("teardown missing: no " + hookNames(hooks) + " hook of " + t.name + " " + what)));
        return;
      }
      for (MethodDeclaration hook : existing.subList(0, Math.min(2, existing.size()))) {
        found(finding.path(), hook.getNameAsString() + "()", hook.getName())
            .ifPresent(h -> steps.add(h.step("teardown does not release it: " + h.name + " runs after the tests but never " + what)));
      }
    }

    private Optional<TypeDeclaration<?>> topLevel() {
      Optional<TypeDeclaration<?>> fromNode = node.map(RetentionPaths::enclosingTypes).filter(l -> !l.isEmpty()).map(l -> l.get(l.size() - 1));
      return fromNode.or(() -> unit.flatMap(u -> u.getTypes().stream().findFirst()));
    }
  }

  /** The methods of a type and of its member types, without walking into any body. */
  private static void methods(TypeDeclaration<?> type, List<MethodDeclaration> out) {
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof MethodDeclaration method) {
        out.add(method);
      } else if (member instanceof TypeDeclaration<?> nested) {
        methods(nested, out);
      }
    }
  }

  private static String hookNames(Set<String> hooks) {
    if (hooks.equals(TEARDOWN_HOOKS)) {
      return "teardown (@AfterEach/@AfterAll, @After/@AfterClass, @AfterMethod/@AfterClass)";
    }
    if (hooks.equals(PER_TEST_HOOKS)) {
      return "per-test (@BeforeEach, @Before, @BeforeMethod)";
    }
    return hooks.stream().sorted().map(h -> "@" + h).reduce((x, y) -> x + "/" + y).orElse("");
  }

  /**
   * The innermost node containing the region's start (or, without a column, the innermost one
   * spanning its line), found by descending from the compilation unit: cost proportional to the
   * depth and width of the path, not to the size of the file.
   */
  private static Optional<Node> nodeAt(CompilationUnit unit, Region region) {
    int line = region.startLine();
    int column = region.startColumn() != null ? region.startColumn() : -1;
    Node current = unit;
    Node best = null;
    while (current != null) {
      Node next = null;
      for (Node child : current.getChildNodes()) {
        Optional<Range> range = child.getRange();
        if (range.isPresent()
            && (column > 0
                ? range.get().contains(new Position(line, column))
                : range.get().begin.line <= line && range.get().end.line >= line)) {
          next = child;
          break;
        }
      }
      if (next != null) {
        best = next;
      }
      current = next;
    }
    return Optional.ofNullable(best);
  }

  /** The types enclosing {@code node}, innermost first. */
  private static List<TypeDeclaration<?>> enclosingTypes(Node node) {
    List<TypeDeclaration<?>> types = new ArrayList<>();
    Optional<Node> current = Optional.of(node);
    while (current.isPresent()) {
      if (current.get() instanceof TypeDeclaration<?> type) {
        types.add(type);
      }
      current = current.get().getParentNode();
    }
    return types;
  }

  private static Optional<TypeDeclaration<?>> typeNamed(CompilationUnit unit, String name) {
    return unit.findAll(TypeDeclaration.class).stream()
        .filter(t -> t.getNameAsString().equals(name))
        .<TypeDeclaration<?>>map(t -> t)
        .findFirst();
  }

  private static Optional<Found> fieldIn(String path, TypeDeclaration<?> type, String name) {
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          if (variable.getNameAsString().equals(name)) {
            return found(path, type.getNameAsString() + "." + name, variable.getName());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> found(String path, String name, Node node) {
    return node.getRange().map(r -> new Found(path, name, new Region(r.begin.line, r.begin.column, r.end.line, r.end.column + 1)));
  }
}
