package dev.testleak.spotbugs.support;

import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.analysis.ClassData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.ConstantClass;
import org.apache.bcel.classfile.EnclosingMethod;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;

/**
 * Class files as SpotBugs' analysis cache sees them (application classes, the auxiliary classpath
 * and the JDK), with the hierarchy questions the detectors ask. All names are binary names with
 * dots ({@code a.b.Outer$Inner}). A class whose bytecode cannot be found is reported as absent, never
 * as an error: callers decide what an unknown class means (usually: stay silent).
 *
 * <p>One instance per detector instance, i.e. per analysis run; nothing is global.
 */
public final class Classes {
  private final Map<String, Optional<JavaClass>> loaded = new HashMap<>();
  private final Map<String, Set<String>> nests = new HashMap<>();

  /** The class file of {@code className}, if the analysis can read it. */
  public Optional<JavaClass> load(String className) {
    return loaded.computeIfAbsent(className, Classes::lookup);
  }

  private static Optional<JavaClass> lookup(String className) {
    try {
      ClassDescriptor descriptor = DescriptorFactory.createClassDescriptorFromDottedClassName(className);
      return Optional.of(Global.getAnalysisCache().getClassAnalysis(JavaClass.class, descriptor));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The path of the directory, jar or class file {@code className} was read from, with '/' separators. */
  public Optional<String> codeBase(String className) {
    try {
      ClassDescriptor descriptor = DescriptorFactory.createClassDescriptorFromDottedClassName(className);
      ClassData data = Global.getAnalysisCache().getClassAnalysis(ClassData.class, descriptor);
      return Optional.of(data.getCodeBaseEntry().getCodeBase().getPathName().replace('\\', '/'));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Direct supertypes: the superclass (absent for interfaces and Object) and the interfaces. */
  public static Set<String> directSupertypes(JavaClass javaClass) {
    Set<String> result = new LinkedHashSet<>();
    String superName = javaClass.getSuperclassName();
    if (!javaClass.isInterface() && superName != null && !superName.equals(javaClass.getClassName())) {
      result.add(superName);
    }
    for (String iface : javaClass.getInterfaceNames()) {
      result.add(iface);
    }
    return result;
  }

  /** The result of walking a class's supertypes: the ones found and whether any could not be read. */
  public record Supertypes(Set<String> names, boolean complete) {}

  /** {@code className} and all its superclasses and superinterfaces, transitively. */
  public Supertypes supertypesAndSelf(String className) {
    Set<String> names = new LinkedHashSet<>();
    boolean complete = true;
    Deque<String> todo = new ArrayDeque<>();
    todo.add(className);
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!names.add(name)) {
        continue;
      }
      Optional<JavaClass> javaClass = load(name);
      if (javaClass.isEmpty()) {
        complete = false;
        continue;
      }
      todo.addAll(directSupertypes(javaClass.get()));
    }
    return new Supertypes(names, complete);
  }

  /** True if {@code className} is {@code superName} or a subtype of it, as far as the bytecode shows. */
  public boolean isSubtype(String className, String superName) {
    return className.equals(superName) || supertypesAndSelf(className).names().contains(superName);
  }

  /**
   * The class that lexically encloses {@code javaClass} (from the InnerClasses attribute, or the
   * EnclosingMethod attribute for local and anonymous classes), if any.
   */
  public static Optional<String> enclosingClass(JavaClass javaClass) {
    String self = javaClass.getClassName();
    String fromEnclosingMethod = null;
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof InnerClasses innerClasses) {
        for (InnerClass inner : innerClasses.getInnerClasses()) {
          if (inner.getOuterClassIndex() == 0 || inner.getInnerClassIndex() == 0) {
            continue;
          }
          String innerName = className(javaClass, inner.getInnerClassIndex());
          if (self.equals(innerName)) {
            return Optional.of(className(javaClass, inner.getOuterClassIndex()));
          }
        }
      } else if (attribute instanceof EnclosingMethod enclosingMethod) {
        fromEnclosingMethod = className(javaClass, enclosingMethod.getEnclosingClassIndex());
      }
    }
    return Optional.ofNullable(fromEnclosingMethod);
  }

  private static String className(JavaClass javaClass, int classIndex) {
    ConstantClass constant = javaClass.getConstantPool().getConstant(classIndex, ConstantClass.class);
    return ((String) constant.getConstantValue(javaClass.getConstantPool())).replace('/', '.');
  }

  /** The enclosing classes of {@code className}, innermost first (empty for a top-level class). */
  public Set<String> enclosingClasses(String className) {
    Set<String> result = new LinkedHashSet<>();
    String current = className;
    while (true) {
      Optional<JavaClass> javaClass = load(current);
      Optional<String> outer = javaClass.isPresent() ? enclosingClass(javaClass.get()) : nameBasedOuter(current);
      if (outer.isEmpty() || !result.add(outer.get())) {
        return result;
      }
      current = outer.get();
    }
  }

  /** The top-level class whose source file declares {@code className}. */
  public String topLevelClass(String className) {
    String top = className;
    for (String outer : enclosingClasses(className)) {
      top = outer;
    }
    return top;
  }

  private static Optional<String> nameBasedOuter(String className) {
    int dollar = className.lastIndexOf('$');
    return dollar > className.lastIndexOf('.') + 1 ? Optional.of(className.substring(0, dollar)) : Optional.empty();
  }

  /** A field declared (not inherited) by a class. */
  public record DeclaredField(String declaringClass, Field field) {}

  /**
   * Resolves a field reference like the JVM does (JVMS 5.4.3.2): the field declared in {@code owner},
   * else in its superinterfaces, else in its superclass, recursively.
   */
  public Optional<DeclaredField> resolveField(String owner, String name) {
    Optional<JavaClass> javaClass = load(owner);
    if (javaClass.isEmpty()) {
      return Optional.empty();
    }
    for (Field field : javaClass.get().getFields()) {
      if (field.getName().equals(name)) {
        return Optional.of(new DeclaredField(owner, field));
      }
    }
    for (String iface : javaClass.get().getInterfaceNames()) {
      Optional<DeclaredField> found = resolveField(iface, name);
      if (found.isPresent()) {
        return found;
      }
    }
    String superName = javaClass.get().getSuperclassName();
    if (javaClass.get().isInterface() || superName == null || superName.equals(owner)) {
      return Optional.empty();
    }
    return resolveField(superName, name);
  }

  /**
   * The parameter types of a method descriptor, as type descriptors ({@code (ILjava/io/File;)V} to
   * {@code I} and {@code Ljava/io/File;}).
   */
  public static List<String> parameterDescriptors(String methodDescriptor) {
    List<String> result = new ArrayList<>();
    int i = methodDescriptor.indexOf('(') + 1;
    while (i > 0 && i < methodDescriptor.length() && methodDescriptor.charAt(i) != ')') {
      int start = i;
      while (methodDescriptor.charAt(i) == '[') {
        i++;
      }
      i = methodDescriptor.charAt(i) == 'L' ? methodDescriptor.indexOf(';', i) + 1 : i + 1;
      result.add(methodDescriptor.substring(start, i));
    }
    return result;
  }

  /** The member classes {@code className} declares (from its InnerClasses attribute), if it can be read. */
  public Set<String> memberClasses(String className) {
    Set<String> result = new LinkedHashSet<>();
    Optional<JavaClass> javaClass = load(className);
    if (javaClass.isEmpty()) {
      return result;
    }
    for (Attribute attribute : javaClass.get().getAttributes()) {
      if (attribute instanceof InnerClasses innerClasses) {
        for (InnerClass inner : innerClasses.getInnerClasses()) {
          if (inner.getOuterClassIndex() != 0 && inner.getInnerClassIndex() != 0
              && className.equals(className(javaClass.get(), inner.getOuterClassIndex()))) {
            result.add(className(javaClass.get(), inner.getInnerClassIndex()));
          }
        }
      }
    }
    return result;
  }

  /**
   * {@code top} and every class declared inside it at any depth (member, local and anonymous classes),
   * as far as their class files can be read: what one source file's top-level class declares.
   */
  public Set<String> nest(String top) {
    return nests.computeIfAbsent(top, this::collectNest);
  }

  private Set<String> collectNest(String top) {
    Set<String> result = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(top);
    while (!todo.isEmpty()) {
      String name = todo.poll();
      Optional<JavaClass> javaClass = load(name);
      if (!result.add(name) || javaClass.isEmpty()) {
        continue;
      }
      for (Attribute attribute : javaClass.get().getAttributes()) {
        if (attribute instanceof InnerClasses innerClasses) {
          for (InnerClass inner : innerClasses.getInnerClasses()) {
            // javac lists every nested class a class declares or mentions; keep the ones it declares
            String innerName = inner.getInnerClassIndex() == 0 ? null : className(javaClass.get(), inner.getInnerClassIndex());
            if (innerName != null && innerName.startsWith(name + "$") && !result.contains(innerName)
                && load(innerName).flatMap(Classes::enclosingClass).filter(name::equals).isPresent()) {
              todo.add(innerName);
            }
          }
        }
      }
    }
    return result;
  }

  /** The binary name of a type descriptor's class ({@code Ljava/util/List;} to {@code java.util.List}); empty for primitives and arrays. */
  public static Optional<String> classOfDescriptor(String descriptor) {
    if (descriptor.length() > 2 && descriptor.charAt(0) == 'L' && descriptor.endsWith(";")) {
      return Optional.of(descriptor.substring(1, descriptor.length() - 1).replace('/', '.'));
    }
    return Optional.empty();
  }

  /** The simple name of a binary class name ({@code a.b.Outer$Inner} to {@code Inner}). */
  public static String simpleName(String className) {
    String name = className.substring(className.lastIndexOf('.') + 1);
    return name.substring(name.lastIndexOf('$') + 1);
  }
}
