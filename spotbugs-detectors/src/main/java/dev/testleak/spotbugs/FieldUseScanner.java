package dev.testleak.spotbugs;

import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.spotbugs.support.Classes;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.CodeException;

/**
 * Reads one class file and records, per method, what it does to static fields: which static
 * containers it grows, empties, reassigns or hands to another method, which methods it calls, and
 * where its exception handlers are; for the static initializer also how each static field is
 * initialised. Built on SpotBugs' {@link OpcodeStack}, which knows for every operand whether it was
 * just loaded from a field. Not a registered detector: {@link StaticCollectionNeverClearedDetector}
 * runs it on analysed classes and, on demand, on superclasses and enclosing classes.
 */
final class FieldUseScanner extends OpcodeStackDetector {

  /** A static field, by its declaring class (after JVM field resolution) and name. */
  record FieldRef(String declaringClass, String name) {}

  enum UseKind {
    /** A grow method called on the field, or {@code Collections.addAll(field, ..)}. */
    GROW,
    /** A shrink method called on the field. */
    SHRINK,
    /** The field assigned ({@code PUTSTATIC}). */
    ASSIGN,
    /** The field passed as an argument to a method. */
    PASS
  }

  record FieldUse(UseKind kind, FieldRef field, int pc, SourceLineAnnotation line) {}

  record Call(String owner, String name, String signature, int pc) {}

  /** What a static initializer stores into a static field of its own class. */
  record StaticInit(boolean alwaysImmutable, boolean weakKeyed) {}

  /** What one method body does. */
  static final class MethodBody {
    final String name;
    final String signature;
    final MethodAnnotation annotation;
    final List<FieldUse> uses = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    /**
     * Methods named by method handles of an {@code invokedynamic}: the body of a lambda written here,
     * or the target of a method reference. Kept apart from {@link #calls}: they run when the lambda
     * is called, not here.
     */
    final List<Call> references = new ArrayList<>();
    final List<Integer> athrows = new ArrayList<>();
    final CodeException[] handlers;

    MethodBody(String name, String signature, MethodAnnotation annotation, CodeException[] handlers) {
      this.name = name;
      this.signature = signature;
      this.annotation = annotation;
      this.handlers = handlers == null ? new CodeException[0] : handlers;
    }

    /** The end (inclusive) of the handler code starting at {@code handlerPc}: the first athrow after it. */
    int handlerEnd(int handlerPc) {
      return athrows.stream().filter(pc -> pc >= handlerPc).min(Integer::compare).orElse(Integer.MAX_VALUE);
    }
  }

  /** What one class file does, method by method ({@code name + signature} keys). */
  static final class ClassBody {
    final String className;
    final Map<String, MethodBody> methods = new LinkedHashMap<>();
    final Map<String, StaticInit> staticInits = new HashMap<>();

    ClassBody(String className) {
      this.className = className;
    }
  }

  private final Classes classes;
  private final ClassBody body;
  private MethodBody current;
  private boolean weakKeysSinceLastStore;
  /** {@code owner#name} of the method whose result is on top of the stack (null when something else is). */
  private String producerOfTop;

  private FieldUseScanner(Classes classes, String className) {
    this.classes = classes;
    this.body = new ClassBody(className);
  }

  /** Scans every method of the class. */
  static ClassBody scan(ClassContext classContext, Classes classes) {
    FieldUseScanner scanner = new FieldUseScanner(classes, classContext.getJavaClass().getClassName());
    scanner.visitClassContext(classContext);
    return scanner.body;
  }

  @Override
  public boolean shouldVisitCode(Code code) {
    current =
        new MethodBody(
            getMethodName(), getMethodSig(), MethodAnnotation.fromVisitedMethod(this), code.getExceptionTable());
    body.methods.put(getMethodName() + getMethodSig(), current);
    weakKeysSinceLastStore = false;
    return true;
  }

  @Override
  public void sawOpcode(int seen) {
    String producer = producerOfTop;
    producerOfTop = null;
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawInvoke(seen);
      case Const.PUTSTATIC -> sawPutStatic(producer);
      case Const.CHECKCAST -> producerOfTop = producer;
      case Const.PUTFIELD -> weakKeysSinceLastStore = false;
      case Const.ATHROW -> current.athrows.add(getPC());
      case Const.INVOKEDYNAMIC -> sawInvokeDynamic();
      default -> {}
    }
  }

  private void sawInvoke(int seen) {
    String owner = getDottedClassConstantOperand();
    String name = getNameConstantOperand();
    String signature = getSigConstantOperand();
    int arguments = getNumberArguments(signature);
    boolean hasReceiver = seen != Const.INVOKESTATIC;
    if (stack.getStackDepth() < arguments + (hasReceiver ? 1 : 0)) {
      return;
    }
    if (ContainerVocabulary.WEAK_KEY_BUILDER_METHODS.contains(name)) {
      weakKeysSinceLastStore = true;
    }
    if (name.equals("<init>")) {
      return;
    }
    producerOfTop = owner + "#" + name;
    current.calls.add(new Call(owner, name, signature, getPC()));
    boolean staticGrow =
        seen == Const.INVOKESTATIC && arguments > 0 && ContainerVocabulary.STATIC_GROW_METHODS.contains(owner + "#" + name);
    if (staticGrow) {
      staticFieldOf(stack.getStackItem(arguments - 1)).ifPresent(field -> use(UseKind.GROW, field));
    }
    if (seen == Const.INVOKEVIRTUAL || seen == Const.INVOKEINTERFACE) {
      Optional<FieldRef> receiver = staticFieldOf(stack.getStackItem(arguments));
      if (receiver.isPresent()) {
        if (ContainerVocabulary.GROW_METHODS.contains(name)) {
          use(UseKind.GROW, receiver.get());
        } else if (ContainerVocabulary.SHRINK_METHODS.contains(name)) {
          use(UseKind.SHRINK, receiver.get());
        }
      }
    }
    for (int i = staticGrow ? arguments - 2 : arguments - 1; i >= 0; i--) {
      staticFieldOf(stack.getStackItem(i)).ifPresent(field -> use(UseKind.PASS, field));
    }
  }

  /** Records the methods the bootstrap arguments of an {@code invokedynamic} name by method handle. */
  private void sawInvokeDynamic() {
    try {
      ConstantPool pool = getThisClass().getConstantPool();
      if (!(getConstantRefOperand() instanceof ConstantInvokeDynamic indy)) {
        return;
      }
      for (Attribute attribute : getThisClass().getAttributes()) {
        if (attribute instanceof BootstrapMethods bootstrapMethods) {
          BootstrapMethod bootstrap = bootstrapMethods.getBootstrapMethods()[indy.getBootstrapMethodAttrIndex()];
          for (int argument : bootstrap.getBootstrapArguments()) {
            if (pool.getConstant(argument) instanceof ConstantMethodHandle handle
                && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP target) {
              ConstantNameAndType nameAndType = pool.getConstant(target.getNameAndTypeIndex(), ConstantNameAndType.class);
              current.references.add(
                  new Call(target.getClass(pool), nameAndType.getName(pool), nameAndType.getSignature(pool), getPC()));
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // an unusual bootstrap: no method reference this scanner can name
    }
  }

  private void sawPutStatic(String producer) {
    Optional<FieldRef> field = classes
        .resolveField(getDottedClassConstantOperand(), getNameConstantOperand())
        .map(f -> new FieldRef(f.declaringClass(), f.field().getName()));
    if (field.isPresent()) {
      use(UseKind.ASSIGN, field.get());
      if (getMethodName().equals("<clinit>")
          && field.get().declaringClass().equals(body.className)
          && stack.getStackDepth() > 0) {
        recordStaticInit(field.get().name(), producer, stack.getStackItem(0));
      }
    }
    weakKeysSinceLastStore = false;
  }

  /**
   * Records what a static initializer stores: immutable when the stored value is the direct result of
   * an immutable factory (the call is the instruction just before the store, casts aside); weak-keyed
   * when it is a new {@code WeakHashMap} or a {@code weakKeys()} call happened since the previous store
   * (a statement-level approximation of "built by a chain that calls weakKeys()").
   */
  private void recordStaticInit(String fieldName, String producer, OpcodeStack.Item value) {
    boolean immutable =
        producer != null
            && (ContainerVocabulary.IMMUTABLE_FACTORIES.contains(producer)
                || producer.startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX));
    boolean weak =
        weakKeysSinceLastStore
            || Classes.classOfDescriptor(value.getSignature())
                .map(type -> ContainerVocabulary.WEAK_KEYED_TYPES.stream().anyMatch(w -> classes.isSubtype(type, w)))
                .orElse(false);
    body.staticInits.merge(
        fieldName,
        new StaticInit(immutable, weak),
        (a, b) -> new StaticInit(a.alwaysImmutable() && b.alwaysImmutable(), a.weakKeyed() || b.weakKeyed()));
  }

  private void use(UseKind kind, FieldRef field) {
    SourceLineAnnotation line =
        kind == UseKind.GROW ? SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, getPC()) : null;
    current.uses.add(new FieldUse(kind, field, getPC(), line));
  }

  /**
   * The static field an operand was loaded from by the instruction that pushed it ({@code GETSTATIC}),
   * not through a local variable: "directly on the field".
   */
  private Optional<FieldRef> staticFieldOf(OpcodeStack.Item item) {
    XField field = item.getXField();
    if (field == null || !field.isStatic() || item.getRegisterNumber() >= 0) {
      return Optional.empty();
    }
    return classes
        .resolveField(field.getClassName(), field.getName())
        .map(f -> new FieldRef(f.declaringClass(), f.field().getName()));
  }
}
