package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary.Setting;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

/**
 * {@code JvmSettingNotRestored}: test code that changes a JVM-wide setting (a system property, the
 * default Locale, System.out, ...) and restores it neither in {@code finally} nor in a teardown.
 * Semantics: docs/rules/JvmSettingNotRestored.md.
 */
public final class JvmSettingNotRestoredRule extends TestleakRule {
  private static final String SET_PROPERTIES = "java.lang.System#setProperties";

  public JvmSettingNotRestoredRule() {
    super(Catalogue.JVM_SETTING_NOT_RESTORED);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    for (ASTMethodDeclaration method : testCodeMethods(file, testCode)) {
      for (ASTMethodCall call : Nodes.sameClassDescendants(method.getBody(), ASTMethodCall.class)) {
        settingChangedBy(call)
            .filter(setting -> !Teardowns.restoresEarlierChange(call, JvmSettingNotRestoredRule::restoresChange))
            .filter(setting -> !Teardowns.undone(call, Hook::isTeardown, restores(setting, call)))
            .ifPresent(setting -> report(data, call, display(call), what(setting, call)));
      }
    }
  }

  private static Optional<Setting> settingChangedBy(ASTMethodCall call) {
    String qualified = Nodes.qualifiedName(call);
    return GlobalStateVocabulary.SETTINGS.stream().filter(s -> s.setters().contains(qualified)).findFirst();
  }

  private static boolean restoresChange(ASTMethodCall change, ASTMethodCall call) {
    return settingChangedBy(change).filter(setting -> restores(setting, change).test(call)).isPresent();
  }

  /**
   * A restoring call of the same setting; for a keyed setting (system properties) with the same key
   * when both keys are constants, any key otherwise. A setting without restorers (the URL stream
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
      if (!setting.restorers().contains(qualified)) {
        return false;
      }
      Object otherKey = setting.keyed() && !SET_PROPERTIES.equals(qualified) ? constantKey(call) : null;
      return key == null || otherKey == null || Objects.equals(key, otherKey);
    };
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
