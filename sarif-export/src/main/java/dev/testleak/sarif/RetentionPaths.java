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
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.model.Sarif;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.report.Finding;
import dev.testleak.sarif.report.RuleMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

  private final SourceFiles sources;
  private final Function<String, String> uris;
  /** The arguments of recent messages: findings of one field repeat them, file after file. */
  private final Map<Message, Optional<String[]>> arguments =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Message, Optional<String[]>> eldest) {
          return size() > 256;
        }
      };

  private record Message(String ruleId, String text) {}

  /**
   * The retention paths of one export's results.
   *
   * @param uris a repository path's URI (the caller remembers the last few)
   */
  RetentionPaths(SourceFiles sources, Function<String, String> uris) {
    this.sources = sources;
    this.uris = uris;
  }

  /**
   * Rules whose retention path asks what only the syntax tree knows (the assignment around the
   * finding, the tests that use a field). Only a hint for loading ahead: a question the outline
   * cannot answer goes to the tree anyway.
   */
  private static final Set<String> TREE_ONLY = Set.of("OnceHookStateMutatedByTests", "ResourceLeakedPerInvocation");

  /** Whether findings of this rule get a retention path (and so need their file's outline). */
  static boolean traces(String ruleId) {
    return STRATEGIES.containsKey(ruleId);
  }

  /** Whether findings of this rule will most likely need their file's syntax tree. */
  static boolean needsTree(String ruleId) {
    return TREE_ONLY.contains(ruleId);
  }

  /**
   * The related locations of a finding of {@code rule} whose primary location has {@code region};
   * never throws. The strategies are keyed by rule id (the ids never change), so a rule whose
   * catalogue entry is not yet active simply has no findings to trace.
   */
  List<Location> of(Rule rule, Finding finding, Region region) {
    Strategy strategy = STRATEGIES.get(finding.ruleId());
    if (strategy == null) {
      return List.of();
    }
    try {
      Optional<String[]> arguments =
          this.arguments.computeIfAbsent(new Message(rule.id(), finding.message()), m -> RuleMessages.arguments(rule, m.text()));
      if (arguments.isEmpty()) {
        return List.of();
      }
      List<Step> steps = new ArrayList<>();
      try {
        strategy.steps(context(finding, region, sources), arguments.get(), steps);
      } catch (SourceOutline.Unsure e) {
        steps.clear();
        strategy.steps(new TreeContext(finding, region, sources), arguments.get(), steps);
      }
      List<Location> locations = new ArrayList<>();
      for (Step step : steps) {
        locations.add(
            new Location(
                locations.size() + 1,
                new PhysicalLocation(new ArtifactLocation(uris.apply(step.path()), Sarif.SRCROOT), step.region()),
                new Sarif.Message(step.message())));
      }
      return locations;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
  }

  /**
   * The outline's answers when the file has an outline and the finding a column (what the tree
   * would say is then known without parsing), the syntax tree's otherwise.
   */
  private static Context context(Finding finding, Region region, SourceFiles sources) {
    if (finding.line() > 0 && region.startColumn() != null) {
      Optional<SourceOutline> outline = sources.outline(finding.path());
      if (outline.isPresent() && outline.get().known()) {
        return new OutlineContext(finding, region, sources, outline.get());
      }
    }
    return new TreeContext(finding, region, sources);
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

  /** Where a teardown should be: the top-level type, and its first two hooks of the kind asked for. */
  record Teardown(Found type, List<Found> hooks) {}

  /**
   * What the strategies ask about the source around a finding. The outline answers it for most
   * findings ({@link OutlineContext}); the syntax tree ({@link TreeContext}) whenever the outline
   * cannot, with the same answers.
   */
  abstract static class Context {
    final Finding finding;
    final Region region;
    final SourceFiles sources;

    Context(Finding finding, Region region, SourceFiles sources) {
      this.finding = finding;
      this.region = region;
      this.sources = sources;
    }

    void primary(List<Step> steps, String message) {
      steps.add(new Step(finding.path(), region, message));
    }

    /** The field {@code NAME} (enclosing classes first) or {@code Owner.NAME} (this file or Owner.java beside it). */
    abstract Optional<Found> field(String name);

    /** The field the flagged expression is assigned to, if it is. */
    abstract Optional<Found> assignedField();

    /** The method, constructor or initializer the finding is in. */
    abstract Optional<Found> enclosingMember();

    /** The first test method of the top-level class that mentions the field. */
    abstract Optional<Found> firstTestUsing(String field);

    /**
     * The top-level class of the finding (or the file's first) and its first two hooks (its own and
     * its nested classes' methods) with one of the given annotations; empty without a class.
     */
    abstract Optional<Teardown> teardown(Set<String> hooks);

    /**
     * Where the teardown is missing: the hooks of the top-level class (and its nested classes) with
     * one of the given annotations, each "does not ...", or else the class declaration, "no hook ...".
     */
    void missingTeardown(List<Step> steps, Set<String> hooks, String what) {
      Optional<Teardown> teardown = teardown(hooks);
      if (teardown.isEmpty()) {
        return;
      }
      if (teardown.get().hooks().isEmpty()) {
        Found t = teardown.get().type();
        steps.add(t.step("teardown missing: no " + hookNames(hooks) + " hook of " + t.name + " " + what));
        return;
      }
      for (Found h : teardown.get().hooks()) {
        steps.add(h.step("teardown does not release it: " + h.name + " runs after the tests but never " + what));
      }
    }
  }

  /** The answers from the file's outline; {@link SourceOutline.Unsure} where it has none. */
  static final class OutlineContext extends Context {
    private final SourceOutline outline;
    private final long position;
    private final List<SourceOutline.Type> enclosing;

    OutlineContext(Finding finding, Region region, SourceFiles sources, SourceOutline outline) {
      super(finding, region, sources);
      this.outline = outline;
      this.position = SourceOutline.position(region.startLine(), region.startColumn());
      this.enclosing = outline.enclosingTypes(position);
    }

    @Override
    Optional<Found> field(String name) {
      int dot = name.lastIndexOf('.');
      if (dot < 0) {
        for (SourceOutline.Type type : enclosing) {
          Optional<Found> found = fieldIn(finding.path(), type, name);
          if (found.isPresent()) {
            return found;
          }
        }
        return fieldInAny(finding.path(), outline, name);
      }
      String owner = name.substring(0, dot);
      String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
      String field = name.substring(dot + 1);
      Optional<Found> here = typeNamed(outline, simpleOwner).flatMap(t -> fieldIn(finding.path(), t, field));
      if (here.isPresent()) {
        return here;
      }
      String sibling = sibling(finding.path(), simpleOwner);
      Optional<SourceOutline> other = sources.outline(sibling);
      if (other.isPresent() && !other.get().known()) {
        throw SourceOutline.Unsure.INSTANCE;
      }
      return other.flatMap(o -> typeNamed(o, simpleOwner)).flatMap(t -> fieldIn(sibling, t, field));
    }

    @Override
    Optional<Found> assignedField() {
      throw SourceOutline.Unsure.INSTANCE;
    }

    @Override
    Optional<Found> enclosingMember() {
      return outline.enclosingMember(position).map(member -> member instanceof SourceOutline.Callable c
          ? new Found(finding.path(), c.name() + "()", region(c.nameSpan()))
          : new Found(finding.path(), "the initializer", region(member.range())));
    }

    @Override
    Optional<Found> firstTestUsing(String field) {
      throw SourceOutline.Unsure.INSTANCE;
    }

    @Override
    Optional<Teardown> teardown(Set<String> hooks) {
      SourceOutline.Type type =
          !enclosing.isEmpty() ? enclosing.get(enclosing.size() - 1) : outline.types().isEmpty() ? null : outline.types().get(0);
      if (type == null) {
        return Optional.empty();
      }
      List<Found> found = new ArrayList<>();
      for (SourceOutline.Callable method : SourceOutline.methods(type)) {
        if (found.size() < 2 && annotatedWithOneOf(method, hooks)) {
          found.add(new Found(finding.path(), method.name() + "()", region(method.nameSpan())));
        }
      }
      return Optional.of(new Teardown(new Found(finding.path(), type.name(), region(type.nameSpan())), found));
    }

    private static boolean annotatedWithOneOf(SourceOutline.Callable method, Set<String> hooks) {
      for (String annotation : method.annotations()) {
        if (hooks.contains(annotation)) {
          return true;
        }
      }
      return false;
    }

    private static Optional<Found> fieldInAny(String path, SourceOutline outline, String name) {
      for (SourceOutline.Type type : outline.allTypes()) {
        Optional<Found> found = fieldIn(path, type, name);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }

    private static Optional<SourceOutline.Type> typeNamed(SourceOutline outline, String name) {
      return outline.allTypes().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Optional<Found> fieldIn(String path, SourceOutline.Type type, String name) {
      return type.field(name).map(v -> new Found(path, type.name() + "." + name, region(v.nameSpan())));
    }

    private static Region region(SourceOutline.Span span) {
      return new Region(
          SourceOutline.line(span.begin()), SourceOutline.column(span.begin()), SourceOutline.line(span.end()), SourceOutline.column(span.end()) + 1);
    }
  }

  /** Owner.java in the directory of {@code path}. */
  private static String sibling(String path, String simpleOwner) {
    int slash = path.lastIndexOf('/');
    return (slash >= 0 ? path.substring(0, slash + 1) : "") + simpleOwner + ".java";
  }

  /** The answers from the file's syntax tree and the node at the finding's position. */
  static final class TreeContext extends Context {
    private final Optional<CompilationUnit> unit;
    private final Optional<Node> node;

    TreeContext(Finding finding, Region region, SourceFiles sources) {
      super(finding, region, sources);
      this.unit = finding.line() > 0 ? sources.unit(finding.path()) : Optional.empty();
      this.node = unit.flatMap(u -> nodeAt(u, region));
    }

    @Override
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
      String sibling = sibling(finding.path(), simpleOwner);
      return sources.unit(sibling).flatMap(u -> typeNamed(u, simpleOwner)).flatMap(t -> fieldIn(sibling, t, field));
    }

    @Override
    Optional<Found> assignedField() {
      Optional<String> target =
          node.flatMap(n -> n.findAncestor(AssignExpr.class))
              .map(AssignExpr::getTarget)
              .flatMap(t -> t instanceof NameExpr name ? Optional.of(name.getNameAsString())
                  : t instanceof FieldAccessExpr access ? Optional.of(access.getNameAsString()) : Optional.empty());
      return target.flatMap(this::field);
    }

    @Override
    Optional<Found> enclosingMember() {
      Optional<CallableDeclaration<?>> callable = node.flatMap(n -> n.findAncestor(CallableDeclaration.class)).map(c -> (CallableDeclaration<?>) c);
      if (callable.isPresent()) {
        return found(finding.path(), callable.get().getNameAsString() + "()", callable.get().getName());
      }
      return node.flatMap(n -> n.findAncestor(InitializerDeclaration.class))
          .flatMap(i -> found(finding.path(), "the initializer", i));
    }

    @Override
    Optional<Found> firstTestUsing(String field) {
      String name = simple(field);
      return topLevel().flatMap(t -> t.findAll(MethodDeclaration.class).stream()
          .filter(m -> m.getAnnotations().stream().anyMatch(an -> TESTS.contains(an.getName().getIdentifier())))
          .filter(m -> m.findFirst(NameExpr.class, e -> e.getNameAsString().equals(name)).isPresent()
              || m.findFirst(FieldAccessExpr.class, e -> e.getNameAsString().equals(name)).isPresent())
          .findFirst()
          .flatMap(m -> found(finding.path(), m.getNameAsString(), m.getName())));
    }

    @Override
    Optional<Teardown> teardown(Set<String> hooks) {
      Optional<TypeDeclaration<?>> type = topLevel();
      if (type.isEmpty()) {
        return Optional.empty();
      }
      List<MethodDeclaration> existing = new ArrayList<>();
      methods(type.get(), existing);
      existing.removeIf(m -> m.getAnnotations().stream().noneMatch(a -> hooks.contains(a.getName().getIdentifier())));
      // Parsed nodes always have a range, so found(...) is never empty here.
      List<Found> found = new ArrayList<>();
      for (MethodDeclaration hook : existing.subList(0, Math.min(2, existing.size()))) {
        found(finding.path(), hook.getNameAsString() + "()", hook.getName()).ifPresent(found::add);
      }
      return found(finding.path(), type.get().getNameAsString(), type.get().getName()).map(t -> new Teardown(t, found));
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
