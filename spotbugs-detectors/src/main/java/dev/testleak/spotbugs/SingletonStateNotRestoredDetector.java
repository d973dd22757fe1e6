package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Operand;
import dev.testleak.spotbugs.support.ClassCode.StaticRead;
import dev.testleak.spotbugs.support.ClassCode.Store;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.Program;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;

/**
 * {@code SingletonStateNotRestored}: test code calls a mutator on a process-wide singleton and
 * neither a {@code finally} of the same method nor a teardown undoes it. See
 * docs/rules/SingletonStateNotRestored.md.
 *
 * <p>In bytecode: an instance call whose receiver was produced by a static parameterless call
 * returning its own owner type, by a {@code getstatic} of a {@code static final} field typed as its
 * declaring class (or that class's enclosing class), or of the constant of a one-constant enum,
 * directly or through a local stored once; the called method's name has a mutator prefix (followed
 * by an upper-case letter or nothing). The static call counts only when the class or a member class
 * keeps an instance in a static field of its type, and every form only when the singleton's class
 * (or a superclass) has mutable instance state. JDK singletons are {@code JvmSettingNotRestored}'s.
 */
public final class SingletonStateNotRestoredDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.SINGLETON_STATE_NOT_RESTORED;

  private static final Set<String> STATELESS_ROOTS = Set.of("java.lang.Object", "java.lang.Enum");

  private final BugReporter bugReporter;
  private final Map<String, Boolean> statefulClasses = new HashMap<>();

  /** A singleton: its class, and how messages write the expression that yields it. */
  private record Singleton(String type, String expression) {}

  public SingletonStateNotRestoredDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    String className = javaClass.getClassName();
    for (MethodCode body : code.methods.values()) {
      for (Invoke invoke : body.invokes) {
        if (invoke.receiver() == null || !hasPrefix(invoke.name(), GlobalStateVocabulary.SINGLETON_MUTATOR_PREFIXES)) {
          continue;
        }
        Optional<Singleton> singleton = singleton(body, invoke.receiver(), invoke.pc());
        if (singleton.isEmpty()
            || Program.isPlatformClass(singleton.get().type())
            || restoredEarlierInTheSameMethod(body, invoke, singleton.get())
            || body.finallyBlocks().stream().anyMatch(block -> restores(body, invoke.name(), singleton.get(), block::contains))
            || program.anyHookReaches(className, h -> h.phase() == Phase.TEARDOWN, m -> restores(m, invoke.name(), singleton.get(), pc -> true))) {
          continue;
        }
        bugReporter.reportBug(
            program.bugAt(this, RULE, body, invoke.line())
                .addString(invoke.name() + (invoke.arguments().isEmpty() ? "()" : "(..)"))
                .addString(singleton.get().expression()));
      }
    }
  }

  /** A later call of the same setter after a change in the same method puts the old value back. */
  private boolean restoredEarlierInTheSameMethod(MethodCode body, Invoke call, Singleton singleton) {
    return body.invokes.stream()
        .anyMatch(i -> i.pc() < call.pc() && i.name().equals(call.name()) && i.receiver() != null
            && singleton(body, i.receiver(), i.pc()).map(Singleton::type).filter(singleton.type()::equals).isPresent());
  }

  /** A call on a singleton of the same class, of the same setter or of a restorer, at a pc {@code where} accepts. */
  private boolean restores(MethodCode method, String setter, Singleton singleton, IntPredicate where) {
    for (Invoke invoke : method.invokes) {
      if (where.test(invoke.pc()) && invoke.receiver() != null
          && (invoke.name().equals(setter) || hasPrefix(invoke.name(), GlobalStateVocabulary.SINGLETON_RESTORER_PREFIXES))
          && singleton(method, invoke.receiver(), invoke.pc()).map(Singleton::type).filter(singleton.type()::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  // ---- Singletons ----

  /** A singleton (see {@link #singletonExpression}) whose class carries mutable instance state. */
  private Optional<Singleton> singleton(MethodCode body, Operand receiver, int usePc) {
    return singletonExpression(body, receiver, usePc).filter(s -> statefulClasses.computeIfAbsent(s.type(), this::hasMutableState));
  }

  private Optional<Singleton> singletonExpression(MethodCode body, Operand receiver, int usePc) {
    int origin = receiver.origin();
    if (origin == ClassCode.UNKNOWN && receiver.register() >= 0) {
      List<Store> stores =
          body.stores.stream().filter(s -> s.field() == null && s.register() == receiver.register() && s.pc() < usePc).toList();
      if (stores.size() != 1) {
        return Optional.empty(); // a local assigned more than once stands for no single expression
      }
      origin = stores.get(0).value().origin();
    }
    int pc = origin;
    Optional<Invoke> call = body.invokeAt(pc);
    if (call.isPresent()) {
      Invoke getter = call.get();
      boolean ownType =
          getter.isStatic() && getter.signature().startsWith("()")
              && Classes.classOfDescriptor(getter.signature().substring(2)).filter(getter.owner()::equals).isPresent()
              && keepsInstance(getter.owner());
      return ownType
          ? Optional.of(new Singleton(getter.owner(), Classes.simpleName(getter.owner()) + "." + getter.name() + "()"))
          : Optional.empty();
    }
    return body.staticReads.stream().filter(r -> r.pc() == pc).findFirst().flatMap(this::singletonField);
  }

  private Optional<Singleton> singletonField(StaticRead read) {
    Optional<Classes.DeclaredField> declared = program.classes().resolveField(read.field().declaringClass(), read.field().name());
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Field field = declared.get().field();
    String owner = declared.get().declaringClass();
    Optional<String> type = Classes.classOfDescriptor(field.getSignature());
    if (!field.isStatic() || !field.isFinal() || type.isEmpty()) {
      return Optional.empty();
    }
    boolean holder =
        type.get().equals(owner) || program.classes().load(owner).flatMap(Classes::enclosingClass).filter(type.get()::equals).isPresent();
    if (!holder) {
      return Optional.empty();
    }
    if ((field.getAccessFlags() & Const.ACC_ENUM) != 0 && enumConstants(owner) != 1) {
      return Optional.empty();
    }
    return Optional.of(new Singleton(type.get(), Classes.simpleName(owner) + "." + field.getName()));
  }

  /**
   * True if {@code type} or one of its member classes declares a static field of type {@code type}:
   * where a singleton accessor keeps its instance (a lazy field, the holder idiom). Without one, a
   * static parameterless method returning its class is a factory of fresh objects.
   */
  private boolean keepsInstance(String type) {
    String descriptor = "L" + type.replace('.', '/') + ";";
    Set<String> keepers = new LinkedHashSet<>();
    keepers.add(type);
    keepers.addAll(program.classes().memberClasses(type));
    return keepers.stream()
        .flatMap(name -> program.classes().load(name).stream())
        .flatMap(c -> Arrays.stream(c.getFields()))
        .anyMatch(f -> f.isStatic() && f.getSignature().equals(descriptor));
  }

  /**
   * True if {@code type} or a superclass declares mutable instance state: a non-final instance field,
   * or a final one whose type is a growable container or an atomic. A class that cannot be read has
   * none as far as testleak knows: precision first. {@code java.lang.Enum}'s cached hash code (JDK
   * 21+) is no state of the singleton's.
   */
  private boolean hasMutableState(String type) {
    String current = type;
    for (int guard = 0; guard < 32 && current != null && !STATELESS_ROOTS.contains(current); guard++) {
      Optional<JavaClass> javaClass = program.classes().load(current);
      if (javaClass.isEmpty()) {
        return false;
      }
      for (Field field : javaClass.get().getFields()) {
        if (!field.isStatic() && (!field.isFinal() || holdsState(field.getSignature()))) {
          return true;
        }
      }
      current = javaClass.get().isInterface() ? null : javaClass.get().getSuperclassName();
    }
    return false;
  }

  private boolean holdsState(String descriptor) {
    return Classes.classOfDescriptor(descriptor)
        .map(t -> program.classes().supertypesAndSelf(t).names())
        .filter(names -> names.stream().anyMatch(n -> ContainerVocabulary.GROWABLE_TYPES.contains(n)
            || GlobalStateVocabulary.ATOMIC_TYPES.contains(n)))
        .isPresent();
  }

  private long enumConstants(String enumClass) {
    return program.classes().load(enumClass)
        .map(c -> Arrays.stream(c.getFields()).filter(f -> (f.getAccessFlags() & Const.ACC_ENUM) != 0).count())
        .orElse(0L);
  }

  /** {@code name} starts with one of the prefixes as a word: {@code setMode}, {@code register}, not {@code settle}. */
  private static boolean hasPrefix(String name, Set<String> prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix) && (name.length() == prefix.length() || Character.isUpperCase(name.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

}
