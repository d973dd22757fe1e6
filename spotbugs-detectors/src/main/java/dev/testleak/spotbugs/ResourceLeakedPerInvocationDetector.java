package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ConcurrencyVocabulary;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceHolding;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Creation;
import dev.testleak.spotbugs.support.ClassCode.FieldRef;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Operand;
import dev.testleak.spotbugs.support.ClassCode.Range;
import dev.testleak.spotbugs.support.ClassCode.Store;
import dev.testleak.spotbugs.support.ClassFileTypes;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.InvocationContexts;
import dev.testleak.spotbugs.support.InvocationContexts.Context;
import dev.testleak.spotbugs.support.Lifecycle;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;

/**
 * {@code ResourceLeakedPerInvocation}: a resource opened once per test invocation (or loop
 * iteration) and not released by the end of it. See docs/rules/ResourceLeakedPerInvocation.md.
 *
 * <p>In bytecode: a {@code new} of an {@code AutoCloseable} that holds something outside the heap
 * (a decorator only around a resource opened in the same expression, a stream only when opened on a
 * file name, {@code File}, {@code Path}, descriptor, socket, URL or URI, a project type only when
 * its fields or superclasses hold a resource), or a call of a resource factory, in a per-invocation
 * context ({@link InvocationContexts}; constructors too, with the field initializers and initializer
 * blocks javac inlines into them, when JUnit creates an instance per invocation: each expression is
 * reported once, however many constructors it was copied into); then what happens to the value,
 * followed through locals along the control flow (a value from either branch of a {@code ?:} or an {@code if}): returned,
 * passed to a method or constructor (handed on; in the same loop body when opened in a loop, and not
 * into a collection from outside the loop), released by a release call on it (through its local or
 * a field it was stored into) later in the method (in the same loop body when opened in a loop), or
 * stored into a field that a per-invocation teardown releases or hands on, or whose value the
 * framework closes or drives ({@code @AutoClose}, {@code @Rule}, {@code @RegisterExtension}).
 * try-with-resources is a close call on the normal path.
 */
public final class ResourceLeakedPerInvocationDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.RESOURCE_LEAKED_PER_INVOCATION;

  private final BugReporter bugReporter;
  private final InvocationContexts contexts = new InvocationContexts(program);
  /** Per analysis run: it caches its decisions by class name, valid for this run's classpath only. */
  private final ResourceHolding<String> holding = new ResourceHolding<>(new ClassFileTypes(program.classes()));

  /** A resource opened at {@code pc}, of a type messages name. */
  private record Opening(int pc, String type, SourceLineAnnotation line) {}

  public ResourceLeakedPerInvocationDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    Set<String> reportedInConstructors = new HashSet<>();
    for (MethodCode body : code.methods.values()) {
      boolean constructor = InvocationContexts.isConstructor(code.containingMethod(body));
      for (Opening opening : openings(body)) {
        Optional<Context> context =
            contexts.at(javaClass, body, opening.pc()).or(() -> contexts.inInstanceCreation(javaClass, body));
        if (context.isEmpty() || (context.get().setUp() && startsThreads(opening.type()))) {
          continue;
        }
        Optional<String> fate = fate(javaClass.getClassName(), body, opening, context.get());
        if (fate.isEmpty() || (constructor && !reportedInConstructors.add(sameExpression(opening)))) {
          continue;
        }
        BugInstance bug =
            program.bugAt(this, RULE, body, opening.line())
                .addString(Classes.simpleName(opening.type()))
                .addString(context.get().where())
                .addString(fate.get());
        if (constructor) {
          keptIn(body, opening).ifPresent(bug::addField);
        }
        bugReporter.reportBug(bug);
      }
    }
  }

  /**
   * What identifies an opening's expression across constructors: javac copies a field initializer
   * into every constructor that does not start with {@code this(..)}, at the initializer's line, and
   * the rule reports each expression once.
   */
  private static String sameExpression(Opening opening) {
    int line = opening.line() == null ? -1 : opening.line().getStartLine();
    return line < 0 ? opening.pc() + " (no line)" : line + " " + opening.type();
  }

  /**
   * The field an opening in a constructor is stored into, for the bug: a field initializer has no
   * method of its own, so {@code @SuppressFBWarnings} on the field is how a user accepts it.
   */
  private Optional<FieldAnnotation> keptIn(MethodCode body, Opening opening) {
    return body.storesOf(opening.pc()).stream()
        .map(Store::field)
        .filter(f -> f != null)
        .findFirst()
        .flatMap(f -> program.classes().resolveField(f.declaringClass(), f.name()))
        .map(f -> new FieldAnnotation(f.declaringClass(), f.field().getName(), f.field().getSignature(), f.field().isStatic()));
  }

  // ---- Resources ----

  private List<Opening> openings(MethodCode body) {
    List<Opening> result = new java.util.ArrayList<>();
    for (Creation creation : body.creations) {
      if (isResourceCreation(body, creation.pc(), 0)) {
        result.add(new Opening(creation.pc(), creation.type(), creation.line()));
      }
    }
    for (Invoke invoke : body.invokes) {
      if (isFactory(invoke)) {
        String returned = invoke.signature().substring(invoke.signature().indexOf(')') + 1);
        result.add(new Opening(invoke.pc(), Classes.classOfDescriptor(returned).orElse("java.lang.AutoCloseable"), invoke.line()));
      }
    }
    return result;
  }

  private boolean isFactory(Invoke invoke) {
    return program.classes().supertypesAndSelf(invoke.owner()).names().stream()
        .anyMatch(owner -> ResourceVocabulary.RESOURCE_FACTORIES.contains(owner + "#" + invoke.name()));
  }

  /**
   * A {@code new} at {@code pc} that opens something: an AutoCloseable holding more than heap. A
   * decorator (a constructor with an AutoCloseable parameter, {@link ResourceVocabulary#DECORATOR_RULE})
   * is one only around a resource opened in the same expression: around a local, field, parameter or
   * method result the code already owns it opens nothing. A stream ({@link
   * ResourceVocabulary#STREAM_SUPERTYPES}) is one only when opened on a {@link ResourceVocabulary#OPENS_ON}
   * value. Any other AutoCloseable is one when it holds a resource ({@link ResourceHolding}: a JDK
   * type by the vocabulary, a project type by its fields and superclasses), so that a project's
   * Closeable that only stops a clock is not. Parameter types come from the constructor's descriptor.
   */
  private boolean isResourceCreation(MethodCode body, int pc, int depth) {
    Optional<Creation> creation = body.creationAt(pc);
    if (creation.isEmpty() || depth > 8) {
      return false;
    }
    Set<String> supertypes = program.classes().supertypesAndSelf(creation.get().type()).names();
    if (supertypes.stream().noneMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains)
        || supertypes.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    Optional<Invoke> constructor =
        body.invokes.stream().filter(i -> i.name().equals("<init>") && i.receiver() != null && i.receiver().createdAt(pc)).findFirst();
    List<String> parameters = constructor.map(i -> Classes.parameterDescriptors(i.signature())).orElse(List.of());
    List<Operand> arguments = constructor.map(Invoke::arguments).orElse(List.of());
    boolean decorator = false;
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      if (isSubtypeOfAny(parameters.get(i), ResourceVocabulary.RESOURCE_SUPERTYPES)) {
        decorator = true;
        if (openedInTheSameExpression(body, arguments.get(i), depth)) {
          return true;
        }
      }
    }
    if (decorator) {
      return false;
    }
    if (supertypes.stream().noneMatch(ResourceVocabulary.STREAM_SUPERTYPES::contains)) {
      return holding.holdsResource(creation.get().type());
    }
    return parameters.stream().anyMatch(p -> isSubtypeOfAny(p, ResourceVocabulary.OPENS_ON))
        || arguments.stream().anyMatch(a -> openedInTheSameExpression(body, a, depth));
  }

  /**
   * A value straight from a resource's {@code new} or factory call (from one of them, whichever
   * branch of a {@code ?:} runs), not from a local, field or parameter.
   */
  private boolean openedInTheSameExpression(MethodCode body, Operand argument, int depth) {
    if (argument.register() >= 0 || argument.field() != null || argument.origins().isEmpty()) {
      return false;
    }
    return argument.origins().stream()
        .allMatch(origin -> isResourceCreation(body, origin, depth + 1) || body.invokeAt(origin).filter(this::isFactory).isPresent());
  }

  private boolean isSubtypeOfAny(String descriptor, Set<String> types) {
    return Classes.classOfDescriptor(descriptor)
        .filter(type -> program.classes().supertypesAndSelf(type).names().stream().anyMatch(types::contains))
        .isPresent();
  }

  private boolean startsThreads(String type) {
    return ConcurrencyVocabulary.KINDS.keySet().stream().anyMatch(kind -> program.classes().isSubtype(type, kind));
  }

  // ---- Released by the end of the invocation ----

  /** What happens to a resource that is not released by the end of its invocation; empty when it is. */
  private Optional<String> fate(String className, MethodCode body, Opening opening, Context context) {
    int pc = opening.pc();
    Range loop = context.loop();
    if (body.returns.stream().anyMatch(r -> r.createdAt(pc) && r.register() < 0)) {
      return Optional.empty();
    }
    if (body.arrayElements.stream().anyMatch(e -> e.element().createdAt(pc))) {
      // Stored into an array: what an array holds is not followed, so it counts as handed on.
      return Optional.empty();
    }
    boolean releasedLater = false;
    for (Invoke invoke : body.invokes) {
      List<Operand> arguments = body.argumentsAndElements(invoke);
      if (invoke.pc() < pc || arguments.stream().noneMatch(a -> body.holds(a, invoke.pc(), pc))) {
        continue;
      }
      if (loop != null && addsToCollectionOutside(body, invoke, loop)) {
        releasedLater = true;
      } else if (loop == null || loop.contains(invoke.pc())) {
        return Optional.empty(); // handed on, straight or through the local or field it was kept in
      } else {
        releasedLater = true; // handed on only after the loop
      }
    }
    Set<String> releases = releaseMethods(opening.type());
    List<Store> stores = body.storesOf(pc);
    for (Invoke invoke : body.callsOn(pc)) {
      if (invoke.pc() > pc && releases.contains(invoke.name())) {
        if (loop == null || loop.contains(invoke.pc())) {
          return Optional.empty();
        }
        releasedLater = true;
      }
    }
    if (releasedLater) {
      return Optional.of("closed only after the loop");
    }
    Optional<FieldRef> field = stores.stream().map(Store::field).filter(f -> f != null).findFirst();
    if (field.isPresent()) {
      if (loop != null) {
        return Optional.of("closed only after the loop");
      }
      return fieldFate(className, field.get(), releases);
    }
    boolean used = !stores.isEmpty() || !body.callsOn(pc).isEmpty();
    return Optional.of(used ? "never closed" : "discarded");
  }

  /** {@code collection.add(resource)} on a collection that was not created in the loop body. */
  private boolean addsToCollectionOutside(MethodCode body, Invoke invoke, Range loop) {
    if (invoke.receiver() == null || !ContainerVocabulary.GROW_METHODS.contains(invoke.name())) {
      return false;
    }
    boolean container =
        ContainerVocabulary.GROWABLE_TYPES.stream().anyMatch(type -> program.classes().isSubtype(invoke.owner(), type));
    if (!container) {
      return false;
    }
    Operand collection = invoke.receiver();
    if (!collection.origins().isEmpty() && collection.field() == null) {
      return collection.origins().stream().anyMatch(origin -> !loop.contains(origin));
    }
    return true;
  }

  private Set<String> releaseMethods(String type) {
    Set<String> result = new HashSet<>(Set.of("close"));
    for (Map.Entry<String, Set<String>> entry : ResourceVocabulary.RELEASE_METHODS.entrySet()) {
      if (program.classes().isSubtype(type, entry.getKey())) {
        result.addAll(entry.getValue());
      }
    }
    return result;
  }

  private Optional<String> fieldFate(String className, FieldRef field, Set<String> releases) {
    boolean managed =
        program.classes().resolveField(field.declaringClass(), field.name())
            .map(f -> Lifecycle.drivenByFramework(f.field()))
            .orElse(false);
    if (managed
        || program.anyHookReaches(
            className, h -> h.phase() == Phase.TEARDOWN && h.scope() == Scope.PER_TEST, m -> releasesOrHandsOn(m, field, releases))) {
      return Optional.empty();
    }
    boolean atClassEnd =
        program.anyHookReaches(
            className, h -> h.phase() == Phase.TEARDOWN && h.scope() == Scope.PER_CLASS, m -> releasesOrHandsOn(m, field, releases));
    return Optional.of(atClassEnd ? "closed only at class end" : "never closed");
  }

  private static boolean releasesOrHandsOn(MethodCode method, FieldRef field, Set<String> releases) {
    return method.invokes.stream()
        .anyMatch(i -> (i.receiver() != null && i.receiver().isField(field) && releases.contains(i.name()))
            || method.argumentsAndElements(i).stream().anyMatch(a -> a.isField(field)));
  }

}
