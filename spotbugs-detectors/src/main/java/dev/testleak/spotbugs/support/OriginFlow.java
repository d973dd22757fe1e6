package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.ba.AbstractFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.Frame;
import edu.umd.cs.findbugs.ba.FrameDataflowAnalysis;
import edu.umd.cs.findbugs.ba.Location;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * Which instructions a value may have been created by, at every instruction of one method: a forward
 * data flow over SpotBugs' control-flow graph whose value, for every local and stack slot, is the
 * set of pcs of the instructions that may have produced it ({@code new}, a call's result, a {@code
 * getstatic}, an array, a lambda). Where branches join, the sets are united: the value of {@code
 * cond ? new A() : new B()} comes from both {@code new}s, and a local assigned in both arms of an
 * {@code if} holds either afterwards. A store kills what the local held before, on that path only:
 * an assignment in the other arm of an {@code if} overwrites nothing.
 *
 * <p>This is what {@link CodeScanner}'s operands take their origins from. SpotBugs' {@code
 * OpcodeStack} follows the instructions in pc order and forgets user values where branches join;
 * only when this flow cannot be built (a method SpotBugs cannot make a graph of) do operands fall
 * back to it.
 */
final class OriginFlow {
  /** No known origin: a parameter, a field's value, a constant, an exception. */
  static final Set<Integer> NONE = Set.of();

  private final CFG cfg;
  private final Dataflow<OriginFrame, Analysis> dataflow;
  private int cachedPc = -1;
  private OriginFrame cachedFrame;

  private OriginFlow(CFG cfg, Dataflow<OriginFrame, Analysis> dataflow) {
    this.cfg = cfg;
    this.dataflow = dataflow;
  }

  /** The flow of {@code method}, or empty when SpotBugs cannot build its control-flow graph. */
  static Optional<OriginFlow> of(ClassContext classContext, Method method) {
    try {
      MethodGen methodGen = classContext.getMethodGen(method);
      if (methodGen == null) {
        return Optional.empty();
      }
      CFG cfg = classContext.getCFG(method);
      Dataflow<OriginFrame, Analysis> dataflow =
          new Dataflow<>(cfg, new Analysis(methodGen, classContext.getDepthFirstSearch(method)));
      dataflow.execute();
      return Optional.of(new OriginFlow(cfg, dataflow));
    } catch (CFGBuilderException | DataflowAnalysisException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The origins of the value {@code slot} slots below the top of the operand stack just before the
   * instruction at {@code pc} (a {@code long} or {@code double} takes two slots); empty when the flow
   * does not reach that instruction.
   */
  Optional<Set<Integer>> stackValue(int pc, int slot) {
    OriginFrame frame = frameAt(pc);
    if (frame == null || slot >= frame.getStackDepth()) {
      return Optional.empty();
    }
    try {
      return Optional.of(frame.getStackValue(slot));
    } catch (DataflowAnalysisException e) {
      return Optional.empty();
    }
  }

  private OriginFrame frameAt(int pc) {
    if (pc != cachedPc) {
      cachedPc = pc;
      cachedFrame = null;
      for (Location location : cfg.getLocationsContainingInstructionWithOffset(pc)) {
        try {
          OriginFrame frame = dataflow.getFactAtLocation(location);
          if (frame.isValid()) {
            cachedFrame = frame;
            break;
          }
        } catch (DataflowAnalysisException e) {
          // no fact here: the caller falls back
        }
      }
    }
    return cachedFrame;
  }

  /** A frame of origin sets. */
  private static final class OriginFrame extends Frame<Set<Integer>> {
    OriginFrame(int numLocals) {
      super(numLocals);
    }
  }

  private static final class Analysis extends FrameDataflowAnalysis<Set<Integer>, OriginFrame> {
    private final MethodGen methodGen;
    private final Visitor visitor;

    Analysis(MethodGen methodGen, DepthFirstSearch dfs) {
      super(dfs);
      this.methodGen = methodGen;
      this.visitor = new Visitor(methodGen);
    }

    @Override
    public OriginFrame createFact() {
      return new OriginFrame(methodGen.getMaxLocals());
    }

    @Override
    public void initEntryFact(OriginFrame frame) {
      frame.setValid();
      frame.clearStack();
      for (int i = 0; i < frame.getNumSlots(); i++) {
        frame.setValue(i, NONE);
      }
    }

    @Override
    public void transferInstruction(InstructionHandle handle, BasicBlock block, OriginFrame frame)
        throws DataflowAnalysisException {
      visitor.setFrameAndLocation(frame, new Location(handle, block));
      visitor.analyzeInstruction(handle.getInstruction());
    }

    /** A handler starts with the locals of the code it covers and the exception alone on the stack. */
    @Override
    public void meetInto(OriginFrame fact, Edge edge, OriginFrame result) throws DataflowAnalysisException {
      OriginFrame incoming = fact;
      if (fact.isValid() && edge.isExceptionEdge()) {
        incoming = modifyFrame(fact, null);
        incoming.clearStack();
        incoming.pushValue(NONE);
      }
      mergeInto(incoming, result);
    }

    @Override
    protected void mergeValues(OriginFrame other, OriginFrame result, int slot) {
      Set<Integer> mine = result.getValue(slot);
      Set<Integer> theirs = other.getValue(slot);
      if (!mine.containsAll(theirs)) {
        Set<Integer> union = new HashSet<>(mine);
        union.addAll(theirs);
        result.setValue(slot, Set.copyOf(union));
      }
    }
  }

  /** The default modelling of every instruction, plus the origin of the values that count. */
  private static final class Visitor extends AbstractFrameModelingVisitor<Set<Integer>, OriginFrame> {
    Visitor(MethodGen methodGen) {
      super(methodGen.getConstantPool());
    }

    @Override
    public Set<Integer> getDefaultValue() {
      return NONE;
    }

    /** A result that has an origin: both slots of a {@code long} or {@code double} carry it. */
    @Override
    public void handleNormalInstruction(Instruction ins) {
      super.handleNormalInstruction(ins);
      if (createsValue(ins)) {
        OriginFrame frame = getFrame();
        Set<Integer> origin = Set.of(getLocation().getHandle().getPosition());
        for (int slot = frame.getNumSlots() - getNumWordsProduced(ins); slot < frame.getNumSlots(); slot++) {
          frame.setValue(slot, origin);
        }
      }
    }

    /** A cast is the same value. */
    @Override
    public void visitCHECKCAST(CHECKCAST obj) {
      // leaves the operand as it is
    }

    /** The instructions whose results have an origin (as {@link CodeScanner} records them). */
    private static boolean createsValue(Instruction ins) {
      return switch (ins.getOpcode()) {
        case Const.NEW, Const.GETSTATIC, Const.ANEWARRAY, Const.NEWARRAY, Const.INVOKEDYNAMIC,
            Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC -> true;
        default -> false;
      };
    }
  }
}
