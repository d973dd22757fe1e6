package dev.testleak.spotbugs.support;

import dev.testleak.spotbugs.support.ClassCode.ArrayElement;
import dev.testleak.spotbugs.support.ClassCode.Creation;
import dev.testleak.spotbugs.support.ClassCode.FieldRef;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.Lambda;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Operand;
import dev.testleak.spotbugs.support.ClassCode.Range;
import dev.testleak.spotbugs.support.ClassCode.StaticRead;
import dev.testleak.spotbugs.support.ClassCode.Store;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * Reads one class file into a {@link ClassCode}. Built on SpotBugs' {@link OpcodeStack}, which knows
 * for every operand the field or local it was loaded from; the instructions that may have created it
 * come from {@link OriginFlow}, a data flow over the method's control-flow graph. Where that graph
 * cannot be built, this scanner falls back to tagging each pushed value with the instruction that
 * created it (the tag travels through locals and casts, but not across joining branches). Not a
 * registered detector: {@link Program} runs it on demand.
 */
final class CodeScanner extends OpcodeStackDetector {
  private final Classes classes;
  private final ClassCode code;
  private MethodCode current;
  private OriginFlow flow;

  private CodeScanner(Classes classes, String className) {
    this.classes = classes;
    this.code = new ClassCode(className);
  }

  static ClassCode scan(ClassContext classContext, Classes classes) {
    CodeScanner scanner = new CodeScanner(classes, classContext.getJavaClass().getClassName());
    scanner.visitClassContext(classContext);
    return scanner.code;
  }

  @Override
  public boolean shouldVisitCode(Code codeAttribute) {
    current =
        new MethodCode(code.className, getMethod(), MethodAnnotation.fromVisitedMethod(this), codeAttribute.getExceptionTable());
    code.methods.put(current.key(), current);
    flow = OriginFlow.of(getClassContext(), getMethod()).orElse(null);
    current.originsFollowFlow = flow != null;
    return true;
  }

  @Override
  public void sawOpcode(int seen) {
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawInvoke(seen);
      case Const.INVOKEDYNAMIC -> sawInvokeDynamic();
      case Const.NEW -> current.creations.add(new Creation(getPC(), getDottedClassConstantOperand(), line()));
      case Const.PUTFIELD, Const.PUTSTATIC -> sawPutField(seen);
      case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> {
        if (stack.getStackDepth() > 0) {
          current.stores.add(new Store(getPC(), null, false, getRegisterOperand(), operand(0), null));
        }
      }
      case Const.AASTORE -> {
        if (stack.getStackDepth() > 2) {
          current.arrayElements.add(new ArrayElement(operand(2).origin(), operand(0)));
        }
      }
      case Const.ARETURN -> {
        if (stack.getStackDepth() > 0) {
          current.returns.add(operand(0));
        }
      }
      case Const.GETSTATIC -> fieldRef().ifPresent(f -> current.staticReads.add(new StaticRead(getPC(), f)));
      case Const.ATHROW -> current.athrows.add(getPC());
      default -> {
        if (isBranch(seen) && getBranchTarget() < getPC()) {
          current.loops.add(new Range(getBranchTarget(), getPC()));
        }
      }
    }
  }

  /**
   * Without a flow, tags the value an instruction pushed with the instruction's pc: its origin (the
   * same instructions {@link OriginFlow} gives an origin).
   */
  @Override
  public void afterOpcode(int seen) {
    int pc = getPC();
    super.afterOpcode(seen);
    if (flow != null) {
      return;
    }
    boolean creates =
        switch (seen) {
          case Const.NEW, Const.GETSTATIC, Const.ANEWARRAY, Const.NEWARRAY, Const.INVOKEDYNAMIC -> true;
          case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC ->
              !getSigConstantOperand().endsWith(")V");
          default -> false;
        };
    if (creates && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(pc);
    }
  }

  private void sawInvoke(int seen) {
    String signature = getSigConstantOperand();
    int arguments = getNumberArguments(signature);
    boolean hasReceiver = seen != Const.INVOKESTATIC;
    if (stack.getStackDepth() < arguments + (hasReceiver ? 1 : 0)) {
      return;
    }
    List<Operand> args = new ArrayList<>(arguments);
    for (int i = arguments - 1; i >= 0; i--) {
      args.add(operand(i));
    }
    Operand receiver = hasReceiver ? operand(arguments) : null;
    current.invokes.add(
        new Invoke(getPC(), seen, getDottedClassConstantOperand(), getNameConstantOperand(), signature, receiver, List.copyOf(args), line()));
  }

  private void sawPutField(int seen) {
    if (stack.getStackDepth() == 0) {
      return;
    }
    Operand value = operand(0);
    fieldRef().ifPresent(f -> current.stores.add(new Store(getPC(), f, seen == Const.PUTSTATIC, -1, value, line())));
  }

  /** Records a lambda (or method reference) implemented by a method of this very class. */
  private void sawInvokeDynamic() {
    try {
      JavaClass javaClass = getThisClass();
      ConstantPool pool = javaClass.getConstantPool();
      Constant operand = getConstantRefOperand();
      if (!(operand instanceof ConstantInvokeDynamic indy)) {
        return;
      }
      for (Attribute attribute : javaClass.getAttributes()) {
        if (!(attribute instanceof BootstrapMethods bootstrapMethods)) {
          continue;
        }
        BootstrapMethod bootstrap = bootstrapMethods.getBootstrapMethods()[indy.getBootstrapMethodAttrIndex()];
        for (int argument : bootstrap.getBootstrapArguments()) {
          if (pool.getConstant(argument) instanceof ConstantMethodHandle handle
              && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP target
              && target.getClass(pool).equals(code.className)) {
            ConstantNameAndType nameAndType = pool.getConstant(target.getNameAndTypeIndex(), ConstantNameAndType.class);
            current.lambdas.add(new Lambda(getPC(), nameAndType.getName(pool), nameAndType.getSignature(pool)));
          }
        }
      }
    } catch (RuntimeException e) {
      // an unusual bootstrap: not a lambda this scanner can attribute
    }
  }

  private Optional<FieldRef> fieldRef() {
    return classes
        .resolveField(getDottedClassConstantOperand(), getNameConstantOperand())
        .map(f -> new FieldRef(f.declaringClass(), f.field().getName()));
  }

  /** The operand {@code fromTop} items below the top of the stack, before the current instruction. */
  private Operand operand(int fromTop) {
    OpcodeStack.Item item = stack.getStackItem(fromTop);
    XField xField = item.getXField();
    FieldRef field =
        xField == null
            ? null
            : classes
                .resolveField(xField.getClassName(), xField.getName())
                .map(f -> new FieldRef(f.declaringClass(), f.field().getName()))
                .orElse(new FieldRef(xField.getClassName(), xField.getName()));
    return new Operand(field, item.getRegisterNumber(), origins(fromTop), item.getConstant(), item.getSignature());
  }

  /**
   * The origins of the operand {@code fromTop} items below the top: from the flow, whose frames count
   * a {@code long} or {@code double} as two slots, else from the stack item's tag.
   */
  private Set<Integer> origins(int fromTop) {
    if (flow != null) {
      int slot = 0;
      for (int i = 0; i < fromTop; i++) {
        slot += stack.getStackItem(i).getSize();
      }
      Optional<Set<Integer>> known = flow.stackValue(getPC(), slot);
      if (known.isPresent()) {
        return known.get();
      }
    }
    return stack.getStackItem(fromTop).getUserValue() instanceof Integer pc ? Set.of(pc) : OriginFlow.NONE;
  }

  private SourceLineAnnotation line() {
    return SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, getPC());
  }
}
