package dev.testleak.pmd.support;

import dev.testleak.catalogue.LifecycleVocabulary;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;

/**
 * Decides what is test code, as docs/test-code.md defines it: the analysed file's path against the
 * {@code testSourcePattern}, or lifecycle annotations and framework types on class symbols. Create
 * one per analysed file; it caches per class.
 */
public final class TestCode {
  private final boolean testSource;
  private final Map<JClassSymbol, Boolean> byLifecycle = new HashMap<>();

  private TestCode(boolean testSource) {
    this.testSource = testSource;
  }

  /** The test-code view of one file, whose path is matched against {@code sourcePattern}. */
  public static TestCode of(ASTCompilationUnit file, Pattern sourcePattern) {
    return new TestCode(isTestSource(file.getTextDocument().getFileId(), sourcePattern));
  }

  /** True if the file's path (forward slashes), as given or made absolute, matches the pattern. */
  public static boolean isTestSource(FileId file, Pattern sourcePattern) {
    return sourcePattern.matcher(slashes(file.getOriginalPath())).matches()
        || sourcePattern.matcher(slashes(file.getAbsolutePath())).matches();
  }

  /** True if the analysed file is test code by its path. */
  public boolean isTestSource() {
    return testSource;
  }

  /** True if a class of the analysed file is test code, by the file's path or by lifecycle. */
  public boolean isTestClassInThisFile(JClassSymbol type) {
    return testSource || isTestByLifecycle(type);
  }

  /**
   * True if the class (of this file or of the auxclasspath) is test code by criteria 2 to 4 of
   * docs/test-code.md: lifecycle methods or rule fields in it, an enclosing class or a supertype of
   * those; a test class annotation on it or an enclosing class; a test framework supertype.
   */
  public boolean isTestByLifecycle(JClassSymbol type) {
    Boolean known = byLifecycle.get(type);
    if (known == null) {
      known = computeByLifecycle(type);
      byLifecycle.put(type, known);
    }
    return known;
  }

  private static boolean computeByLifecycle(JClassSymbol type) {
    if (type.isUnresolved()) {
      return false;
    }
    for (JClassSymbol c : TypeHierarchy.selfAndEnclosing(type)) {
      if (Hooks.hasAnnotation(c, LifecycleVocabulary.TEST_CLASS_ANNOTATIONS)) {
        return true;
      }
      for (JClassSymbol declaring : TypeHierarchy.selfAndSupertypes(c)) {
        if (!declaring.isUnresolved() && declaresLifecycleMember(declaring)) {
          return true;
        }
      }
    }
    for (String supertype : TypeHierarchy.supertypeNames(type)) {
      if (LifecycleVocabulary.TEST_FRAMEWORK_TYPES.contains(supertype)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresLifecycleMember(JClassSymbol type) {
    for (JMethodSymbol method : type.getDeclaredMethods()) {
      for (SymAnnot annotation : method.getDeclaredAnnotations()) {
        if (LifecycleVocabulary.isLifecycleAnnotation(annotation.getBinaryName())) {
          return true;
        }
      }
    }
    for (JFieldSymbol field : type.getDeclaredFields()) {
      if (Hooks.hasAnnotation(field, LifecycleVocabulary.RULE_FIELD_ANNOTATIONS)) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(String path) {
    return path == null ? "" : path.replace('\\', '/');
  }
}
