package dev.testleak.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link JvmSettingNotRestored}, in the order of the checker's decisions: which calls
 * change a JVM-wide setting, in which code, and what restores it; then the report, suppression, odd
 * code and the fixes.
 */
final class JvmSettingNotRestoredTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(JvmSettingNotRestored.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(JvmSettingNotRestored.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(JvmSettingNotRestored.class);
  }

  @Test
  void callsThatChangeNoSettingAndProductionCode() {
    helper
        .addSourceLines(
            "ReadsTest.java",
            """
            import java.util.Locale;
            import java.util.Properties;
            import org.junit.jupiter.api.Test;

            class ReadsTest {
              @Test
              void t() {
                System.getProperty("a");
                Locale.getDefault();
                new Properties().setProperty("a", "b");
              }
            }
            """)
        .addSourceLines(
            "src/main/java/Production.java",
            """
            import java.util.Locale;

            class Production {
              void configure() {
                Locale.setDefault(Locale.GERMANY);
                System.setProperty("a", "b");
              }
            }
            """)
        .doTest();
  }

  @Test
  void restoredInFinallyOrTeardown() {
    helper
        .addSourceLines(
            "RestoredTest.java",
            """
            import java.io.PrintStream;
            import java.util.Locale;
            import java.util.TimeZone;
            import java.util.logging.Handler;
            import java.util.logging.Level;
            import java.util.logging.Logger;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class RestoredTest {
              static final Logger LOGGER = Logger.getLogger("x");
              Handler handler;
              PrintStream out;

              @BeforeAll
              static void once() {
                System.setProperty("app.env", "test");
                LOGGER.setLevel(Level.FINE);
              }

              @BeforeEach
              void each() {
                out = System.out;
                System.setOut(new PrintStream(System.out));
                LOGGER.addHandler(handler);
                System.setProperty(key(), "x");
              }

              static String key() {
                return "dynamic";
              }

              @Test
              void inFinally() {
                Locale previous = Locale.getDefault();
                Locale.setDefault(Locale.GERMANY);
                try {
                  System.out.println(previous);
                } finally {
                  Locale.setDefault(previous);
                }
              }

              @Test
              void viaHelperInFinally() {
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                try {
                  System.out.println("x");
                } finally {
                  restoreZone();
                }
              }

              private void restoreZone() {
                // A restoring helper that no teardown calls changes the setting itself.
                // BUG: Diagnostic contains: TimeZone.setDefault(..)
                TimeZone.setDefault(null);
              }

              @AfterEach
              void restore() {
                System.setOut(out);
                LOGGER.removeHandler(handler);
                System.clearProperty("other");
              }

              @AfterAll
              static void restoreAll() {
                System.clearProperty("app.env");
                LOGGER.setLevel(null);
              }
            }
            """)
        .addSourceLines(
            "RestoringBase.java",
            """
            import java.util.Locale;
            import org.junit.After;

            public abstract class RestoringBase {
              @After
              public void restoreLocale() {
                Locale.setDefault(Locale.ROOT);
              }
            }
            """)
        .addSourceLines(
            "InheritsRestoreTest.java",
            """
            import java.util.Locale;
            import org.junit.Test;

            public class InheritsRestoreTest extends RestoringBase {
              @Test
              public void t() {
                Locale.setDefault(Locale.FRANCE);
              }
            }
            """)
        .addSourceLines(
            "TimeZoneRule.java",
            """
            import java.util.TimeZone;
            import org.junit.rules.ExternalResource;

            class TimeZoneRule extends ExternalResource {
              private TimeZone previous;

              @Override
              protected void before() {
                previous = TimeZone.getDefault();
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
              }

              @Override
              protected void after() {
                TimeZone.setDefault(previous);
              }
            }
            """)
        .doTest();
  }

  @Test
  void restoredThroughTheLiveSystemProperties() {
    helper
        .addSourceLines(
            "LivePropertiesTest.java",
            """
            import java.util.Properties;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class LivePropertiesTest {
              @Test
              void removed() {
                System.setProperty("app.greeting", "hello");
                try {
                  System.out.println(System.getProperty("app.greeting"));
                } finally {
                  System.getProperties().remove("app.greeting");
                }
              }

              @Test
              void viaLocal() {
                Properties live = System.getProperties();
                System.setProperty("app.mode", "test");
                try {
                  System.out.println(System.getProperty("app.mode"));
                } finally {
                  live.setProperty("app.mode", "prod");
                }
              }

              @Test
              void clearedInTeardown() {
                System.clearProperty("app.cleared");
              }

              @AfterEach
              void restoreAll() {
                Properties saved = new Properties();
                System.getProperties().clear();
                System.getProperties().putAll(saved);
              }
            }
            """)
        .addSourceLines(
            "OtherPropertiesTest.java",
            """
            import java.util.Properties;
            import org.junit.jupiter.api.Test;

            class OtherPropertiesTest {
              @Test
              void otherKeyRemoved() {
                // BUG: Diagnostic contains: system property 'app.a'
                System.setProperty("app.a", "1");
                try {
                  System.out.println("x");
                } finally {
                  System.getProperties().remove("app.b");
                }
              }

              @Test
              void removedFromACopy() {
                Properties copy = new Properties();
                // BUG: Diagnostic contains: system property 'app.c'
                System.setProperty("app.c", "1");
                try {
                  System.out.println("x");
                } finally {
                  copy.remove("app.c");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void restoredByTheCloseOfARestorerObject() {
    helper
        .addSourceLines(
            "RestorerObjectTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.PrintStream;
            import java.util.Locale;
            import org.junit.jupiter.api.Test;

            class RestorerObjectTest {
              static final class StderrCapture implements AutoCloseable {
                private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                private final PrintStream saved;
                private PrintStream savedOut;

                StderrCapture() {
                  saved = System.err;
                  System.setErr(new PrintStream(bytes));
                }

                void captureOut() {
                  savedOut = System.out;
                  System.setOut(new PrintStream(bytes));
                }

                @Override
                public void close() {
                  restore();
                }

                private void restore() {
                  System.setErr(saved);
                  if (savedOut != null) {
                    System.setOut(savedOut);
                  }
                }
              }

              /** Changes nothing itself: the setter in its close() is a restore. */
              static final class LocaleGuard implements AutoCloseable {
                private final Locale saved = Locale.getDefault();

                @Override
                public void close() {
                  Locale.setDefault(saved);
                }
              }

              static class PropertyRestorer implements AutoCloseable {
                @Override
                public void close() {
                  System.clearProperty("app.mode");
                }
              }

              /** Its superclass's close() is its teardown callback too. */
              static final class ModePin extends PropertyRestorer {
                ModePin() {
                  System.setProperty("app.mode", "test");
                }
              }

              @Test
              void t() {
                try (StderrCapture capture = new StderrCapture();
                    LocaleGuard guard = new LocaleGuard();
                    ModePin pin = new ModePin()) {
                  capture.captureOut();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void savedValuePutBackIsARestore() {
    helper
        .addSourceLines(
            "org/apache/logging/log4j/Level.java",
            "package org.apache.logging.log4j;",
            "public final class Level {}")
        .addSourceLines(
            "org/apache/logging/log4j/Logger.java",
            "package org.apache.logging.log4j;",
            "public interface Logger { String getName(); Level getLevel(); }")
        .addSourceLines(
            "org/apache/logging/log4j/LogManager.java",
            "package org.apache.logging.log4j;",
            "public final class LogManager {",
            "  public static Logger getLogger(String name) { return null; }",
            "}")
        .addSourceLines(
            "org/apache/logging/log4j/core/config/Configurator.java",
            "package org.apache.logging.log4j.core.config;",
            "import org.apache.logging.log4j.Level;",
            "public final class Configurator {",
            "  public static void setLevel(String name, Level level) {}",
            "}")
        .addSourceLines(
            "SavedValueTest.java",
            """
            import java.io.PrintStream;
            import java.util.Locale;
            import java.util.logging.Level;
            import java.util.logging.Logger;
            import org.apache.logging.log4j.LogManager;
            import org.apache.logging.log4j.core.config.Configurator;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class SavedValueTest {
              private static final PrintStream ORIGINAL_OUT = System.out;
              private final Locale locale;
              private PrintStream err;

              SavedValueTest() {
                locale = Locale.getDefault();
              }

              @BeforeEach
              void save() {
                err = System.err;
              }

              @Test
              void localsPutBackOutsideFinally() {
                Logger logger = Logger.getLogger("x");
                Level saved = logger.getLevel();
                logger.setLevel((saved));
                Locale previous;
                previous = Locale.getDefault();
                Locale.setDefault(previous);
              }

              /** hbase-common's TestLog4jUtils: the code under test changed the level. */
              @Test
              void log4jLevelPutBack() {
                org.apache.logging.log4j.Logger zk = LogManager.getLogger("zk");
                org.apache.logging.log4j.Level zkLevel = zk.getLevel();
                Configurator.setLevel(zk.getName(), zkLevel);
              }

              @Test
              void fieldsPutBack() {
                System.setOut(ORIGINAL_OUT);
                System.setErr(err);
                Locale.setDefault(locale);
              }

              @Test
              void propertySavedWithTheSameKey() {
                String home = System.getProperty("app.home");
                System.setProperty("app.home", home);
                // Keys that are not both constants match.
                String key = "app." + System.nanoTime();
                String any = System.getProperty("app.other");
                System.setProperty(key, any);
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedWhenNothingRestoresIt() {
    helper
        .addSourceLines(
            "DynamicKeyTest.java",
            """
            import org.junit.jupiter.api.Test;

            class DynamicKeyTest {
              @Test
              void t() {
                String key = "k" + System.nanoTime();
                // BUG: Diagnostic contains: System.clearProperty(..) changes a system property
                System.clearProperty(key);
              }
            }
            """)
        .addSourceLines(
            "LeakyTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.PrintStream;
            import java.net.ProxySelector;
            import java.net.URL;
            import java.util.Locale;
            import java.util.logging.Logger;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class LeakyTest {
              @Test
              void changes() {
                // BUG: Diagnostic contains: Locale.setDefault(..) changes the default Locale
                Locale.setDefault(Locale.GERMANY);
                // BUG: Diagnostic contains: System.setProperty(..) changes system property 'app.env'
                System.setProperty("app.env", "test");
                // BUG: Diagnostic contains: System.setOut(..) changes System.out
                System.setOut(new PrintStream(new ByteArrayOutputStream()));
                // BUG: Diagnostic contains: ProxySelector.setDefault(..)
                ProxySelector.setDefault(null);
                // BUG: Diagnostic contains: Logger.addHandler(..)
                Logger.getLogger("x").addHandler(null);
                // BUG: Diagnostic contains: URL.setURLStreamHandlerFactory(..)
                URL.setURLStreamHandlerFactory(null);
              }

              @Test
              void restoredOutsideFinally() {
                Locale previous = Locale.getDefault();
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Locale.setDefault(Locale.GERMANY);
                System.out.println(previous);
                // The trailing call of the same setter restores the change before it, not a change.
                Locale.setDefault(previous);
              }

              @Test
              void propertyRestoredOutsideFinally() {
                // BUG: Diagnostic contains: system property 'app.trailing'
                String previous = System.setProperty("app.trailing", "x");
                System.out.println(previous);
                System.setProperty("app.trailing", previous);
                // A later change of another key is a change of its own.
                // BUG: Diagnostic contains: system property 'app.another'
                System.setProperty("app.another", "y");
              }

              @Test
              void otherKeyRestored() {
                // BUG: Diagnostic contains: system property 'app.mode'
                System.setProperty("app.mode", "test");
              }

              @AfterEach
              void restoreOther() {
                System.clearProperty("app.other");
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedWhenCloseRestoresAnotherSettingOrIsNoAutoCloseable() {
    helper
        .addSourceLines(
            "ForgetfulRestorersTest.java",
            """
            import java.io.PrintStream;
            import java.util.Locale;
            import java.util.TimeZone;
            import org.junit.jupiter.api.Test;

            class ForgetfulRestorersTest {
              static final class ZonePin implements AutoCloseable {
                private final Locale savedLocale = Locale.getDefault();

                ZonePin(String zone) {
                  // BUG: Diagnostic contains: TimeZone.setDefault(..) changes the default TimeZone
                  TimeZone.setDefault(TimeZone.getTimeZone(zone));
                }

                @Override
                public void close() {
                  Locale.setDefault(savedLocale);
                }
              }

              static final class PropertyPin implements AutoCloseable {
                PropertyPin() {
                  // BUG: Diagnostic contains: system property 'app.mode'
                  System.setProperty("app.mode", "test");
                }

                @Override
                public void close() {
                  System.clearProperty("app.other");
                }
              }

              /** Has a close(), but nothing closes what is not AutoCloseable: not a restorer. */
              static final class ErrSwap {
                private final PrintStream saved = System.err;

                ErrSwap() {
                  // BUG: Diagnostic contains: System.setErr(..)
                  System.setErr(System.out);
                }

                void close() {
                  // Puts back the saved value: a restore wherever it stands, though nothing calls it.
                  System.setErr(saved);
                }
              }

              @Test
              void t() {
                try (ZonePin zone = new ZonePin("UTC");
                    PropertyPin pin = new PropertyPin()) {
                  new ErrSwap().close();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedWhenTheValueSetWasNotSavedFromTheSameSetting() {
    helper
        .addSourceLines(
            "UnsavedValueTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.PrintStream;
            import java.util.List;
            import java.util.Locale;
            import java.util.logging.Level;
            import java.util.logging.Logger;
            import org.junit.jupiter.api.Test;

            class UnsavedValueTest {
              private static PrintStream out = System.out;

              static void capture() {
                out = new PrintStream(new ByteArrayOutputStream());
              }

              @Test
              void savedInOneBranchOnly() {
                Logger logger = Logger.getLogger("x");
                Level level;
                if (System.nanoTime() > 0) {
                  level = logger.getLevel();
                } else {
                  level = Level.OFF;
                }
                // BUG: Diagnostic contains: Logger.setLevel(..)
                logger.setLevel(level);
              }

              @Test
              void anotherKeysValue() {
                String other = System.getProperty("app.other");
                // BUG: Diagnostic contains: system property 'app.home'
                System.setProperty("app.home", other);
              }

              @Test
              void anotherSettingsValue() {
                PrintStream err = System.err;
                // BUG: Diagnostic contains: System.setOut(..)
                System.setOut(err);
              }

              @Test
              void anExpressionNotAVariable() {
                Locale saved = Locale.getDefault();
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Locale.setDefault(saved != null ? saved : Locale.ROOT);
              }

              @Test
              void fieldAlsoAssignedAnotherValue() {
                // BUG: Diagnostic contains: System.setOut(..)
                System.setOut(out);
              }

              /** A field never assigned holds null, which the setter installs. */
              private static PrintStream neverAssigned;

              @Test
              void fieldNeverAssigned() {
                // BUG: Diagnostic contains: System.setErr(..)
                System.setErr(neverAssigned);
              }

              @Test
              void changedAfterSaving() {
                String home = System.getProperty("app.home");
                home += "/sub";
                // BUG: Diagnostic contains: system property 'app.home'
                System.setProperty("app.home", home);
                for (Locale each : List.of(Locale.GERMANY)) {
                  // BUG: Diagnostic contains: Locale.setDefault(..)
                  Locale.setDefault(each);
                  each = Locale.getDefault();
                }
              }

              @Test
              void aKeyIsNoValue() {
                String saved = System.getProperty("app.key");
                // BUG: Diagnostic contains: System.clearProperty(..)
                System.clearProperty(saved);
              }

              void parameter(Locale given) {
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Locale.setDefault(given);
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedWithTheCatalogueMessage() {
    helper
        .addSourceLines(
            "MessageTest.java",
            """
            import java.util.Locale;
            import org.junit.jupiter.api.Test;

            class MessageTest {
              @Test
              void formatsInGerman() {
                // BUG: Diagnostic matches: MESSAGE
                Locale
                    .setDefault(Locale.GERMANY);
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[JvmSettingNotRestored] "
                        + Catalogue.JVM_SETTING_NOT_RESTORED.formatMessage(
                            "Locale.setDefault(..)", "the default Locale")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import java.util.Locale;
            import org.junit.jupiter.api.Test;

            class SuppressedTest {
              @Test
              @SuppressWarnings("JvmSettingNotRestored")
              void t() {
                Locale.setDefault(Locale.GERMANY);
              }
            }
            """)
        .doTest();
  }

  @Test
  void oddCodeDoesNotCrash() {
    helper
        .addSourceLines(
            "OddTest.java",
            """
            import java.util.Locale;
            import java.util.function.Consumer;
            import org.junit.jupiter.api.Test;

            class OddTest {
              static {
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Locale.setDefault(Locale.ROOT);
              }

              enum Mode {
                ON;

                void apply() {
                  // BUG: Diagnostic contains: system property 'mode'
                  System.setProperty("mode", name());
                }
              }

              @Test
              void t() {
                Consumer<Locale> setter = Locale::setDefault;
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Runnable r = () -> Locale.setDefault(Locale.US);
              }

              @Test
              void category() {
                // BUG: Diagnostic contains: Locale.setDefault(..)
                Locale.setDefault(Locale.Category.FORMAT, Locale.US);
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixRestoresTheSystemPropertyInFinally() {
    refactoring
        .addInputLines(
            "PropertyTest.java",
            """
            import org.junit.jupiter.api.Test;

            class PropertyTest {
              static final String KEY = "app.env";

              @Test
              void t() {
                int previous = 1;
                System.setProperty(KEY, "test");
                System.out.println(System.getProperty(KEY) + previous);
              }

              @Test
              void last() {
                System.setProperty("app.last", "x");
              }
            }
            """)
        .addOutputLines(
            "PropertyTest.java",
            """
            import org.junit.jupiter.api.Test;

            class PropertyTest {
              static final String KEY = "app.env";

              @Test
              void t() {
                int previous = 1;
                String previous2 = System.setProperty(KEY, "test");
                try {
                  System.out.println(System.getProperty(KEY) + previous);
                } finally {
                  if (previous2 == null) {
                    System.clearProperty(KEY);
                  } else {
                    System.setProperty(KEY, previous2);
                  }
                }
              }

              @Test
              void last() {
                String previous2 = System.setProperty("app.last", "x");
                try {
                } finally {
                  if (previous2 == null) {
                    System.clearProperty("app.last");
                  } else {
                    System.setProperty("app.last", previous2);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixRestoresDefaultsAndStandardStreamsInFinally() {
    refactoring
        .addInputLines(
            "DefaultsTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.PrintStream;
            import java.util.Locale;
            import java.util.TimeZone;
            import org.junit.jupiter.api.Test;

            class DefaultsTest {
              @Test
              void locale() {
                Locale.setDefault(Locale.GERMANY);
                System.out.println(1.5);
              }

              @Test
              void timeZone() {
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                System.out.println(TimeZone.getDefault());
              }

              @Test
              void out() {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                System.setOut(new PrintStream(buffer));
                System.out.println("captured");
              }
            }
            """)
        .addOutputLines(
            "DefaultsTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.PrintStream;
            import java.util.Locale;
            import java.util.TimeZone;
            import org.junit.jupiter.api.Test;

            class DefaultsTest {
              @Test
              void locale() {
                Locale previous = Locale.getDefault();
                Locale.setDefault(Locale.GERMANY);
                try {
                  System.out.println(1.5);
                } finally {
                  Locale.setDefault(previous);
                }
              }

              @Test
              void timeZone() {
                TimeZone previous = TimeZone.getDefault();
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                try {
                  System.out.println(TimeZone.getDefault());
                } finally {
                  TimeZone.setDefault(previous);
                }
              }

              @Test
              void out() {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                PrintStream previous = System.out;
                System.setOut(new PrintStream(buffer));
                try {
                  System.out.println("captured");
                } finally {
                  System.setOut(previous);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void noFixWhenTheChangeIsNotAStatementOrTheKeyHasSideEffects() {
    refactoring
        .addInputLines(
            "NoFixTest.java",
            """
            import java.util.Locale;
            import org.junit.jupiter.api.Test;

            class NoFixTest {
              @Test
              void t() {
                Runnable r = () -> Locale.setDefault(Locale.US);
                System.setProperty(key(), "v");
                Locale.setDefault(Locale.Category.FORMAT, Locale.US);
              }

              static String key() {
                return "k";
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
