package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.Method;

/**
 * What the methods of one class file do, instruction by instruction, as far as the rules ask: calls
 * with where their receiver and arguments came from, stores into fields and locals, returns, object
 * creations, loops and finally handlers. Read by {@link CodeScanner}; queried by the detectors.
 *
 * <p>Where a value came from is an {@link Operand}: the field it was loaded from, the local it was
 * loaded from, and the instructions that may have created it ({@code new}, a call, a {@code
 * getstatic}, an array or a lambda), followed through locals and casts along the method's control
 * flow ({@link OriginFlow}): a value merged from two branches may come from either.
 */
public final class ClassCode {
  /** No instruction: an operand whose origin is unknown. */
  public static final int UNKNOWN = -1;

  /** A field, by the class that declares it (after JVM field resolution) and its name. */
  public record FieldRef(String declaringClass, String name) {}

  /**
   * Where a value on the operand stack came from.
   *
   * @param field the field it was loaded from (directly, or through a local that holds it), or null
   * @param register the local it was loaded from, or -1
   * @param origins the pcs of the instructions that may have created it (more than one where
   *     branches join), empty when none did
   * @param constant its constant value (strings, numbers, classes), or null
   * @param signature its type descriptor as far as the bytecode knows it
   */
  public record Operand(FieldRef field, int register, Set<Integer> origins, Object constant, String signature) {
    public Operand {
      origins = Set.copyOf(origins);
    }

    /** True if the value may be the one created at {@code pc}. */
    public boolean createdAt(int pc) {
      return origins.contains(pc);
    }

    /** The pc of the one instruction that created the value, or {@link #UNKNOWN} when there is no single one. */
    public int origin() {
      return origins.size() == 1 ? origins.iterator().next() : UNKNOWN;
    }

    public boolean isField(FieldRef ref) {
      return field != null && field.equals(ref);
    }
  }

  /** A method call ({@code <init>} included). {@code receiver} is null for static calls. */
  public record Invoke(
      int pc, int opcode, String owner, String name, String signature, Operand receiver, List<Operand> arguments,
      SourceLineAnnotation line) {
    public String ownerAndName() {
      return owner + "#" + name;
    }

    public boolean isStatic() {
      return receiver == null;
    }
  }

  /** A store of a value into a field ({@code field != null}) or a local ({@code register >= 0}). */
  public record Store(int pc, FieldRef field, boolean staticField, int register, Operand value, SourceLineAnnotation line) {}

  /** A {@code new} instruction. */
  public record Creation(int pc, String type, SourceLineAnnotation line) {}

  /** A {@code getstatic}: a static field read. */
  public record StaticRead(int pc, FieldRef field) {}

  /** A lambda or method reference created by {@code invokedynamic}, implemented by a method of this class. */
  public record Lambda(int pc, String implName, String implSignature) {
    public String implKey() {
      return implName + implSignature;
    }
  }

  /** An element stored into an array (varargs): the array's origin and the element. */
  public record ArrayElement(int arrayOrigin, Operand element) {}

  /** A range of pcs, both ends inclusive. */
  public record Range(int from, int to) {
    public boolean contains(int pc) {
      return pc >= from && pc <= to;
    }

    public int length() {
      return to - from;
    }
  }

  /** What one method body does. */
  public static final class MethodCode {
    public final String className;
    public final String name;
    public final String signature;
    public final Method method;
    public final MethodAnnotation annotation;
    public final List<Invoke> invokes = new ArrayList<>();
    public final List<Store> stores = new ArrayList<>();
    public final List<Creation> creations = new ArrayList<>();
    public final List<StaticRead> staticReads = new ArrayList<>();
    public final List<Lambda> lambdas = new ArrayList<>();
    public final List<ArrayElement> arrayElements = new ArrayList<>();
    public final List<Operand> returns = new ArrayList<>();
    /** Backward branches: each loop body from the branch target to the branch. */
    public final List<Range> loops = new ArrayList<>();
    final List<Integer> athrows = new ArrayList<>();
    final CodeException[] handlers;
    /**
     * True when operands' origins come from {@link OriginFlow}; false when its control-flow graph
     * could not be built and they are SpotBugs' {@code OpcodeStack} tags, lost where branches join.
     */
    boolean originsFollowFlow;

    MethodCode(String className, Method method, MethodAnnotation annotation, CodeException[] handlers) {
      this.className = className;
      this.name = method.getName();
      this.signature = method.getSignature();
      this.method = method;
      this.annotation = annotation;
      this.handlers = handlers == null ? new CodeException[0] : handlers;
    }

    public String key() {
      return name + signature;
    }

    /** The call at {@code pc}, if there is one. */
    public Optional<Invoke> invokeAt(int pc) {
      return invokes.stream().filter(i -> i.pc() == pc).findFirst();
    }

    /** The {@code new} at {@code pc}, if there is one. */
    public Optional<Creation> creationAt(int pc) {
      return creations.stream().filter(c -> c.pc() == pc).findFirst();
    }

    /** The elements stored into the array created at {@code arrayOrigin} (a varargs argument). */
    public List<Operand> elementsOf(Operand array) {
      List<Operand> result = new ArrayList<>();
      for (ArrayElement element : arrayElements) {
        if (array.createdAt(element.arrayOrigin())) {
          result.add(element.element());
        }
      }
      return result;
    }

    /** An argument and, when it is a varargs array built in place, its elements. */
    public List<Operand> argumentsAndElements(Invoke invoke) {
      List<Operand> result = new ArrayList<>(invoke.arguments());
      for (Operand argument : invoke.arguments()) {
        result.addAll(elementsOf(argument));
      }
      return result;
    }

    /**
     * The code of the {@code finally} blocks of this method: javac copies a finally block onto each
     * normal exit and into a catch-any handler that ends by rethrowing; the handler copy runs on
     * every path, so it stands for the block. Each range runs from a catch-any handler to the first
     * {@code athrow} after it.
     */
    public List<Range> finallyBlocks() {
      List<Range> result = new ArrayList<>();
      for (CodeException handler : handlers) {
        if (handler.getCatchType() == 0) {
          int from = handler.getHandlerPC();
          int to = athrows.stream().filter(pc -> pc >= from).min(Integer::compare).orElse(Integer.MAX_VALUE);
          Range range = new Range(from, to);
          if (!result.contains(range)) {
            result.add(range);
          }
        }
      }
      return result;
    }

    /** True if {@code pc} lies in a finally handler's copy of a finally block. */
    public boolean inFinally(int pc) {
      return finallyBlocks().stream().anyMatch(r -> r.contains(pc));
    }

    /** The innermost loop body that contains {@code pc}, if any. */
    public Optional<Range> innermostLoop(int pc) {
      return loops.stream().filter(r -> r.contains(pc)).min((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** The source name of the local stored into {@code register} at {@code storePc}, if the class file keeps it. */
    public Optional<String> localName(int register, int storePc) {
      org.apache.bcel.classfile.LocalVariableTable table = method.getLocalVariableTable();
      if (table == null) {
        return Optional.empty();
      }
      for (int pc = storePc; pc <= storePc + 4; pc++) {
        org.apache.bcel.classfile.LocalVariable variable = table.getLocalVariable(register, pc);
        if (variable != null) {
          return Optional.of(variable.getName());
        }
      }
      return Optional.empty();
    }

    /** Where the value created at {@code pc} is stored: fields, and locals with their store pcs. */
    public List<Store> storesOf(int pc) {
      return stores.stream().filter(s -> s.value().createdAt(pc)).toList();
    }

    /**
     * True if {@code operand}, used at {@code usePc}, may be the value created at {@code createdPc}: by
     * its origins (which follow the value through locals along the control flow), or because it was
     * loaded from a field the value was stored into. Only when the flow could not be built is a local
     * matched by its register, in pc order (nothing else stored there in between).
     */
    public boolean holds(Operand operand, int usePc, int createdPc) {
      if (operand.createdAt(createdPc)) {
        return true;
      }
      for (Store store : storesOf(createdPc)) {
        if (store.field() != null && operand.isField(store.field())) {
          return true;
        }
        if (!originsFollowFlow && store.field() == null && operand.register() == store.register() && store.pc() < usePc) {
          boolean overwritten =
              stores.stream()
                  .anyMatch(s -> s.field() == null && s.register() == store.register() && s.pc() > store.pc() && s.pc() < usePc
                      && !s.value().createdAt(createdPc));
          if (!overwritten) {
            return true;
          }
        }
      }
      return false;
    }

    /** The calls on the value created at {@code pc} (as their receiver), {@code <init>} aside. */
    public List<Invoke> callsOn(int pc) {
      return invokes.stream()
          .filter(i -> i.receiver() != null && !i.name().equals("<init>") && holds(i.receiver(), i.pc(), pc))
          .toList();
    }

    /** True if the value created at {@code pc} is an argument of a call (not its receiver): handed on. */
    public boolean passedOn(int pc) {
      return invokes.stream().anyMatch(i -> argumentsAndElements(i).stream().anyMatch(a -> a.createdAt(pc)));
    }

    /** The line of the instruction at {@code pc} that created a value (a {@code new} or a call). */
    public Optional<SourceLineAnnotation> lineOf(int pc) {
      return creationAt(pc).map(Creation::line).or(() -> invokeAt(pc).map(Invoke::line));
    }

    /** True if this is the synthetic method javac writes for a lambda body. */
    public boolean isLambdaBody() {
      return method.isSynthetic() && name.startsWith("lambda$");
    }
  }

  public final String className;
  /** Methods by {@code name + signature}. */
  public final Map<String, MethodCode> methods = new LinkedHashMap<>();

  ClassCode(String className) {
    this.className = className;
  }

  public Optional<MethodCode> method(String key) {
    return Optional.ofNullable(methods.get(key));
  }

  /**
   * The method whose {@code invokedynamic} creates the lambda implemented by {@code lambdaBody}
   * and the pc of that instruction, if the lambda is created in this class.
   */
  public Optional<LambdaSite> siteOf(MethodCode lambdaBody) {
    for (MethodCode candidate : methods.values()) {
      for (Lambda lambda : candidate.lambdas) {
        if (lambda.implKey().equals(lambdaBody.key()) && candidate != lambdaBody) {
          return Optional.of(new LambdaSite(candidate, lambda.pc()));
        }
      }
    }
    return Optional.empty();
  }

  /** Where a lambda is created: the enclosing method and the pc of its {@code invokedynamic}. */
  public record LambdaSite(MethodCode method, int pc) {}

  /**
   * The method a lambda body is written in: follows lambdas nested in lambdas outwards to the named
   * method that contains them. A method that is no lambda body stands for itself.
   */
  public MethodCode containingMethod(MethodCode method) {
    MethodCode current = method;
    for (int guard = 0; guard < 16 && current.isLambdaBody(); guard++) {
      Optional<LambdaSite> site = siteOf(current);
      if (site.isEmpty()) {
        return current;
      }
      current = site.get().method();
    }
    return current;
  }
}
