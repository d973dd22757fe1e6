package dev.testleak.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary.Setting;
import dev.testleak.errorprone.support.Assignments;
import dev.testleak.errorprone.support.Calls;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.Lifecycle.Hook;
import dev.testleak.errorprone.support.Locals;
import dev.testleak.errorprone.support.PerUnit;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BugChecker} that flags changes of JVM-wide settings (system properties, {@code
 * System.out}, default {@code Locale} and {@code TimeZone}, ...) in test code that nothing
 * restores; docs/rules/JvmSettingNotRestored.md states the exact semantics.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "JvmSettingNotRestored",
    summary = "Test changes a JVM-wide setting and does not restore it",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "JvmSettingNotRestored.md")
public final class JvmSettingNotRestored extends TestleakChecker
    implements MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String SET_PROPERTY = "java.lang.System#setProperty";
  private static final String CLEAR_PROPERTY = "java.lang.System#clearProperty";

  /**
   * How a fix reads a setting's current value, by setter: the expression and its type. The
   * catalogue names setters and restorers only; these are their JDK getters.
   */
  private static final Map<String, Getter> GETTERS =
      Map.ofEntries(
          Map.entry("java.lang.System#setOut", new Getter("System.out", "java.io.PrintStream")),
          Map.entry("java.lang.System#setErr", new Getter("System.err", "java.io.PrintStream")),
          Map.entry("java.lang.System#setIn", new Getter("System.in", "java.io.InputStream")),
          Map.entry(
              "java.util.Locale#setDefault", new Getter("Locale.getDefault()", "java.util.Locale")),
          Map.entry(
              "java.util.TimeZone#setDefault",
              new Getter("TimeZone.getDefault()", "java.util.TimeZone")),
          Map.entry(
              "java.lang.Thread#setDefaultUncaughtExceptionHandler",
              new Getter(
                  "Thread.getDefaultUncaughtExceptionHandler()",
                  "java.lang.Thread.UncaughtExceptionHandler")),
          Map.entry(
              "java.net.CookieHandler#setDefault",
              new Getter("CookieHandler.getDefault()", "java.net.CookieHandler")),
          Map.entry(
              "java.net.ProxySelector#setDefault",
              new Getter("ProxySelector.getDefault()", "java.net.ProxySelector")),
          Map.entry(
              "java.net.ResponseCache#setDefault",
              new Getter("ResponseCache.getDefault()", "java.net.ResponseCache")));

  private record Getter(String expression, String type) {}

  /** The settings by the simple names of their setters ({@code setDefault} names several). */
  private static final Map<String, List<Setting>> SETTINGS_BY_SETTER_NAME =
      GlobalStateVocabulary.SETTINGS.stream()
          .flatMap(s -> s.setters().stream().map(setter -> Map.entry(setter, s)))
          .collect(
              Collectors.groupingBy(
                  e -> e.getKey().substring(e.getKey().indexOf('#') + 1),
                  Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

  private static final String PROPERTIES_VIEW_NAME =
      GlobalStateVocabulary.PROPERTIES_VIEW.substring(
          GlobalStateVocabulary.PROPERTIES_VIEW.indexOf('#') + 1);

  /** The initializers of the locals of the unit this check is in (live-properties views). */
  private final transient PerUnit<Locals> locals = new PerUnit<>(Locals::of);

  /** What the locals and fields of the unit this check is in are assigned (saved values). */
  private final transient PerUnit<Assignments> assignments = new PerUnit<>(Assignments::of);

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public JvmSettingNotRestored() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  JvmSettingNotRestored(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    Optional<Setting> setting = settingChangedBy(method, state);
    if (setting.isEmpty()) {
      return NO_MATCH;
    }
    ClassTree classTree = state.findEnclosing(ClassTree.class);
    if (classTree == null || !testCode(state).isTestCode(ASTHelpers.getSymbol(classTree))) {
      return NO_MATCH;
    }
    ClassSymbol clazz = ASTHelpers.getSymbol(classTree);
    @Nullable String key = setting.get().keyed() ? key(tree) : null;
    if (putsBackSavedValue(setting.get(), key, tree, state)) {
      return NO_MATCH;
    }
    Locals locals = this.locals.get(state);
    Predicate<Tree> restore = t -> restores(setting.get(), key, t, locals, state);
    if (Lifecycle.followsInSameCode(
            state.getPath(),
            earlier ->
                earlier instanceof MethodInvocationTree change
                    && settingChangedBy(ASTHelpers.getSymbol(change), state)
                        .filter(s -> restores(s, key(change), tree, locals, state))
                        .isPresent())
        || Lifecycle.undoneInFinallyOrHook(
            state.getPath(),
            clazz,
            Hook::isTeardown,
            restore,
            state)
        || Lifecycle.undoneOnClose(clazz, restore, state)) {
      return NO_MATCH;
    }
    String what =
        !setting.get().keyed()
            ? setting.get().what()
            : key != null ? setting.get().what() + " '" + key + "'" : "a " + setting.get().what();
    String call =
        method.owner.getSimpleName()
            + "."
            + method.getSimpleName()
            + (tree.getArguments().isEmpty() ? "()" : "(..)");
    Description.Builder description =
        describeAt(tree).setMessage(Catalogue.JVM_SETTING_NOT_RESTORED.formatMessage(call, what));
    restoreInFinally(tree, method, state).ifPresent(description::addFix);
    return description.build();
  }

  /**
   * The setting {@code method} changes, if it is a setter: looked up by simple name first, so that
   * nearly every call is dismissed before its owner is named or its overridden methods searched.
   */
  private static Optional<Setting> settingChangedBy(
      @Nullable MethodSymbol method, VisitorState state) {
    if (method == null) {
      return Optional.empty();
    }
    List<Setting> candidates = SETTINGS_BY_SETTER_NAME.get(method.getSimpleName().toString());
    if (candidates == null) {
      return Optional.empty();
    }
    for (Setting setting : candidates) {
      if (Calls.isOneOf(method, setting.setters(), state)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * True if {@code tree} restores {@code setting} (changed with {@code key} when keyed): one of its
   * restorers with a key that matches, or, for system properties, a {@link
   * GlobalStateVocabulary#PROPERTIES_VIEW_RESTORERS} call on the live properties.
   */
  private static boolean restores(
      Setting setting, @Nullable String key, Tree tree, Locals locals, VisitorState state) {
    if (!(tree instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)) {
      return false;
    }
    boolean restorer =
        Calls.isOneOf(method, setting.restorers(), state)
            || (setting.setters().contains(SET_PROPERTY)
                && onLiveProperties(call, method, locals, state));
    return restorer && (!setting.keyed() || sameKey(key, call));
  }

  /**
   * True if the value {@code call} sets (its last argument; a keyed setter's value follows its key)
   * is a local or field of this unit every assignment of which reads {@code setting}'s current
   * value, with the same key when keyed: it puts back a saved value, a restore wherever it stands.
   */
  private boolean putsBackSavedValue(
      Setting setting, @Nullable String key, MethodInvocationTree call, VisitorState state) {
    Set<String> readers = GlobalStateVocabulary.readers(setting);
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (readers.isEmpty() || arguments.size() < (setting.keyed() ? 2 : 1)) {
      return false;
    }
    return Calls.variable(arguments.get(arguments.size() - 1))
        .flatMap(variable -> assignments.get(state).valuesOf(variable))
        .filter(
            values ->
                !values.isEmpty()
                    && values.stream()
                        .allMatch(value -> readsCurrent(setting, readers, key, value, state)))
        .isPresent();
  }

  /**
   * True if {@code value} is one of {@code readers}: a call ({@code Locale.getDefault()}, {@code
   * logger.getLevel()}; for system properties with a key that matches {@code key}) or a static field
   * ({@code System.out}).
   */
  private static boolean readsCurrent(
      Setting setting,
      Set<String> readers,
      @Nullable String key,
      ExpressionTree value,
      VisitorState state) {
    ExpressionTree read = ASTHelpers.stripParentheses(value);
    if (read instanceof MethodInvocationTree call) {
      return Calls.isOneOf(ASTHelpers.getSymbol(call), readers, state)
          && (!setting.keyed() || sameKey(key, call));
    }
    return Calls.variable(read)
        .filter(
            field ->
                field.isStatic()
                    && field.owner instanceof ClassSymbol owner
                    && readers.contains(owner.flatName() + "." + field.getSimpleName()))
        .isPresent();
  }

  /**
   * {@code System.getProperties().remove(..)} (or {@code put}, {@code setProperty}, {@code clear},
   * {@code putAll}), or the same on a local assigned once from {@code System.getProperties()}.
   */
  private static boolean onLiveProperties(
      MethodInvocationTree call, MethodSymbol method, Locals locals, VisitorState state) {
    if (method.isStatic()
        || !GlobalStateVocabulary.PROPERTIES_VIEW_RESTORERS.contains(
            method.getSimpleName().toString())) {
      return false;
    }
    ExpressionTree view = ASTHelpers.stripParentheses(Calls.receiver(call).orElse(null));
    if (view != null && !(view instanceof MethodInvocationTree)) {
      view = locals.assignedOnce(ASTHelpers.getSymbol(view), state).orElse(null);
    }
    return ASTHelpers.stripParentheses(view) instanceof MethodInvocationTree getter
        && ASTHelpers.getSymbol(getter) instanceof MethodSymbol m
        && m.isStatic()
        && m.getSimpleName().contentEquals(PROPERTIES_VIEW_NAME)
        && Calls.key(m).equals(GlobalStateVocabulary.PROPERTIES_VIEW);
  }

  /** The key of a system property call when it is a compile-time constant. */
  private static @Nullable String key(MethodInvocationTree call) {
    return call.getArguments().isEmpty()
        ? null
        : ASTHelpers.constValue(call.getArguments().get(0), String.class);
  }

  /**
   * Keys match unless both are constants that differ; {@code setProperties}, {@code clear()} and
   * {@code putAll(..)} restore every key.
   */
  private static boolean sameKey(@Nullable String key, MethodInvocationTree restorer) {
    String other = key(restorer);
    return key == null || other == null || key.equals(other);
  }

  /**
   * Saves the previous value before the change and restores it in a {@code finally} that covers the
   * rest of the block. Offered when the change is a statement of a block and its setting has a
   * getter (system properties: when the key can be evaluated twice, a constant or a variable).
   */
  private static Optional<SuggestedFix> restoreInFinally(
      MethodInvocationTree call, MethodSymbol method, VisitorState state) {
    TreePath statementPath = state.getPath().getParentPath();
    if (!(statementPath.getLeaf() instanceof ExpressionStatementTree statement)
        || !(statementPath.getParentPath().getLeaf() instanceof BlockTree block)) {
      return Optional.empty();
    }
    String setter = Calls.key(method);
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String previous = unusedName(state);
    String change = state.getSourceForNode(statement);
    String save;
    String restore;
    if (setter.equals(SET_PROPERTY) || setter.equals(CLEAR_PROPERTY)) {
      ExpressionTree keyTree = call.getArguments().get(0);
      if (ASTHelpers.constValue(keyTree) == null && Calls.variable(keyTree).isEmpty()) {
        return Optional.empty();
      }
      String key = state.getSourceForNode(keyTree);
      save = "String " + previous + " = " + change;
      restore =
          setter.equals(SET_PROPERTY)
              ? String.format(
                  "if (%1$s == null) {\nSystem.clearProperty(%2$s);\n} else {\n"
                      + "System.setProperty(%2$s, %1$s);\n}",
                  previous, key)
              : String.format(
                  "if (%1$s != null) {\nSystem.setProperty(%2$s, %1$s);\n}", previous, key);
    } else {
      Getter getter = GETTERS.get(setter);
      if (getter == null || call.getArguments().size() != 1) {
        return Optional.empty();
      }
      String type = SuggestedFixes.qualifyType(state, fix, getter.type());
      save = type + " " + previous + " = " + getter.expression() + ";\n" + change;
      restore = state.getSourceForNode(call.getMethodSelect()) + "(" + previous + ");";
    }
    List<? extends StatementTree> statements = block.getStatements();
    int index = statements.indexOf(statement);
    String rest =
        index == statements.size() - 1
            ? ""
            : state
                .getSourceCode()
                .subSequence(
                    ASTHelpers.getStartPosition(statements.get(index + 1)),
                    state.getEndPosition(statements.get(statements.size() - 1)))
                .toString();
    int end =
        index == statements.size() - 1
            ? state.getEndPosition(statement)
            : state.getEndPosition(statements.get(statements.size() - 1));
    return Optional.of(
        fix.replace(
                ASTHelpers.getStartPosition(statement),
                end,
                save
                    + "\ntry {\n"
                    + (rest.isEmpty() ? "" : rest + "\n")
                    + "} finally {\n"
                    + restore
                    + "\n}")
            .build());
  }

  /** {@code previous}, or {@code previous2}, ... if the name is used anywhere in the file. */
  private static String unusedName(VisitorState state) {
    Set<String> used = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        used.add(node.getName().toString());
        return super.visitVariable(node, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        used.add(node.getName().toString());
        return null;
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    String name = "previous";
    for (int i = 2; used.contains(name); i++) {
      name = "previous" + i;
    }
    return name;
  }
}
