package dev.testleak.pmd.support;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;

/**
 * Walks class symbols: supertypes, enclosing classes, binary names. Works alike for classes of the
 * analysed file (AST symbols) and classes read from the auxclasspath; an unresolved supertype is
 * returned as an unresolved symbol (see {@link JClassSymbol#isUnresolved()}) and not walked further.
 */
public final class TypeHierarchy {
  private TypeHierarchy() {}

  /** All strict supertypes (superclasses and superinterfaces, transitively), nearest first. */
  public static Set<JClassSymbol> supertypes(JClassSymbol type) {
    Set<JClassSymbol> seen = new LinkedHashSet<>();
    Deque<JClassSymbol> todo = new ArrayDeque<>();
    addDirectSupertypes(type, todo);
    while (!todo.isEmpty()) {
      JClassSymbol next = todo.removeFirst();
      if (seen.add(next) && !next.isUnresolved()) {
        addDirectSupertypes(next, todo);
      }
    }
    seen.remove(type);
    return seen;
  }

  /** The type itself followed by {@link #supertypes(JClassSymbol)}. */
  public static Set<JClassSymbol> selfAndSupertypes(JClassSymbol type) {
    Set<JClassSymbol> result = new LinkedHashSet<>();
    result.add(type);
    result.addAll(supertypes(type));
    return result;
  }

  /** The binary names of {@link #supertypes(JClassSymbol)}. */
  public static Set<String> supertypeNames(JClassSymbol type) {
    Set<String> names = new LinkedHashSet<>();
    for (JClassSymbol s : supertypes(type)) {
      names.add(s.getBinaryName());
    }
    return names;
  }

  /** The type itself and its lexically enclosing classes, innermost first. */
  public static Set<JClassSymbol> selfAndEnclosing(JClassSymbol type) {
    Set<JClassSymbol> result = new LinkedHashSet<>();
    for (JClassSymbol c = type; c != null; c = c.getEnclosingClass()) {
      if (!result.add(c)) {
        break;
      }
    }
    return result;
  }

  /**
   * Binary names of a type and all its supertypes (erased); empty for primitives, arrays and types
   * without a class symbol.
   */
  public static Set<String> selfAndSupertypeNames(JTypeMirror type) {
    if (type == null || type.isArray() || type.isPrimitive()) {
      return Collections.emptySet();
    }
    Set<String> names = new LinkedHashSet<>();
    JTypeDeclSymbol symbol = type.getSymbol();
    if (symbol instanceof JClassSymbol) {
      JClassSymbol cls = (JClassSymbol) symbol;
      names.add(cls.getBinaryName());
      names.addAll(supertypeNames(cls));
    }
    return names;
  }

  /** The binary name of a type's class, or "" if it has none. */
  public static String binaryName(JTypeMirror type) {
    if (type == null) {
      return "";
    }
    JTypeDeclSymbol symbol = type.getSymbol();
    return symbol instanceof JClassSymbol ? ((JClassSymbol) symbol).getBinaryName() : "";
  }

  private static void addDirectSupertypes(JClassSymbol type, Deque<JClassSymbol> todo) {
    JClassSymbol superclass = type.getSuperclass();
    if (superclass != null) {
      todo.addLast(superclass);
    }
    todo.addAll(type.getSuperInterfaces());
  }
}
