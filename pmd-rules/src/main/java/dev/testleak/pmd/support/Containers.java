package dev.testleak.pmd.support;

import dev.testleak.catalogue.ContainerVocabulary;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.Substitution;

/**
 * Container knowledge on PMD's AST and types, built on {@link ContainerVocabulary}: which types can
 * grow, which initialisers make a container immutable or weak-keyed, which calls grow or shrink one.
 */
public final class Containers {
  private Containers() {}

  /**
   * The kind of container a field holds ("list", "map", ...; see {@link
   * ContainerVocabulary#kindOf(Set)}), if its declared type can grow: a subtype of {@link
   * ContainerVocabulary#GROWABLE_TYPES} that is neither a Guava {@code Immutable*} type nor
   * weak-keyed. Arrays never grow.
   */
  public static Optional<String> growableKind(JVariableSymbol field) {
    JTypeMirror type = field.getTypeMirror(Substitution.EMPTY);
    Set<String> names = TypeHierarchy.selfAndSupertypeNames(type);
    if (names.stream().noneMatch(ContainerVocabulary.GROWABLE_TYPES::contains)
        || TypeHierarchy.binaryName(type).startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)
        || names.stream().anyMatch(ContainerVocabulary.WEAK_KEYED_TYPES::contains)) {
      return Optional.empty();
    }
    return Optional.of(ContainerVocabulary.kindOf(names));
  }

  /**
   * True if the field's initialiser (readable only for fields of the analysed file) makes it unable
   * to leak: weak-keyed ({@code new WeakHashMap<>()}, a chain calling {@code weakKeys()}), or, for a
   * {@code final} field, an immutable or fixed-size factory.
   */
  public static boolean initializerPreventsGrowth(JFieldSymbol field) {
    ASTVariableId id = field.tryGetNode();
    ASTExpression init = id == null ? null : id.getInitializer();
    if (init == null) {
      return false;
    }
    if (isWeakKeyed(init)) {
      return true;
    }
    return field.isFinal() && isImmutableFactory(init);
  }

  /** {@code new WeakHashMap<>()} or a builder chain that calls {@code weakKeys()}. */
  public static boolean isWeakKeyed(ASTExpression init) {
    if (TypeHierarchy.selfAndSupertypeNames(init.getTypeMirror()).stream()
        .anyMatch(ContainerVocabulary.WEAK_KEYED_TYPES::contains)) {
      return true;
    }
    for (ASTExpression e = init; e instanceof ASTMethodCall; e = ((ASTMethodCall) e).getQualifier()) {
      if (ContainerVocabulary.WEAK_KEY_BUILDER_METHODS.contains(((ASTMethodCall) e).getMethodName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call of {@link ContainerVocabulary#IMMUTABLE_FACTORIES} or of a Guava {@code Immutable*} type
   * (its {@code of}, {@code copyOf}, {@code builder()...build()}), or any expression of a Guava
   * {@code Immutable*} type.
   */
  public static boolean isImmutableFactory(ASTExpression init) {
    if (TypeHierarchy.binaryName(init.getTypeMirror()).startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)) {
      return true;
    }
    if (!(init instanceof ASTMethodCall)) {
      return false;
    }
    ASTMethodCall call = (ASTMethodCall) init;
    String owner = Nodes.ownerOf(call);
    return owner.startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX)
        || ContainerVocabulary.IMMUTABLE_FACTORIES.contains(owner + "#" + call.getMethodName());
  }

  /**
   * The static field a call grows, if it is a grow call: {@code FIELD.add(..)} and the other {@link
   * ContainerVocabulary#GROW_METHODS} on a field, or {@code Collections.addAll(FIELD, ..)} and the
   * other {@link ContainerVocabulary#STATIC_GROW_METHODS}.
   */
  public static Optional<JFieldSymbol> grownStaticField(ASTMethodCall call) {
    String name = call.getMethodName();
    if (call.getArguments().size() > 0
        && ContainerVocabulary.STATIC_GROW_METHODS.contains(Nodes.qualifiedName(call))) {
      return staticField(call.getArguments().get(0));
    }
    return ContainerVocabulary.GROW_METHODS.contains(name)
        ? staticField(call.getQualifier())
        : Optional.empty();
  }

  /** True if the call empties or shrinks its receiver ({@link ContainerVocabulary#SHRINK_METHODS}). */
  public static boolean isShrinkCall(ASTMethodCall call) {
    return ContainerVocabulary.SHRINK_METHODS.contains(call.getMethodName());
  }

  /** The static field an expression names ({@code NAME}, {@code Owner.NAME}), if any. */
  public static Optional<JFieldSymbol> staticField(ASTExpression expression) {
    if (expression instanceof ASTNamedReferenceExpr) {
      JVariableSymbol symbol = ((ASTNamedReferenceExpr) expression).getReferencedSym();
      if (symbol instanceof JFieldSymbol && ((JFieldSymbol) symbol).isStatic()) {
        return Optional.of((JFieldSymbol) symbol);
      }
    }
    return Optional.empty();
  }
}
