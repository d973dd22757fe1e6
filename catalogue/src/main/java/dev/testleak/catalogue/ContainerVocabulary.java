package dev.testleak.catalogue;

import java.util.Set;

/**
 * What testleak knows about containers that can grow: which types are mutable containers, which
 * methods grow or empty them, which factories make immutable ones and which are weak-keyed. Shared by
 * the three engines so they agree on what "grown" and "cleared" mean.
 */
public final class ContainerVocabulary {
  private ContainerVocabulary() {}

  /**
   * Container supertypes (binary names): a static field whose type is a subtype of one of these can
   * grow. Arrays are deliberately absent (they cannot grow); {@code StringBuilder} and {@code
   * StringBuffer} are present because appending grows them without bound.
   */
  public static final Set<String> GROWABLE_TYPES =
      Set.of(
          "java.util.Collection",
          "java.util.Map",
          "com.google.common.collect.Multimap",
          "com.google.common.collect.Table",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer");

  /** Instance methods that add elements to a container. */
  public static final Set<String> GROW_METHODS =
      Set.of(
          "add",
          "addAll",
          "addFirst",
          "addLast",
          "addElement",
          "offer",
          "offerFirst",
          "offerLast",
          "push",
          "put",
          "putAll",
          "putIfAbsent",
          "compute",
          "computeIfAbsent",
          "merge",
          "append",
          "insert",
          "replaceValues",
          "setCount");

  /**
   * Static methods {@code owner#name} that add to their first argument, e.g. {@code
   * Collections.addAll(list, ...)}.
   */
  public static final Set<String> STATIC_GROW_METHODS =
      Set.of("java.util.Collections#addAll", "com.google.common.collect.Iterables#addAll");

  /** Instance methods that remove elements from (or empty) a container. */
  public static final Set<String> SHRINK_METHODS =
      Set.of(
          "clear",
          "remove",
          "removeAll",
          "removeIf",
          "retainAll",
          "removeFirst",
          "removeLast",
          "removeElement",
          "removeAllElements",
          "poll",
          "pollFirst",
          "pollLast",
          "pop",
          "take",
          "drainTo",
          "setLength",
          "delete",
          "deleteCharAt");

  /**
   * Static factory owners and methods ({@code owner#name}, {@code owner#*} for all) whose result is
   * immutable or fixed-size, so a field initialised with them cannot grow.
   */
  public static final Set<String> IMMUTABLE_FACTORIES =
      Set.of(
          "java.util.List#of",
          "java.util.List#copyOf",
          "java.util.Set#of",
          "java.util.Set#copyOf",
          "java.util.Map#of",
          "java.util.Map#ofEntries",
          "java.util.Map#copyOf",
          "java.util.Arrays#asList",
          "java.util.Collections#unmodifiableCollection",
          "java.util.Collections#unmodifiableList",
          "java.util.Collections#unmodifiableSet",
          "java.util.Collections#unmodifiableSortedSet",
          "java.util.Collections#unmodifiableNavigableSet",
          "java.util.Collections#unmodifiableMap",
          "java.util.Collections#unmodifiableSortedMap",
          "java.util.Collections#unmodifiableNavigableMap",
          "java.util.Collections#emptyList",
          "java.util.Collections#emptySet",
          "java.util.Collections#emptyMap",
          "java.util.Collections#singleton",
          "java.util.Collections#singletonList",
          "java.util.Collections#singletonMap");

  /** Prefix of Guava's immutable collection types; all their factories make immutable containers. */
  public static final String GUAVA_IMMUTABLE_PREFIX = "com.google.common.collect.Immutable";

  /** Containers whose keys are weakly held, so entries vanish when the key is unreachable. */
  public static final Set<String> WEAK_KEYED_TYPES = Set.of("java.util.WeakHashMap");

  /** Builder methods that make the built map weak-keyed (Guava MapMaker, Caffeine, Guava CacheBuilder). */
  public static final Set<String> WEAK_KEY_BUILDER_METHODS = Set.of("weakKeys");

  /** A short word for the kind of container a type is, for messages. */
  public static String kindOf(Set<String> supertypes) {
    if (supertypes.contains("java.lang.StringBuilder") || supertypes.contains("java.lang.StringBuffer")) {
      return "StringBuilder";
    }
    if (supertypes.contains("com.google.common.collect.Multimap")) {
      return "multimap";
    }
    if (supertypes.contains("com.google.common.collect.Table")) {
      return "table";
    }
    if (supertypes.contains("java.util.Map")) {
      return "map";
    }
    if (supertypes.contains("java.util.Deque")) {
      return "deque";
    }
    if (supertypes.contains("java.util.Queue")) {
      return "queue";
    }
    if (supertypes.contains("java.util.List")) {
      return "list";
    }
    if (supertypes.contains("java.util.Set")) {
      return "set";
    }
    return "collection";
  }
}
