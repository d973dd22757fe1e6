package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.tree.JCTree.JCMemberReference;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Who calls a method compiled from source: the top-level classes of the whole compilation
 * ({@link #ofCompilation}), or the methods of one class's source ({@link #within}). A call is a
 * method invocation, a method reference or a constructor call whose target javac resolved; code
 * javac could not attribute (a null symbol) is not seen.
 *
 * <p>{@link #ofCompilation} reads every source class of the compilation: build it once, cache it
 * per compilation ({@link PerCompilation}), and only when a check has a candidate that needs it.
 */
public final class Callers<K> {
  private final Map<MethodSymbol, Set<K>> callers;

  private Callers(Map<MethodSymbol, Set<K>> callers) {
    this.callers = callers;
  }

  /**
   * For each method compiled from source, the top-level classes of the compilation whose code
   * (nested classes included) calls it. With {@code -XDcompilePolicy=simple} every class is
   * attributed before Error Prone runs, so the trees of other files are complete here.
   */
  public static Callers<ClassSymbol> ofCompilation(VisitorState state) {
    Map<MethodSymbol, Set<ClassSymbol>> callers = new HashMap<>();
    JavacTrees trees = JavacTrees.instance(state.context);
    for (ClassSymbol clazz : Lifecycle.classesInCompilation(state)) {
      if (!(clazz.owner instanceof PackageSymbol)) {
        continue;
      }
      Tree tree = treeOf(clazz, trees);
      if (tree != null) {
        scanCalls(tree, (caller, callee) -> record(callers, callee, clazz));
      }
    }
    return new Callers<>(callers);
  }

  /**
   * For each method compiled from source that code in {@code root} calls, the methods of {@code
   * root} that call it. A call in a lambda belongs to the method the lambda is written in; a call
   * in a field initializer or an initializer block belongs to no method and is not recorded.
   */
  public static Callers<MethodSymbol> within(Tree root) {
    Map<MethodSymbol, Set<MethodSymbol>> callers = new HashMap<>();
    scanCalls(
        root,
        (caller, callee) -> {
          if (caller != null) {
            record(callers, callee, caller);
          }
        });
    return new Callers<>(callers);
  }

  /** Who calls {@code method}; empty when nobody is seen to. */
  public Set<K> of(MethodSymbol method) {
    return callers.getOrDefault(method, Set.of());
  }

  /** Who calls any of {@code methods}. */
  public Set<K> ofAny(Iterable<MethodSymbol> methods) {
    Set<K> result = new LinkedHashSet<>();
    methods.forEach(m -> result.addAll(of(m)));
    return result;
  }

  /**
   * {@code method} and every method that calls it, directly or through other methods, as far as
   * these callers go. Meaningful for {@link #within}, whose callers are methods.
   */
  public static Set<MethodSymbol> transitiveCallers(
      MethodSymbol method, Callers<MethodSymbol> callers) {
    Set<MethodSymbol> result = new LinkedHashSet<>();
    Deque<MethodSymbol> pending = new ArrayDeque<>();
    pending.add(method);
    while (!pending.isEmpty()) {
      MethodSymbol next = pending.remove();
      if (result.add(next)) {
        pending.addAll(callers.of(next));
      }
    }
    return result;
  }

  private static @Nullable Tree treeOf(ClassSymbol clazz, JavacTrees trees) {
    try {
      return trees.getTree(clazz);
    } catch (CompletionFailure e) {
      return null;
    } catch (RuntimeException e) {
      // Trees are best effort: a class javac cannot map back to source is simply not seen.
      return null;
    }
  }

  private static <K> void record(Map<MethodSymbol, Set<K>> callers, MethodSymbol callee, K caller) {
    callers.computeIfAbsent(callee, k -> new LinkedHashSet<>()).add(caller);
  }

  /**
   * Feeds {@code sink} with each call in {@code root} to a method compiled from source, with the
   * innermost method declaration around it (null outside methods).
   */
  private static void scanCalls(
      Tree root, BiConsumer<@Nullable MethodSymbol, MethodSymbol> sink) {
    new TreeScanner<Void, @Nullable MethodSymbol>() {
      @Override
      public Void visitMethod(MethodTree tree, @Nullable MethodSymbol caller) {
        return super.visitMethod(tree, ((JCMethodDecl) tree).sym);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, @Nullable MethodSymbol caller) {
        accept(ASTHelpers.getSymbol(tree.getMethodSelect()), caller);
        return super.visitMethodInvocation(tree, caller);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, @Nullable MethodSymbol caller) {
        accept(((JCMemberReference) tree).sym, caller);
        return super.visitMemberReference(tree, caller);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, @Nullable MethodSymbol caller) {
        accept(((JCNewClass) tree).constructor, caller);
        return super.visitNewClass(tree, caller);
      }

      /** A null target is code javac could not attribute: not seen. */
      private void accept(@Nullable Symbol target, @Nullable MethodSymbol caller) {
        if (target != null
            && target.baseSymbol() instanceof MethodSymbol callee
            && callee.owner instanceof ClassSymbol owner
            && Lifecycle.isCompiledFromSource(owner)) {
          sink.accept(caller, callee);
        }
      }
    }.scan(root, null);
  }
}
