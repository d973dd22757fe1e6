package dev.testleak.pmd.support;

import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.Substitution;

/**
 * Process-wide singletons on PMD's AST (docs/rules/SingletonStateNotRestored.md): expressions that
 * yield the one instance of a class, and calls that change or restore its state by the naming
 * conventions of its API ({@link GlobalStateVocabulary}).
 */
public final class Singletons {
  private Singletons() {}

  /** JDK classes: their JVM-wide settings are JvmSettingNotRestored's, not singletons'. */
  private static final Set<String> JDK_PACKAGES = Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private static final String ENUM = "java.lang.Enum";

  /** A singleton: its class and how messages show it ({@code Registry.getInstance()}). */
  public record Singleton(JClassSymbol type, String display) {}

  /**
   * The singleton {@code expression} yields: a static parameterless method returning its declaring
   * class; a {@code static final} field whose type is its declaring class or that class's enclosing
   * class (holder idiom); the constant of a one-constant enum; or a local assigned once from one of
   * these. The method form needs a static field that keeps the instance ({@link #keepsInstance}),
   * and every form a class with mutable instance state ({@link #hasMutableState}). JDK classes are
   * left out.
   */
  public static Optional<Singleton> of(ASTExpression expression) {
    return of(expression, 0);
  }

  private static Optional<Singleton> of(ASTExpression expression, int depth) {
    Optional<Singleton> result = Optional.empty();
    if (expression instanceof ASTMethodCall) {
      result = instanceMethod((ASTMethodCall) expression);
    } else if (expression instanceof ASTNamedReferenceExpr) {
      JVariableSymbol symbol = ((ASTNamedReferenceExpr) expression).getReferencedSym();
      if (symbol instanceof JFieldSymbol) {
        result = instanceField((JFieldSymbol) symbol);
      } else if (symbol instanceof JLocalVariableSymbol && depth == 0) {
        result = assignedOnce((JLocalVariableSymbol) symbol).flatMap(init -> of(init, 1));
      }
    }
    return result
        .filter(s -> JDK_PACKAGES.stream().noneMatch(s.type().getBinaryName()::startsWith))
        .filter(s -> hasMutableState(s.type()));
  }

  private static Optional<Singleton> instanceMethod(ASTMethodCall call) {
    JExecutableSymbol method = call.getMethodType().getSymbol();
    if (method == null || !method.isStatic() || method.getArity() != 0 || !call.getArguments().isEmpty()) {
      return Optional.empty();
    }
    JClassSymbol owner = method.getEnclosingClass();
    return owner.equals(classOf(call)) && !owner.isUnresolved() && keepsInstance(owner)
        ? Optional.of(new Singleton(owner, owner.getSimpleName() + "." + call.getMethodName() + "()"))
        : Optional.empty();
  }

  private static Optional<Singleton> instanceField(JFieldSymbol field) {
    JClassSymbol owner = field.getEnclosingClass();
    JClassSymbol type = classOf(field);
    if (type == null || !field.isStatic()) {
      return Optional.empty();
    }
    boolean enumConstant = field.isEnumConstant()
        && owner.getDeclaredFields().stream().filter(JFieldSymbol::isEnumConstant).count() == 1;
    boolean instance = !field.isEnumConstant()
        && field.isFinal()
        && (type.equals(owner) || type.equals(owner.getEnclosingClass()));
    return enumConstant || instance
        ? Optional.of(new Singleton(type, owner.getSimpleName() + "." + field.getSimpleName()))
        : Optional.empty();
  }

  /**
   * True if the class or one of its member classes declares a static field of the class's type:
   * where a singleton accessor keeps the instance (a lazy field, the holder idiom). Without one, a
   * static parameterless method returning its class is a factory ({@code Builder.newLinux()}).
   */
  private static boolean keepsInstance(JClassSymbol type) {
    Set<JClassSymbol> keepers = new LinkedHashSet<>();
    keepers.add(type);
    keepers.addAll(type.getDeclaredClasses());
    return keepers.stream()
        .flatMap(keeper -> keeper.getDeclaredFields().stream())
        .anyMatch(field -> field.isStatic() && type.equals(classOf(field)));
  }

  /**
   * True if the class or a superclass declares mutable instance state: a non-final instance field,
   * or a final one whose type is a growable container ({@link ContainerVocabulary#GROWABLE_TYPES})
   * or an atomic ({@link GlobalStateVocabulary#ATOMIC_TYPES}). A stateless singleton cannot carry a
   * change from one test to the next; an unresolved class (or superclass) shows no fields and counts
   * as stateless. {@code java.lang.Enum}'s cached hash (JDK 21+) is not state of the constant.
   */
  private static boolean hasMutableState(JClassSymbol type) {
    for (JClassSymbol c = type; c != null && !c.isUnresolved() && !ENUM.equals(c.getBinaryName()); c = c.getSuperclass()) {
      for (JFieldSymbol field : c.getDeclaredFields()) {
        if (!field.isStatic() && (!field.isFinal() || isContainerOrAtomic(field))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isContainerOrAtomic(JFieldSymbol field) {
    Set<String> names = TypeHierarchy.selfAndSupertypeNames(field.getTypeMirror(Substitution.EMPTY));
    return names.stream().anyMatch(n -> ContainerVocabulary.GROWABLE_TYPES.contains(n) || GlobalStateVocabulary.ATOMIC_TYPES.contains(n));
  }

  /** The initializer of a local that is never assigned again. */
  private static Optional<ASTExpression> assignedOnce(JLocalVariableSymbol local) {
    ASTVariableId id = local.tryGetNode();
    if (id == null || id.getInitializer() == null || id.getLocalUsages().stream().anyMatch(u -> u.getAccessType() == ASTNamedReferenceExpr.AccessType.WRITE)) {
      return Optional.empty();
    }
    return Optional.of(id.getInitializer());
  }

  /** True if the method name follows one of the conventions: the prefix, then the end or an upper-case letter. */
  public static boolean named(String name, Set<String> prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix) && (name.length() == prefix.length() || Character.isUpperCase(name.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  private static JClassSymbol classOf(ASTExpression expression) {
    JTypeDeclSymbol symbol = expression.getTypeMirror().getSymbol();
    return symbol instanceof JClassSymbol ? (JClassSymbol) symbol : null;
  }

  private static JClassSymbol classOf(JFieldSymbol field) {
    JTypeDeclSymbol symbol = field.getTypeMirror(Substitution.EMPTY).getSymbol();
    return symbol instanceof JClassSymbol ? (JClassSymbol) symbol : null;
  }
}
