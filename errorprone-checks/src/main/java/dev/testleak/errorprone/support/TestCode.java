package dev.testleak.errorprone.support;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.LifecycleVocabulary;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.tools.JavaFileObject;

/**
 * Decides whether a class is test code, as docs/test-code.md defines it: its source file's path
 * matches the test source pattern, or it (or an enclosing class, or a supertype of either) uses a
 * test framework's lifecycle annotations or types. Never looks at class or method names.
 *
 * <p>An instance caches its answers; create one per top-level class being analysed.
 */
public final class TestCode {
  /** The Error Prone flag key (without {@code -XepOpt:}) of the test source pattern. */
  public static final String SOURCE_PATTERN_FLAG =
      Catalogue.TEST_SOURCE_PATTERN.errorProneFlag().substring(ErrorProneFlags.PREFIX.length());

  private final Pattern sourcePattern;
  private final VisitorState state;
  private final Map<ClassSymbol, Boolean> byLocation = new HashMap<>();
  private final Map<ClassSymbol, Boolean> byFramework = new HashMap<>();

  private TestCode(Pattern sourcePattern, VisitorState state) {
    this.sourcePattern = sourcePattern;
    this.state = state;
  }

  /** A fresh, caching view for one analysis. */
  public static TestCode forAnalysis(Pattern sourcePattern, VisitorState state) {
    return new TestCode(checkNotNull(sourcePattern), state);
  }

  /**
   * The test source pattern set with {@code -XepOpt:Testleak:TestSourcePattern}, or the catalogue
   * default.
   *
   * @throws IllegalArgumentException if the flag is not a valid regular expression
   */
  public static Pattern sourcePattern(ErrorProneFlags flags) {
    String regex =
        flags.get(SOURCE_PATTERN_FLAG).orElse(Catalogue.TEST_SOURCE_PATTERN.defaultValue());
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          String.format(
              "%s: invalid regular expression '%s': %s",
              Catalogue.TEST_SOURCE_PATTERN.errorProneFlag(), regex, e.getDescription()));
    }
  }

  /** True if {@code path} (any separator) is a test source location. */
  public static boolean isTestSourcePath(Pattern sourcePattern, String path) {
    return sourcePattern.matcher(path.replace('\\', '/')).matches();
  }

  /** True if the class is test code. */
  public boolean isTestCode(ClassSymbol clazz) {
    return isInTestSources(clazz) || usesTestFramework(clazz);
  }

  /** True if the class's source file (one of this compilation's) lies in a test source set. */
  public boolean isInTestSources(ClassSymbol clazz) {
    return byLocation.computeIfAbsent(clazz, this::computeInTestSources);
  }

  private boolean computeInTestSources(ClassSymbol clazz) {
    JavaFileObject source = clazz.sourcefile;
    // Classes read from class files carry only a bare SourceFile attribute name; skip them.
    if (source == null || (clazz.classfile != null && clazz.classfile != source)) {
      return false;
    }
    String path = source.toUri().getPath();
    return isTestSourcePath(sourcePattern, path != null ? path : source.getName());
  }

  /**
   * True if the class, an enclosing class, or a supertype of one of them declares a test or hook
   * method or a rule field, carries a test class annotation, or is a test framework type.
   */
  public boolean usesTestFramework(ClassSymbol clazz) {
    Boolean cached = byFramework.get(clazz);
    if (cached != null) {
      return cached;
    }
    boolean result = false;
    for (ClassSymbol c : Lifecycle.enclosingClasses(clazz)) {
      for (ClassSymbol type : Lifecycle.supertypes(c, state)) {
        if (isFrameworkMarked(type)) {
          result = true;
          break;
        }
      }
      if (result) {
        break;
      }
    }
    byFramework.put(clazz, result);
    return result;
  }

  private static boolean isFrameworkMarked(ClassSymbol type) {
    String name = type.flatName().toString();
    if (LifecycleVocabulary.TEST_FRAMEWORK_TYPES.contains(name)) {
      return true;
    }
    try {
      if (hasAnyAnnotation(type, LifecycleVocabulary.TEST_CLASS_ANNOTATIONS::contains)) {
        return true;
      }
      for (Symbol member : type.getEnclosedElements()) {
        if ((member instanceof Symbol.MethodSymbol || member instanceof Symbol.VarSymbol)
            && hasAnyAnnotation(member, LifecycleVocabulary::isLifecycleAnnotation)) {
          return true;
        }
      }
    } catch (CompletionFailure e) {
      // A class missing from the classpath tells us nothing.
    }
    return false;
  }

  private static boolean hasAnyAnnotation(Symbol symbol, Predicate<String> names) {
    for (Attribute.Compound annotation : symbol.getRawAttributes()) {
      if (annotation.type != null
          && annotation.type.tsym instanceof ClassSymbol annotationType
          && names.test(annotationType.flatName().toString())) {
        return true;
      }
    }
    return false;
  }
}
