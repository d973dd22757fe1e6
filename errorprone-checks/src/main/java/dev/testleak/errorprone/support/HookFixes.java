package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Suggested fixes that put code into a lifecycle hook: into a hook of the right kind that the class
 * already declares, or into a new one added after a given member, with the annotation's import.
 */
public final class HookFixes {
  private HookFixes() {}

  /** What to add and where a new hook goes. */
  public record HookCode(
      String annotation, boolean staticHook, String methodName, String statement, Tree after) {}

  /**
   * Adds {@code code.statement()} at the end of a method of {@code clazz} annotated {@code
   * code.annotation()} (a static one only when {@code code.staticHook()}), or, when the class has
   * none, declares {@code @Annotation [public] [static] void methodName() { statement }} after
   * {@code code.after()}. JUnit 4 hooks are made public, as JUnit 4 requires.
   */
  public static SuggestedFix.Builder addToHook(
      SuggestedFix.Builder fix, ClassTree clazz, HookCode code, VisitorState state) {
    for (Tree member : clazz.getMembers()) {
      if (member instanceof MethodTree method
          && method.getBody() != null
          && ASTHelpers.getSymbol(method) instanceof MethodSymbol symbol
          && symbol.isStatic() == code.staticHook()
          && Lifecycle.annotationNames(symbol).contains(code.annotation())) {
        int closingBrace = state.getEndPosition(method.getBody()) - 1;
        return fix.replace(closingBrace, closingBrace, code.statement() + "\n");
      }
    }
    String annotation = SuggestedFixes.qualifyType(state, fix, code.annotation());
    boolean junit4 =
        Lifecycle.frameworkOf(code.annotation()).filter(Lifecycle.JUNIT4::equals).isPresent();
    String modifiers = (junit4 ? "public " : "") + (code.staticHook() ? "static " : "");
    String method =
        String.format(
            "\n\n@%s\n%svoid %s() {\n%s\n}\n",
            annotation, modifiers, uniqueMethodName(clazz, code.methodName()), code.statement());
    return fix.postfixWith(code.after(), method);
  }

  /** {@code verb} followed by {@code name} with its first letter upper-cased: create + events. */
  public static String methodName(String verb, String name) {
    return name.isEmpty()
        ? verb
        : verb + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static String uniqueMethodName(ClassTree clazz, String name) {
    Set<String> taken = new HashSet<>();
    for (Tree member : clazz.getMembers()) {
      if (member instanceof MethodTree method) {
        taken.add(method.getName().toString());
      }
    }
    String candidate = name;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
