package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import edu.umd.cs.findbugs.classfile.IAnalysisEngineRegistrar;
import edu.umd.cs.findbugs.classfile.IClassAnalysisEngine;

/**
 * The {@link ClassCode} of a class as a SpotBugs class analysis, so that it is read once per analysis
 * run and shared by all testleak detectors (which ask about the same test classes) instead of once
 * per detector: reading a method follows its control flow ({@link OriginFlow}), which costs about as
 * much as one of SpotBugs' own data flows. Registered by findbugs.xml's {@code EngineRegistrar}; the
 * analysis cache belongs to the run, so nothing outlives it. {@link Program} reads a class itself
 * when the engine is not registered.
 */
public final class ClassCodeEngine implements IClassAnalysisEngine<ClassCode>, IAnalysisEngineRegistrar {
  private final Classes classes = new Classes();

  @Override
  public void registerAnalysisEngines(IAnalysisCache cache) {
    registerWith(cache);
  }

  @Override
  public void registerWith(IAnalysisCache cache) {
    cache.registerClassAnalysisEngine(ClassCode.class, this);
  }

  @Override
  public ClassCode analyze(IAnalysisCache cache, ClassDescriptor descriptor) throws CheckedAnalysisException {
    return CodeScanner.scan(cache.getClassAnalysis(ClassContext.class, descriptor), classes);
  }

  /** A ClassCode can be read again after the cache dropped it. */
  @Override
  public boolean canRecompute() {
    return true;
  }
}
