package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary.Setting;
import dev.testleak.pmd.support.Assignments;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import dev.testleak.pmd.support.TypeHierarchy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * {@code JvmSettingNotRestored}: test code that changes a JVM-wide setting (a system property, the
 * default Locale, System.out, ...) and restores it neither in {@code finally} nor in a teardown.
 * Semantics: docs/rules/JvmSettingNotRestored.md.
 */
public final class JvmSettingNotRestoredRule extends TestleakRule {
  private static final String SET_PROPERTIES = "java.lang.System#setProperties";
  private static final String SET_PROPERTY = "java.lang.System#setProperty";
  /** Calls on the live properties that take no key: they restore whatever key was changed. */
  private static final Set<String> KEYLESS_VIEW_RESTORERS = Set.of("clear", "putAll");

  public JvmSettingNotRestoredRule() {
    super(Catalogue.JVM_SETTING_NOT_RESTORED);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    for (JavaNode body : testCodeBodies(file, testCode)) {
      for (ASTMethodCall call : Nodes.sameClassDescendants(body, ASTMethodCall.class)) {
        settingChangedBy(call)
            .filter(setting -> !putsBackSavedValue(setting, call))
            .filter(setting -> !Teardowns.restoresEarlierChange(call, JvmSettingNotRestoredRule::restoresChange))
            .filter(setting -> !Teardowns.undone(call, Hook::isTeardown, restores(setting, call)))
            .filter(setting -> !Teardowns.undoneByClose(call, restores(setting, call)))
            .ifPresent(setting -> report(data, call, display(call), what(setting, call)));
      }
    }
  }

  private static Optional<Setting> settingChangedBy(ASTMethodCall call) {
    String qualified = Nodes.qualifiedName(call);
    return GlobalStateVocabulary.SETTINGS.stream().filter(s -> s.setters().contains(qualified)).findFirst();
  }

  /**
   * A setter whose value (its last argument; for a keyed setting, one after the key) is a variable
   * every value of which reads the setting's current value puts back what was there: a restore,
   * never a change, wherever it stands (docs: "Restoring a saved value"). For system properties the
   * read must be of the same key when both keys are constants.
   */
  private static boolean putsBackSavedValue(Setting setting, ASTMethodCall call) {
    Set<String> readers = GlobalStateVocabulary.readers(setting);
    ASTArgumentList arguments = call.getArguments();
    if (readers.isEmpty() || arguments.size() < (setting.keyed() ? 2 : 1)) {
      return false;
    }
    List<ASTExpression> values = Assignments.valuesOf(Nodes.referenced(arguments.get(arguments.size() - 1)));
    Object key = setting.keyed() ? constantKey(call) : null;
    return !values.isEmpty() && values.stream().allMatch(value -> readsCurrentValue(value, readers, key));
  }

  /**
   * A call of one of {@code readers} (declared by the reader's owner or overriding it in a subtype;
   * with a constant key equal to {@code key} when both are constants), or a read of one of its
   * static fields ({@code System.out}).
   */
  private static boolean readsCurrentValue(ASTExpression value, Set<String> readers, Object key) {
    if (value instanceof ASTMethodCall) {
      ASTMethodCall read = (ASTMethodCall) value;
      Object readKey = key == null ? null : constantKey(read);
      return (readKey == null || key.equals(readKey)) && callsOneOf(read, readers);
    }
    JVariableSymbol field = Nodes.referenced(value);
    return field instanceof JFieldSymbol
        && ((JFieldSymbol) field).isStatic()
        && readers.contains(((JFieldSymbol) field).getEnclosingClass().getBinaryName() + "." + field.getSimpleName());
  }

  private static boolean callsOneOf(ASTMethodCall call, Set<String> methods) {
    if (methods.contains(Nodes.qualifiedName(call))) {
      return true;
    }
    JExecutableSymbol method = call.getMethodType().getSymbol();
    JClassSymbol owner = method == null ? null : method.getEnclosingClass();
    return owner != null
        && !owner.isUnresolved()
        && TypeHierarchy.supertypeNames(owner).stream().anyMatch(type -> methods.contains(type + "#" + call.getMethodName()));
  }

  private static boolean restoresChange(ASTMethodCall change, ASTMethodCall call) {
    return settingChangedBy(change).filter(setting -> restores(setting, change).test(call)).isPresent();
  }

  /**
   * A restoring call of the same setting; for a keyed setting (system properties) with the same key
   * when both keys are constants, any key otherwise. For system properties, a {@link
   * GlobalStateVocabulary#PROPERTIES_VIEW_RESTORERS} call on the live properties ({@code
   * System.getProperties().remove("key")}) restores too. A setting without restorers (the URL stream
   * handler factory) can never be restored.
   */
  private static Predicate<JavaNode> restores(Setting setting, ASTMethodCall change) {
    Object key = setting.keyed() ? constantKey(change) : null;
    return node -> {
      if (!(node instanceof ASTMethodCall)) {
        return false;
      }
      ASTMethodCall call = (ASTMethodCall) node;
      String qualified = Nodes.qualifiedName(call);
      boolean onView = setting.setters().contains(SET_PROPERTY) && restoresLiveProperties(call);
      if (!onView && !setting.restorers().contains(qualified)) {
        return false;
      }
      boolean keyless = onView ? KEYLESS_VIEW_RESTORERS.contains(call.getMethodName()) : SET_PROPERTIES.equals(qualified);
      Object otherKey = setting.keyed() && !keyless ? constantKey(call) : null;
      return key == null || otherKey == null || Objects.equals(key, otherKey);
    };
  }

  /** {@code System.getProperties().remove(..)}, or {@code props.remove(..)} on a local assigned once from it. */
  private static boolean restoresLiveProperties(ASTMethodCall call) {
    if (!GlobalStateVocabulary.PROPERTIES_VIEW_RESTORERS.contains(call.getMethodName())) {
      return false;
    }
    ASTExpression view = call.getQualifier();
    JVariableSymbol local = Nodes.referenced(view);
    if (local instanceof JLocalVariableSymbol) {
      ASTVariableId id = local.tryGetNode();
      boolean reassigned = id == null
          || id.getLocalUsages().stream().anyMatch(u -> u.getAccessType() == ASTNamedReferenceExpr.AccessType.WRITE);
      view = reassigned ? null : id.getInitializer();
    }
    return view instanceof ASTMethodCall && GlobalStateVocabulary.PROPERTIES_VIEW.equals(Nodes.qualifiedName((ASTMethodCall) view));
  }

  private static Object constantKey(ASTMethodCall call) {
    return call.getArguments().isEmpty() ? null : call.getArguments().get(0).getConstValue();
  }

  /** {@code System.setProperty(..)}, {@code Locale.setDefault(..)}, {@code logger.setLevel(..)}. */
  private static String display(ASTMethodCall call) {
    String owner = Nodes.ownerOf(call);
    String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
    return simple + "." + call.getMethodName() + (call.getArguments().isEmpty() ? "()" : "(..)");
  }

  /** What messages say it changes: {@code system property 'user.timezone'}, {@code the default Locale}. */
  private static String what(Setting setting, ASTMethodCall call) {
    Object key = setting.keyed() ? constantKey(call) : null;
    if (setting.keyed()) {
      return key == null ? "a " + setting.what() : setting.what() + " '" + key + "'";
    }
    return setting.what();
  }
}
