package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import edu.umd.cs.findbugs.classfile.IAnalysisEngineRegistrar;
import edu.umd.cs.findbugs.classfile.IDatabaseFactory;

/**
 * Registers {@link ClassCodes} as a database of the analysis run, so that each class's code is read
 * once for all testleak detectors (which ask about the same test classes) instead of once per
 * detector: reading a method follows its control flow ({@link OriginFlow}), which costs about as
 * much as one of SpotBugs' own data flows. Registered by findbugs.xml's {@code EngineRegistrar}; the
 * database belongs to the run, so nothing outlives it. Not a class analysis: SpotBugs would keep
 * every class's code until the end of the run. {@link Program} keeps its own when it is not
 * registered.
 */
public final class ClassCodeEngine implements IAnalysisEngineRegistrar, IDatabaseFactory<ClassCodes> {
  @Override
  public void registerAnalysisEngines(IAnalysisCache cache) {
    registerWith(cache);
  }

  @Override
  public void registerWith(IAnalysisCache cache) {
    cache.registerDatabaseFactory(ClassCodes.class, this);
  }

  @Override
  public ClassCodes createDatabase() {
    return new ClassCodes();
  }
}
