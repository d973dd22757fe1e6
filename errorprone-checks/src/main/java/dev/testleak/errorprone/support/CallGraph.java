package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads method bodies of the current compilation and follows the calls they make, so that a check
 * can ask "does this teardown (or a helper it calls) empty the field?".
 *
 * <p>With {@code -XDcompilePolicy=simple} every class of the compilation is attributed before Error
 * Prone runs, so the bodies of methods declared in other source files of the same compilation are
 * available; methods from class files have no body here.
 */
public final class CallGraph {
  /** How many calls deep {@link #reaches} follows helpers. */
  public static final int MAX_CALL_DEPTH = 3;

  private CallGraph() {}

  /** The declaration of {@code method} if it is compiled from source in this compilation. */
  public static @Nullable MethodTree declaration(MethodSymbol method, VisitorState state) {
    try {
      return JavacTrees.instance(state.context).getTree(method);
    } catch (RuntimeException e) {
      // Trees are best effort: a symbol javac cannot map back to source simply has no body.
      return null;
    }
  }

  /**
   * True if {@code body}, or the body of a method it calls whose owner {@code followInto} accepts
   * (up to {@link #MAX_CALL_DEPTH} calls deep), contains a tree {@code effect} accepts. Nested
   * class bodies are not entered: declaring a class runs none of its code.
   */
  public static boolean reaches(
      Tree body, Predicate<Tree> effect, Predicate<ClassSymbol> followInto, VisitorState state) {
    return new Search(effect, followInto, state).search(body, 0);
  }

  /**
   * True if calling {@code callee} does what {@code effect} accepts: its body, or a method it calls
   * whose owner {@code followInto} accepts, contains such a tree; the call itself is the first of
   * the {@link #MAX_CALL_DEPTH} calls followed. {@code followInto} must accept {@code callee}'s
   * owner too.
   */
  public static boolean callReaches(
      @Nullable MethodSymbol callee,
      Predicate<Tree> effect,
      Predicate<ClassSymbol> followInto,
      VisitorState state) {
    return new Search(effect, followInto, state).follow(callee, 0);
  }

  /**
   * True if {@code root} contains a tree {@code test} accepts, without following calls or entering
   * nested class bodies.
   */
  public static boolean contains(Tree root, Predicate<Tree> test) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean scan(Tree tree, Void unused) {
            return tree != null && (test.test(tree) || Boolean.TRUE.equals(super.scan(tree, null)));
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }

          @Override
          public Boolean visitClass(ClassTree tree, Void unused) {
            return false;
          }
        }.scan(root, null);
    return Boolean.TRUE.equals(found);
  }

  private static final class Search {
    private final Predicate<Tree> effect;
    private final Predicate<ClassSymbol> followInto;
    private final VisitorState state;

    /** The smallest depth each method's body was searched at: a shallower call searches deeper. */
    private final Map<MethodSymbol, Integer> searchedAt = new HashMap<>();

    Search(Predicate<Tree> effect, Predicate<ClassSymbol> followInto, VisitorState state) {
      this.effect = effect;
      this.followInto = followInto;
      this.state = state;
    }

    boolean search(Tree body, int depth) {
      Boolean found =
          new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean scan(Tree tree, Void unused) {
              if (tree == null) {
                return false;
              }
              if (effect.test(tree)) {
                return true;
              }
              return Boolean.TRUE.equals(super.scan(tree, null));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
              return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }

            @Override
            public Boolean visitClass(ClassTree tree, Void unused) {
              return false;
            }

            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
              return Boolean.TRUE.equals(super.visitMethodInvocation(tree, null))
                  || follow(ASTHelpers.getSymbol(tree), depth);
            }

            @Override
            public Boolean visitNewClass(NewClassTree tree, Void unused) {
              return Boolean.TRUE.equals(super.visitNewClass(tree, null))
                  || follow(ASTHelpers.getSymbol(tree), depth);
            }
          }.scan(body, null);
      return Boolean.TRUE.equals(found);
    }

    private boolean follow(@Nullable MethodSymbol callee, int depth) {
      if (callee == null
          || depth >= MAX_CALL_DEPTH
          || !(callee.owner instanceof ClassSymbol owner)
          || !followInto.test(owner)
          || searchedAt.getOrDefault(callee, Integer.MAX_VALUE) <= depth + 1) {
        return false;
      }
      searchedAt.put(callee, depth + 1);
      MethodTree declaration = declaration(callee, state);
      return declaration != null
          && declaration.getBody() != null
          && search(declaration.getBody(), depth + 1);
    }
  }
}
