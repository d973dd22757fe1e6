package dev.testleak.spotbugs.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.ArrayElementValue;
import org.apache.bcel.classfile.ElementValue;
import org.apache.bcel.classfile.ElementValuePair;
import org.apache.bcel.classfile.EnumElementValue;
import org.apache.bcel.classfile.FieldOrMethod;
import org.apache.bcel.classfile.JavaClass;

/** Annotations as they appear in class files (runtime-visible and -invisible alike), by binary name. */
public final class Annotations {
  private Annotations() {}

  /** The binary names of the annotations on a class. */
  public static List<String> of(JavaClass javaClass) {
    return names(javaClass.getAnnotationEntries());
  }

  /** The binary names of the annotations on a field or method. */
  public static List<String> of(FieldOrMethod member) {
    return names(member.getAnnotationEntries());
  }

  private static List<String> names(AnnotationEntry[] entries) {
    List<String> names = new ArrayList<>(entries.length);
    for (AnnotationEntry entry : entries) {
      Classes.classOfDescriptor(entry.getAnnotationType()).ifPresent(names::add);
    }
    return names;
  }

  /**
   * True if a {@code @SuppressFBWarnings} (any package, as SpotBugs accepts) or SpotBugs' legacy
   * {@code @edu.umd.cs.findbugs.annotations.SuppressWarnings} on the member suppresses {@code bugType}.
   * Values match as SpotBugs matches them: by prefix of the bug type, by category or by abbreviation
   * (or exactly / by regular expression when {@code matchType} says so); no value suppresses all.
   */
  public static boolean suppresses(FieldOrMethod member, String bugType, String category, String abbrev) {
    for (AnnotationEntry entry : member.getAnnotationEntries()) {
      String type = Classes.classOfDescriptor(entry.getAnnotationType()).orElse("");
      if (!type.endsWith(".SuppressFBWarnings") && !type.equals("edu.umd.cs.findbugs.annotations.SuppressWarnings")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      String matchType = "DEFAULT";
      for (ElementValuePair pair : entry.getElementValuePairs()) {
        if (pair.getNameString().equals("value")) {
          values.addAll(strings(pair.getValue()));
        } else if (pair.getNameString().equals("matchType") && pair.getValue() instanceof EnumElementValue e) {
          matchType = e.getEnumValueString();
        }
      }
      if (values.isEmpty()) {
        return true;
      }
      for (String value : values) {
        if (matches(value, matchType, bugType) || value.equalsIgnoreCase(category) || value.equalsIgnoreCase(abbrev)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String value, String matchType, String bugType) {
    return switch (matchType) {
      case "EXACT" -> bugType.equals(value);
      case "REGEX" -> {
        try {
          yield bugType.matches(value);
        } catch (RuntimeException e) {
          yield false;
        }
      }
      default -> bugType.startsWith(value);
    };
  }

  private static List<String> strings(ElementValue value) {
    if (value instanceof ArrayElementValue array) {
      List<String> result = new ArrayList<>();
      for (ElementValue element : array.getElementValuesArray()) {
        result.add(element.stringifyValue());
      }
      return result;
    }
    return List.of(value.stringifyValue());
  }

  /** The value of an enum-valued element of an annotation on a class (the constant's name). */
  public static Optional<String> enumValue(JavaClass javaClass, String annotationType, String element) {
    return element(javaClass.getAnnotationEntries(), annotationType, element)
        .filter(EnumElementValue.class::isInstance)
        .map(v -> ((EnumElementValue) v).getEnumValueString());
  }

  /** An element's value of an annotation on a field or method, as written (absent when defaulted). */
  public static Optional<ElementValue> value(FieldOrMethod member, String annotationType, String element) {
    return element(member.getAnnotationEntries(), annotationType, element);
  }

  /** An element's value of an annotation on a class, as written (absent when defaulted). */
  public static Optional<ElementValue> value(JavaClass javaClass, String annotationType, String element) {
    return element(javaClass.getAnnotationEntries(), annotationType, element);
  }

  private static Optional<ElementValue> element(AnnotationEntry[] entries, String annotationType, String element) {
    for (AnnotationEntry entry : entries) {
      if (Classes.classOfDescriptor(entry.getAnnotationType()).filter(annotationType::equals).isEmpty()) {
        continue;
      }
      for (ElementValuePair pair : entry.getElementValuePairs()) {
        if (pair.getNameString().equals(element)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** The first annotation of {@code names} that {@code annotations} contains. */
  static Optional<String> firstOf(List<String> annotations, java.util.Collection<String> names) {
    return annotations.stream().filter(names::contains).findFirst();
  }
}
