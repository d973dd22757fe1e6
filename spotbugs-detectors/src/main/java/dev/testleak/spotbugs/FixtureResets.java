package dev.testleak.spotbugs;

import dev.testleak.spotbugs.FieldUseScanner.ClassBody;
import dev.testleak.spotbugs.FieldUseScanner.FieldRef;
import dev.testleak.spotbugs.FieldUseScanner.MethodBody;
import dev.testleak.spotbugs.FieldUseScanner.UseKind;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.Lifecycle;
import dev.testleak.spotbugs.support.Program;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * The "fixtures with a reset method" clause of {@code StaticCollectionNeverCleared}: a class of test
 * code with no test and no hook that grows a static field of its own and offers a method that empties
 * it leaves the reset to the classes that use it. Its growth is judged at those callers: not a leak
 * when some other class calls a reset method and every class that calls a method leading to the
 * growth also calls one (anywhere in its top-level class).
 *
 * <p>The callers are the classes SpotBugs analyses. Their calls are indexed once per analysis, and
 * only when a fixture with a reset method grows a reportable field: most runs never build it.
 */
final class FixtureResets {
  /** What empties a field in a reset method: a shrink call on it or an assignment to it. */
  private static final Set<UseKind> EMPTYING_USES = Set.of(UseKind.SHRINK, UseKind.ASSIGN);

  /** A method of a class: its binary class name and {@code name + signature}. */
  private record MethodKey(String className, String nameAndSignature) {}

  /** A call (or method reference) written in an analysed class: its owner operand and the caller's top-level class. */
  private record Caller(String owner, String callerTop) {}

  /** The methods of a fixture (its top-level class and nested classes) and whom each calls within it. */
  private record Fixture(String top, Map<MethodKey, MethodBody> methods, Map<MethodKey, Set<MethodKey>> calls) {}

  private final Program program;
  private final Classes classes;
  private final Lifecycle lifecycle;
  private final Function<String, Optional<ClassBody>> bodies;
  private final Set<String> analysed;
  private final Map<String, Optional<Fixture>> fixtures = new HashMap<>();
  private final Map<MethodKey, Set<MethodKey>> reaches = new HashMap<>();
  private final Map<MethodKey, Set<String>> callerTops = new HashMap<>();
  private final Map<List<String>, Optional<String>> declaringClasses = new HashMap<>();
  /** {@code name + signature} to the calls of that name in analysed classes; built on first need. */
  private Map<String, Set<Caller>> callsByMethod;

  /**
   * @param bodies what a class's methods do, for any class the analysis can read
   * @param analysed the classes SpotBugs analyses; complete when {@link #resetByEveryUser} is asked
   */
  FixtureResets(Program program, Function<String, Optional<ClassBody>> bodies, Set<String> analysed) {
    this.program = program;
    this.classes = program.classes();
    this.lifecycle = program.lifecycle();
    this.bodies = bodies;
    this.analysed = analysed;
  }

  /**
   * True if {@code growing} (a method of {@code growingClass}) grows {@code field} in a fixture that
   * owns the field and has a reset method, some other class calls a reset method, and every other
   * class calling a method of the fixture that leads to the growth calls one too.
   */
  boolean resetByEveryUser(String growingClass, MethodBody growing, FieldRef field) {
    String top = classes.topLevelClass(growingClass);
    if (!top.equals(classes.topLevelClass(field.declaringClass()))) {
      return false; // growth of another class's field: judged where it happens
    }
    Optional<Fixture> fixture = fixtures.computeIfAbsent(top, this::decideFixture);
    if (fixture.isEmpty()) {
      return false;
    }
    Set<MethodKey> resets = resetMethods(fixture.get(), field);
    if (resets.isEmpty()) {
      return false;
    }
    Set<String> resetters = callerTops(fixture.get(), resets);
    MethodKey grow = new MethodKey(growingClass, growing.name + growing.signature);
    return !resetters.isEmpty() && resetters.containsAll(callerTops(fixture.get(), leadingTo(fixture.get(), grow)));
  }

  // ---- The fixture ----

  /**
   * The fixture whose top-level class is {@code top}: empty when a class of it declares a test, a
   * hook, or tests that need no annotation (then it is a test class, judged by its own lifecycle),
   * or cannot be read.
   */
  private Optional<Fixture> decideFixture(String top) {
    Map<MethodKey, MethodBody> methods = new LinkedHashMap<>();
    for (String name : classes.nest(top)) {
      Optional<JavaClass> javaClass = classes.load(name);
      Optional<ClassBody> body = bodies.apply(name);
      if (javaClass.isEmpty() || body.isEmpty() || lifecycle.testsNeedNoAnnotation(javaClass.get())) {
        return Optional.empty();
      }
      for (Method method : javaClass.get().getMethods()) {
        if (Lifecycle.isTest(method) || lifecycle.hook(javaClass.get(), method).isPresent()) {
          return Optional.empty();
        }
      }
      body.get().methods.forEach((key, method) -> methods.put(new MethodKey(name, key), method));
    }
    Map<MethodKey, Set<MethodKey>> calls = new HashMap<>();
    methods.forEach((key, method) -> calls.put(key, callsWithin(method, methods.keySet())));
    return Optional.of(new Fixture(top, methods, calls));
  }

  /**
   * The fixture's methods that {@code method} calls or names by reference: a lambda written in it is
   * code it sets in motion, and so are javac's synthetic accessors of a nested class.
   */
  private Set<MethodKey> callsWithin(MethodBody method, Set<MethodKey> fixtureMethods) {
    Set<MethodKey> result = new LinkedHashSet<>();
    Stream.concat(method.calls.stream(), method.references.stream())
        .forEach(call -> declaringClassOf(call.owner(), call.name(), call.signature())
            .map(owner -> new MethodKey(owner, call.name() + call.signature()))
            .filter(fixtureMethods::contains)
            .ifPresent(result::add));
    return result;
  }

  /** The method and every method of the fixture it reaches through calls within it, at any depth. */
  private Set<MethodKey> reach(Fixture fixture, MethodKey start) {
    return reaches.computeIfAbsent(start, k -> {
      Set<MethodKey> seen = new LinkedHashSet<>();
      Deque<MethodKey> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        MethodKey next = todo.poll();
        if (seen.add(next)) {
          todo.addAll(fixture.calls().getOrDefault(next, Set.of()));
        }
      }
      return seen;
    });
  }

  /**
   * The reset methods of {@code field}: methods of the fixture (not initialisers) that empty it, in
   * their own code or through methods of the fixture they reach, and grow it in none of them.
   */
  private Set<MethodKey> resetMethods(Fixture fixture, FieldRef field) {
    Set<MethodKey> result = new LinkedHashSet<>();
    for (MethodKey key : fixture.methods().keySet()) {
      if (key.nameAndSignature().startsWith("<")) {
        continue;
      }
      Set<MethodKey> reached = reach(fixture, key);
      boolean empties = reached.stream().anyMatch(m -> uses(fixture, m, field, EMPTYING_USES));
      boolean grows = reached.stream().anyMatch(m -> uses(fixture, m, field, Set.of(UseKind.GROW)));
      if (empties && !grows) {
        result.add(key);
      }
    }
    return result;
  }

  private static boolean uses(Fixture fixture, MethodKey key, FieldRef field, Set<UseKind> kinds) {
    MethodBody method = fixture.methods().get(key);
    return method != null && method.uses.stream().anyMatch(u -> kinds.contains(u.kind()) && u.field().equals(field));
  }

  /** The growing method and every method of the fixture that reaches it. */
  private Set<MethodKey> leadingTo(Fixture fixture, MethodKey grow) {
    Set<MethodKey> result = new LinkedHashSet<>();
    for (MethodKey key : fixture.methods().keySet()) {
      if (reach(fixture, key).contains(grow)) {
        result.add(key);
      }
    }
    result.add(grow);
    return result;
  }

  // ---- Its callers ----

  /** The top-level classes, other than the fixture's, whose code calls (or references) one of {@code methods}. */
  private Set<String> callerTops(Fixture fixture, Set<MethodKey> methods) {
    Set<String> result = new HashSet<>();
    for (MethodKey method : methods) {
      result.addAll(callerTops.computeIfAbsent(method, this::findCallerTops));
    }
    result.remove(fixture.top());
    return result;
  }

  private Set<String> findCallerTops(MethodKey method) {
    Set<String> result = new HashSet<>();
    String name = method.nameAndSignature().substring(0, method.nameAndSignature().indexOf('('));
    String signature = method.nameAndSignature().substring(name.length());
    for (Caller caller : callsByMethod().getOrDefault(method.nameAndSignature(), Set.of())) {
      if (declaringClassOf(caller.owner(), name, signature).filter(method.className()::equals).isPresent()) {
        result.add(caller.callerTop());
      }
    }
    return result;
  }

  /**
   * Every call and method reference of the analysed classes by the method name and signature it
   * names, with its owner operand: resolving owners is left to the few methods asked about.
   */
  private Map<String, Set<Caller>> callsByMethod() {
    if (callsByMethod == null) {
      callsByMethod = new HashMap<>();
      for (String className : analysed) {
        Optional<ClassBody> body = bodies.apply(className);
        if (body.isEmpty()) {
          continue;
        }
        String callerTop = classes.topLevelClass(className);
        for (MethodBody method : body.get().methods.values()) {
          Stream.concat(method.calls.stream(), method.references.stream())
              .filter(call -> !Program.isPlatformClass(call.owner()))
              .forEach(call -> callsByMethod
                  .computeIfAbsent(call.name() + call.signature(), k -> new HashSet<>())
                  .add(new Caller(call.owner(), callerTop)));
        }
      }
    }
    return callsByMethod;
  }

  private Optional<String> declaringClassOf(String owner, String name, String signature) {
    return declaringClasses.computeIfAbsent(
        List.of(owner, name, signature), k -> program.declaringClassOf(owner, name, signature));
  }
}
