package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.log.Profiler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ClassCode} of the classes read lately, shared by all testleak detectors of one analysis
 * run. Only the most recently used {@link #CAPACITY} classes are kept: the detectors ask about a
 * class while SpotBugs visits it (and about its supertypes, enclosing classes and helpers, which
 * are asked again and again and so stay), never at the end of the run. SpotBugs' own analysis cache
 * would keep every class's code until the end of the run, and with it hundreds of megabytes. A
 * class that fell out is read again when asked.
 */
public final class ClassCodes {
  /** How many classes' code is kept. */
  static final int CAPACITY = 256;

  private final Classes classes = new Classes();
  private final Map<String, Optional<ClassCode>> recent =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ClassCode>> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The code of the class {@code classContext} is of. */
  public ClassCode code(ClassContext classContext) {
    String name = classContext.getJavaClass().getClassName();
    Optional<ClassCode> known = recent.get(name);
    if (known != null && known.isPresent()) {
      return known.get();
    }
    ClassCode code = scan(classContext);
    recent.put(name, Optional.of(code));
    return code;
  }

  /** The code of any class the analysis can read. */
  public Optional<ClassCode> code(String className) {
    Optional<ClassCode> known = recent.get(className);
    if (known != null) {
      return known;
    }
    Optional<ClassCode> code = Program.classContext(className).map(this::scan);
    recent.put(className, code);
    return code;
  }

  /** Reads a class, in SpotBugs' profile under {@link ClassCodeEngine} (as when it was a class analysis). */
  private ClassCode scan(ClassContext classContext) {
    Profiler profiler = profiler();
    if (profiler != null) {
      profiler.start(ClassCodeEngine.class);
    }
    try {
      return CodeScanner.scan(classContext, classes);
    } finally {
      if (profiler != null) {
        profiler.end(ClassCodeEngine.class);
      }
    }
  }

  private static Profiler profiler() {
    try {
      return Global.getAnalysisCache().getProfiler();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
