package dev.testleak.spotbugs.support;

import dev.testleak.catalogue.ResourceHolding;
import dev.testleak.catalogue.ResourceHolding.UnknownTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;

/**
 * {@link ResourceHolding}'s view of types in SpotBugs: binary class names, read from the class files
 * the analysis can see (analysed classes, auxiliary classpath, JDK). A class that cannot be read, or
 * whose supertypes cannot all be read, is an {@link UnknownTypeException}: what it holds cannot be
 * seen, and {@link ResourceHolding} then counts it as holding something.
 */
public final class ClassFileTypes implements ResourceHolding.TypeModel<String> {
  private final Classes classes;

  public ClassFileTypes(Classes classes) {
    this.classes = classes;
  }

  @Override
  public String name(String type) {
    return type;
  }

  @Override
  public Set<String> selfAndSupertypeNames(String type) {
    Classes.Supertypes supertypes = classes.supertypesAndSelf(type);
    if (!supertypes.complete()) {
      throw new UnknownTypeException(type);
    }
    return supertypes.names();
  }

  @Override
  public boolean isAbstract(String type) {
    JavaClass javaClass = load(type);
    return javaClass.isInterface() || javaClass.isAbstract();
  }

  @Override
  public String superclass(String type) {
    JavaClass javaClass = load(type);
    String superName = javaClass.getSuperclassName();
    if (javaClass.isInterface() || superName == null || superName.equals(type)) {
      return null; // BCEL names java.lang.Object as its own superclass
    }
    return superName;
  }

  @Override
  public List<String> instanceFieldTypes(String type) {
    List<String> result = new ArrayList<>();
    for (Field field : load(type).getFields()) {
      if (!field.isStatic()) {
        Classes.classOfDescriptor(field.getSignature()).ifPresent(result::add);
      }
    }
    return result;
  }

  private JavaClass load(String type) {
    return classes.load(type).orElseThrow(() -> new UnknownTypeException(type));
  }
}
