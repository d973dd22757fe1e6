package dev.testleak.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JVM-wide settings and how to restore them, and what a singleton looks like. Shared by the
 * engines' JvmSettingNotRestored and SingletonStateNotRestored implementations.
 */
public final class GlobalStateVocabulary {
  private GlobalStateVocabulary() {}

  /**
   * A JVM-wide setting: the calls that change it ({@code owner#name}), the calls that count as
   * restoring it, what messages call it, and whether the first argument is a key (system
   * properties) that must match for a restore to count.
   */
  public record Setting(Set<String> setters, Set<String> restorers, String what, boolean keyed) {}

  public static final List<Setting> SETTINGS =
      List.of(
          new Setting(
              Set.of("java.lang.System#setProperty", "java.lang.System#clearProperty"),
              Set.of("java.lang.System#setProperty", "java.lang.System#clearProperty", "java.lang.System#setProperties"),
              "system property",
              true),
          new Setting(Set.of("java.lang.System#setProperties"), Set.of("java.lang.System#setProperties"), "the system properties", false),
          new Setting(Set.of("java.lang.System#setOut"), Set.of("java.lang.System#setOut"), "System.out", false),
          new Setting(Set.of("java.lang.System#setErr"), Set.of("java.lang.System#setErr"), "System.err", false),
          new Setting(Set.of("java.lang.System#setIn"), Set.of("java.lang.System#setIn"), "System.in", false),
          new Setting(Set.of("java.util.Locale#setDefault"), Set.of("java.util.Locale#setDefault"), "the default Locale", false),
          new Setting(Set.of("java.util.TimeZone#setDefault"), Set.of("java.util.TimeZone#setDefault"), "the default TimeZone", false),
          new Setting(
              Set.of("java.lang.Thread#setDefaultUncaughtExceptionHandler"),
              Set.of("java.lang.Thread#setDefaultUncaughtExceptionHandler"),
              "the default uncaught exception handler",
              false),
          new Setting(
              Set.of("java.net.URL#setURLStreamHandlerFactory"),
              Set.of(),
              "the URL stream handler factory (which can be set only once per JVM)",
              false),
          new Setting(Set.of("java.net.Authenticator#setDefault"), Set.of("java.net.Authenticator#setDefault"), "the default Authenticator", false),
          new Setting(Set.of("java.net.CookieHandler#setDefault"), Set.of("java.net.CookieHandler#setDefault"), "the default CookieHandler", false),
          new Setting(Set.of("java.net.ProxySelector#setDefault"), Set.of("java.net.ProxySelector#setDefault"), "the default ProxySelector", false),
          new Setting(Set.of("java.net.ResponseCache#setDefault"), Set.of("java.net.ResponseCache#setDefault"), "the default ResponseCache", false),
          new Setting(
              Set.of("javax.net.ssl.HttpsURLConnection#setDefaultSSLSocketFactory"),
              Set.of("javax.net.ssl.HttpsURLConnection#setDefaultSSLSocketFactory"),
              "the default SSL socket factory",
              false),
          new Setting(
              Set.of("javax.net.ssl.HttpsURLConnection#setDefaultHostnameVerifier"),
              Set.of("javax.net.ssl.HttpsURLConnection#setDefaultHostnameVerifier"),
              "the default hostname verifier",
              false),
          new Setting(Set.of("javax.net.ssl.SSLContext#setDefault"), Set.of("javax.net.ssl.SSLContext#setDefault"), "the default SSLContext", false),
          new Setting(
              Set.of("java.util.logging.Logger#setLevel"),
              Set.of("java.util.logging.Logger#setLevel", "java.util.logging.LogManager#reset", "java.util.logging.LogManager#readConfiguration"),
              "a java.util.logging logger level",
              false),
          new Setting(
              Set.of("java.util.logging.Logger#addHandler"),
              Set.of("java.util.logging.Logger#removeHandler", "java.util.logging.LogManager#reset"),
              "the handlers of a java.util.logging logger",
              false),
          new Setting(
              Set.of("org.apache.logging.log4j.core.config.Configurator#setLevel", "org.apache.logging.log4j.core.config.Configurator#setRootLevel", "org.apache.logging.log4j.core.config.Configurator#setAllLevels"),
              Set.of("org.apache.logging.log4j.core.config.Configurator#setLevel", "org.apache.logging.log4j.core.config.Configurator#setRootLevel", "org.apache.logging.log4j.core.config.Configurator#setAllLevels", "org.apache.logging.log4j.core.config.Configurator#reconfigure"),
              "a Log4j 2 logger level",
              false),
          new Setting(
              Set.of("ch.qos.logback.classic.Logger#setLevel"),
              Set.of("ch.qos.logback.classic.Logger#setLevel", "ch.qos.logback.classic.LoggerContext#reset"),
              "a Logback logger level",
              false),
          new Setting(
              Set.of("ch.qos.logback.classic.Logger#addAppender"),
              Set.of("ch.qos.logback.classic.Logger#detachAppender", "ch.qos.logback.classic.Logger#detachAndStopAllAppenders", "ch.qos.logback.classic.LoggerContext#reset"),
              "the appenders of a Logback logger",
              false));

  /**
   * What reads the current value of each setting (by {@link Setting#what}): calls ({@code
   * owner#name}) and static fields ({@code owner.name}, e.g. {@code System.out}). A setter whose
   * value is a variable every assignment of which is such a read puts back a saved value: a restore,
   * never a change (docs/rules/JvmSettingNotRestored.md, "Restoring a saved value"). For system
   * properties the key of the read and of the setter must match when both are constants.
   */
  public static final Map<String, Set<String>> READERS =
      Map.ofEntries(
          Map.entry("system property", Set.of("java.lang.System#getProperty")),
          Map.entry("the system properties", Set.of("java.lang.System#getProperties")),
          Map.entry("System.out", Set.of("java.lang.System.out")),
          Map.entry("System.err", Set.of("java.lang.System.err")),
          Map.entry("System.in", Set.of("java.lang.System.in")),
          Map.entry("the default Locale", Set.of("java.util.Locale#getDefault")),
          Map.entry("the default TimeZone", Set.of("java.util.TimeZone#getDefault")),
          Map.entry(
              "the default uncaught exception handler",
              Set.of("java.lang.Thread#getDefaultUncaughtExceptionHandler")),
          Map.entry("the default Authenticator", Set.of("java.net.Authenticator#getDefault")),
          Map.entry("the default CookieHandler", Set.of("java.net.CookieHandler#getDefault")),
          Map.entry("the default ProxySelector", Set.of("java.net.ProxySelector#getDefault")),
          Map.entry("the default ResponseCache", Set.of("java.net.ResponseCache#getDefault")),
          Map.entry(
              "the default SSL socket factory",
              Set.of("javax.net.ssl.HttpsURLConnection#getDefaultSSLSocketFactory")),
          Map.entry(
              "the default hostname verifier",
              Set.of("javax.net.ssl.HttpsURLConnection#getDefaultHostnameVerifier")),
          Map.entry("the default SSLContext", Set.of("javax.net.ssl.SSLContext#getDefault")),
          Map.entry("a java.util.logging logger level", Set.of("java.util.logging.Logger#getLevel")),
          Map.entry(
              "a Log4j 2 logger level",
              Set.of(
                  "org.apache.logging.log4j.Logger#getLevel",
                  "org.apache.logging.log4j.core.Logger#getLevel",
                  "org.apache.logging.log4j.core.config.LoggerConfig#getLevel")),
          Map.entry("a Logback logger level", Set.of("ch.qos.logback.classic.Logger#getLevel")));

  /** The reads of {@code setting}'s current value; empty when a saved value cannot restore it. */
  public static Set<String> readers(Setting setting) {
    return READERS.getOrDefault(setting.what(), Set.of());
  }

  /**
   * {@code System.getProperties()} returns the live system properties: {@link #PROPERTIES_VIEW_RESTORERS}
   * called on its result (directly, or on a local assigned from it) restore system properties, e.g.
   * {@code System.getProperties().remove("key")} in a finally block.
   */
  public static final String PROPERTIES_VIEW = "java.lang.System#getProperties";

  /** Calls on the live system properties that count as restoring a system property. */
  public static final Set<String> PROPERTIES_VIEW_RESTORERS =
      Set.of("remove", "put", "setProperty", "clear", "putAll");

  /** Atomic types (supertypes), whose instances are mutable state. */
  public static final Set<String> ATOMIC_TYPES =
      Set.of(
          "java.util.concurrent.atomic.AtomicBoolean",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong",
          "java.util.concurrent.atomic.AtomicReference",
          "java.util.concurrent.atomic.AtomicIntegerArray",
          "java.util.concurrent.atomic.AtomicLongArray",
          "java.util.concurrent.atomic.AtomicReferenceArray",
          "java.util.concurrent.atomic.LongAdder",
          "java.util.concurrent.atomic.DoubleAdder",
          "java.util.concurrent.atomic.LongAccumulator",
          "java.util.concurrent.atomic.DoubleAccumulator");

  /** Calls that change an atomic (OnceHookStateMutatedByTests: the tests bump shared state). */
  public static final Set<String> ATOMIC_MUTATORS =
      Set.of(
          "set", "lazySet", "getAndSet", "compareAndSet", "incrementAndGet", "getAndIncrement",
          "decrementAndGet", "getAndDecrement", "addAndGet", "getAndAdd", "accumulateAndGet",
          "getAndAccumulate", "updateAndGet", "getAndUpdate", "add", "increment", "decrement", "reset");

  /** Calls that put an atomic back to a known value (a per-test reset). */
  public static final Set<String> ATOMIC_RESETS = Set.of("set", "reset");

  /**
   * Method-name prefixes of calls that change a singleton's state. These follow the JavaBeans and
   * registry conventions of the singleton's own API (not names of test code).
   */
  public static final Set<String> SINGLETON_MUTATOR_PREFIXES =
      Set.of("set", "register", "add", "put", "install", "enable", "disable", "configure");

  /** Method-name prefixes of calls that undo a singleton change (besides calling the same setter). */
  public static final Set<String> SINGLETON_RESTORER_PREFIXES =
      Set.of("unregister", "deregister", "remove", "reset", "clear", "uninstall", "restore");
}
