package dev.testleak.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a constructed {@code AutoCloseable} holds anything outside the heap: the test every engine
 * applies to a type that is not a JDK type, so that a project's own {@code Closeable} that only stops
 * a stopwatch or clears in-memory buffers is not a leak when a test drops it.
 *
 * <p>JDK types are decided by the lists of {@link ResourceVocabulary}: every JDK {@code
 * AutoCloseable} except {@link ResourceVocabulary#HOLDS_NOTHING} holds something. A type of the
 * project or a library holds something when it can be seen to:
 *
 * <ul>
 *   <li>it is one of {@link ConcurrencyVocabulary#KINDS} (a server, an event loop group);
 *   <li>it is an {@code AutoCloseable} interface or abstract class (what its implementations hold
 *       cannot be seen);
 *   <li>one of its instance fields, or of its superclasses' up to the first JDK superclass, is of a
 *       type that holds something by these same rules (a JDK stream, channel, socket, connection,
 *       thread, executor, timer or process; a project {@code AutoCloseable} that holds one);
 *   <li>its first JDK superclass holds something of its own ({@code extends ServerSocket}, {@code
 *       extends URLClassLoader}); a stream base class or decorator ({@code InputStream}, {@code
 *       FilterOutputStream}, {@code DataOutputStream}) holds only what it is given, which the
 *       subclass's constructor arguments decide.
 * </ul>
 *
 * A type that cannot be resolved, or a chain of fields deeper than {@link #MAX_DEPTH}, counts as
 * holding something: when the code cannot be seen, the engines keep reporting as they did before this
 * test existed. Non-{@code AutoCloseable} project types in fields are not followed (a {@code
 * Configuration} field does not make a holder).
 *
 * @param <T> the engine's type representation
 */
public final class ResourceHolding<T> {

  /** How deep a chain of fields is followed before giving up (and counting it as holding). */
  public static final int MAX_DEPTH = 4;

  /** Package prefixes of the JDK: its types are decided by the vocabulary lists, never by fields. */
  public static final List<String> PLATFORM_PREFIXES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  /** JDK resources that are not {@code AutoCloseable} (on every JDK we support). */
  public static final Set<String> PLATFORM_NON_CLOSEABLE_RESOURCES =
      Set.of("java.lang.Thread", "java.lang.Process", "java.util.Timer",
          "java.util.concurrent.ExecutorService");

  /**
   * JDK superclasses that hold only what a subclass hands them: a project class extending one of
   * these (or a {@link ResourceVocabulary#WRAPPERS} decorator) does not hold anything through it.
   */
  public static final Set<String> PASS_THROUGH_SUPERCLASSES =
      Set.of("java.lang.Object", "java.io.InputStream", "java.io.OutputStream", "java.io.Reader",
          "java.io.Writer", "java.io.FilterInputStream", "java.io.FilterOutputStream",
          "java.io.FilterReader", "java.io.FilterWriter");

  /** The engine's view of a type. */
  public interface TypeModel<T> {
    /** The binary name ({@code java.io.FileInputStream}, {@code a.B$C}). */
    String name(T type);

    /** The names of the type and all its supertypes, classes and interfaces. */
    Set<String> selfAndSupertypeNames(T type);

    /** True for an interface or an abstract class. */
    boolean isAbstract(T type);

    /** The direct superclass, or {@code null} for {@code Object} and interfaces. */
    T superclass(T type);

    /** The declared types of the type's own non-static fields, primitives and arrays left out. */
    List<T> instanceFieldTypes(T type);
  }

  /** Thrown by a {@link TypeModel} for a type it cannot resolve (a class missing from the classpath). */
  public static final class UnknownTypeException extends RuntimeException {
    public UnknownTypeException(String type) {
      super(type, null, false, false);
    }
  }

  private final TypeModel<T> model;
  private final Map<String, Boolean> decided = new HashMap<>();

  public ResourceHolding(TypeModel<T> model) {
    this.model = model;
  }

  /** True if a constructed instance of {@code type} holds something outside the heap. */
  public boolean holdsResource(T type) {
    String name;
    try {
      name = model.name(type);
    } catch (UnknownTypeException e) {
      return true;
    }
    Boolean known = decided.get(name);
    if (known != null) {
      return known;
    }
    boolean holds;
    try {
      holds = holds(type, 0, new HashSet<>());
    } catch (UnknownTypeException | StackOverflowError e) {
      holds = true;
    }
    decided.put(name, holds);
    return holds;
  }

  /** True if {@code name} is in a JDK package. */
  public static boolean isPlatform(String name) {
    for (String prefix : PLATFORM_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(T type, int depth, Set<String> visiting) {
    Set<String> names = model.selfAndSupertypeNames(type);
    if (names.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    String name = model.name(type);
    if (isPlatform(name)) {
      return isCloseable(names) || names.stream().anyMatch(PLATFORM_NON_CLOSEABLE_RESOURCES::contains);
    }
    if (names.stream().anyMatch(ConcurrencyVocabulary.KINDS::containsKey)) {
      return true;
    }
    if (!isCloseable(names)) {
      return false;
    }
    if (model.isAbstract(type) || depth >= MAX_DEPTH) {
      return true;
    }
    if (!visiting.add(name)) {
      return false; // a cycle of fields adds nothing the first visit does not see
    }
    T current = type;
    while (current != null && !isPlatform(model.name(current))) {
      for (T field : model.instanceFieldTypes(current)) {
        if (holds(field, depth + 1, visiting)) {
          return true;
        }
      }
      current = model.superclass(current);
    }
    return current != null && holdsThroughSuperclass(current);
  }

  private boolean holdsThroughSuperclass(T platformSuperclass) {
    String name = model.name(platformSuperclass);
    if (PASS_THROUGH_SUPERCLASSES.contains(name) || ResourceVocabulary.WRAPPERS.contains(name)) {
      return false;
    }
    Set<String> names = model.selfAndSupertypeNames(platformSuperclass);
    return isCloseable(names) && names.stream().noneMatch(ResourceVocabulary.HOLDS_NOTHING::contains);
  }

  private static boolean isCloseable(Set<String> names) {
    return names.stream().anyMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains);
  }
}
