package dev.testleak.errorprone.support;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;

/**
 * Where findings are reported. Every rule's doc names the source line of a finding as the line an
 * expression or statement <em>starts</em> on, so that the three engines agree line for line;
 * javac's preferred position of a call is its name or parenthesis, which can lie on a later line.
 */
public final class Positions {
  private Positions() {}

  /** A diagnostic position at the start of {@code tree}, spanning the whole tree. */
  public static DiagnosticPosition startOf(Tree tree) {
    return new StartPosition((JCTree) tree);
  }

  private record StartPosition(JCTree tree) implements DiagnosticPosition {
    @Override
    public JCTree getTree() {
      return tree;
    }

    @Override
    public int getStartPosition() {
      return TreeInfo.getStartPos(tree);
    }

    @Override
    public int getPreferredPosition() {
      return TreeInfo.getStartPos(tree);
    }

    @Override
    public int getEndPosition(EndPosTable endPosTable) {
      return TreeInfo.getEndPos(tree, endPosTable);
    }
  }
}
