package dev.testleak.spotbugs.support;

import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.Lambda;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.Lifecycle.Hook;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * The analysed program as the rules of the lifecycle, resource and global-state families ask about
 * it: the code of any class (read through SpotBugs' analysis cache), the classes whose hooks run
 * for a class (itself, its enclosing classes and all their supertypes), its hooks, and the methods a
 * hook reaches through helper calls (up to {@link #HELPER_DEPTH} calls deep) and lambdas.
 *
 * <p>One instance per detector instance, i.e. per analysis run; nothing is global.
 */
public final class Program {
  /** How many calls deep a hook or test is followed into helper methods. */
  public static final int HELPER_DEPTH = 3;

  private final Classes classes = new Classes();
  private final Lifecycle lifecycle = new Lifecycle(classes, TestCodebasePattern.fromSystemProperties());
  private final ClassCodes own = new ClassCodes();
  private ClassCodes shared;
  private boolean sharedLookedUp;
  private final Map<String, Related> related = new HashMap<>();

  /** A method of a class that is a lifecycle hook. */
  public record HookMethod(JavaClass owner, Method method, Hook hook, MethodCode code) {}

  /**
   * The classes whose hooks run for a class: it, its enclosing classes (JUnit 5 {@code @Nested}) and
   * all their supertypes; {@code complete} is false when one of them cannot be read.
   */
  public record Related(Set<String> names, boolean complete) {}

  public Classes classes() {
    return classes;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The code of the class being visited. */
  public ClassCode code(ClassContext classContext) {
    return codes().code(classContext);
  }

  /** The code of any class the analysis can read. */
  public Optional<ClassCode> code(String className) {
    return codes().code(className);
  }

  /**
   * The run's {@link ClassCodes}, shared by all detectors, when {@link ClassCodeEngine} registered it;
   * else this program's own. Looked up on first use, when the run's analysis cache exists.
   */
  private ClassCodes codes() {
    if (!sharedLookedUp) {
      sharedLookedUp = true;
      try {
        shared = Global.getAnalysisCache().getDatabase(ClassCodes.class);
      } catch (RuntimeException e) {
        shared = null;
      }
    }
    return shared != null ? shared : own;
  }

  /** SpotBugs' analysis context of any class it can read (analysed, auxiliary classpath or JDK). */
  public static Optional<ClassContext> classContext(String className) {
    try {
      return Optional.of(
          Global.getAnalysisCache()
              .getClassAnalysis(ClassContext.class, DescriptorFactory.createClassDescriptorFromDottedClassName(className)));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The class and its enclosing classes, with all their supertypes. */
  public Related related(String className) {
    return related.computeIfAbsent(
        className,
        k -> {
          Set<String> roots = new LinkedHashSet<>();
          roots.add(className);
          roots.addAll(classes.enclosingClasses(className));
          Related all = withSupertypes(roots);
          Set<String> names = new LinkedHashSet<>(all.names());
          names.removeIf(Program::isPlatformClass);
          return new Related(names, all.complete());
        });
  }

  /**
   * {@code roots} and all their supertypes (JDK classes included); {@code complete} is false when one
   * of them cannot be read.
   */
  public Related withSupertypes(Set<String> roots) {
    Set<String> names = new LinkedHashSet<>();
    boolean complete = true;
    for (String root : roots) {
      Classes.Supertypes supertypes = classes.supertypesAndSelf(root);
      names.addAll(supertypes.names());
      complete &= supertypes.complete();
    }
    return new Related(names, complete);
  }

  /** The hooks that run for {@code className} (its own, inherited and enclosing classes') that match. */
  public List<HookMethod> hooks(String className, Predicate<Hook> which) {
    List<HookMethod> result = new ArrayList<>();
    for (String name : related(className).names()) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isEmpty()) {
        continue;
      }
      Optional<ClassCode> code = Optional.empty(); // read only for a class that has a matching hook: most have none
      for (Method method : javaClass.get().getMethods()) {
        Optional<Hook> hook = lifecycle.hook(javaClass.get(), method);
        if (hook.isEmpty() || !which.test(hook.get())) {
          continue;
        }
        if (code.isEmpty()) {
          code = code(name);
        }
        MethodCode body = code.map(c -> c.methods.get(method.getName() + method.getSignature())).orElse(null);
        if (body != null) {
          result.add(new HookMethod(javaClass.get(), method, hook.get(), body));
        }
      }
    }
    return result;
  }

  /**
   * True if a matching hook that runs for {@code className}, or a method it reaches, does what
   * {@code effect} looks for. When a class whose hooks count cannot be read, assumes it does:
   * testleak prefers silence to a false alarm.
   */
  public boolean anyHookReaches(String className, Predicate<Hook> which, Predicate<MethodCode> effect) {
    if (!related(className).complete()) {
      return true;
    }
    for (HookMethod hook : hooks(className, which)) {
      if (reachable(hook.code()).stream().anyMatch(effect)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method, the lambdas written in it, and the methods of its class's related classes it calls,
   * transitively up to {@link #HELPER_DEPTH} calls deep.
   */
  public List<MethodCode> reachable(MethodCode start) {
    Set<String> within = related(start.className).names();
    List<MethodCode> result = new ArrayList<>();
    Set<MethodCode> seen = new LinkedHashSet<>();
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.add(new Object[] {start, 0});
    while (!todo.isEmpty()) {
      Object[] next = todo.poll();
      MethodCode method = (MethodCode) next[0];
      int depth = (Integer) next[1];
      if (!seen.add(method)) {
        continue;
      }
      result.add(method);
      Optional<ClassCode> own = code(method.className);
      for (Lambda lambda : method.lambdas) {
        own.flatMap(c -> c.method(lambda.implKey())).ifPresent(body -> todo.add(new Object[] {body, depth}));
      }
      if (depth >= HELPER_DEPTH) {
        continue;
      }
      for (Invoke invoke : method.invokes) {
        declaringClassOf(invoke.owner(), invoke.name(), invoke.signature())
            .filter(within::contains)
            .flatMap(this::code)
            .flatMap(c -> c.method(invoke.name() + invoke.signature()))
            .ifPresent(body -> todo.add(new Object[] {body, depth + 1}));
      }
    }
    return result;
  }

  /** The class that declares the (non-abstract) method a call to {@code owner.name(signature)} runs. */
  public Optional<String> declaringClassOf(String owner, String name, String signature) {
    if (isPlatformClass(owner)) {
      return Optional.empty();
    }
    for (String candidate : classes.supertypesAndSelf(owner).names()) {
      Optional<JavaClass> javaClass = classes.load(candidate);
      if (javaClass.isPresent()) {
        Optional<Method> method = findMethod(javaClass.get(), name, signature);
        if (method.isPresent() && !method.get().isAbstract()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  public static Optional<Method> findMethod(JavaClass javaClass, String name, String signature) {
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name) && method.getSignature().equals(signature)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a finding in {@code code} is attributed: a lambda body to the method it is written in (so
   * that the finding names, and suppression on, that method apply).
   */
  public MethodCode attributed(MethodCode code) {
    return code(code.className).map(c -> c.containingMethod(code)).orElse(code);
  }

  /**
   * A bug of {@code detector}'s rule at an instruction of {@code method} (lambdas attributed). Its
   * annotations are the class {0}, the method {1} and the line {2}; the message arguments the
   * detector adds as strings are {3}, {4}, ... in messages.xml.
   */
  public BugInstance bugAt(
      Detector detector, dev.testleak.catalogue.Rule rule, MethodCode method, SourceLineAnnotation line) {
    MethodCode attributed = attributed(method);
    return new BugInstance(detector, rule.id(), rule.severity().spotbugsPriority())
        .addClass(method.className)
        .addMethod(attributed.annotation)
        .addSourceLine(line != null ? line : SourceLineAnnotation.createUnknown(method.className))
        .describe(SourceLineAnnotation.DEFAULT_ROLE);
  }

  /** JDK classes: never test code, never a helper whose body counts. */
  public static boolean isPlatformClass(String className) {
    return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
        || className.startsWith("sun.") || className.startsWith("com.sun.");
  }
}
