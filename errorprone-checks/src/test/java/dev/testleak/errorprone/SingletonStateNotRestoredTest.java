package dev.testleak.errorprone;

import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link SingletonStateNotRestored}, in the order of the checker's decisions: which
 * expressions are singletons, which calls change them, in which code, and what restores them; then
 * the report, suppression and odd code.
 */
final class SingletonStateNotRestoredTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SingletonStateNotRestored.class, getClass())
          .addSourceLines(
              "src/main/java/EventBus.java",
              """
              public final class EventBus {
                private static final EventBus INSTANCE = new EventBus();

                public static EventBus getInstance() {
                  return INSTANCE;
                }

                public void register(Object listener) {}

                public void unregister(Object listener) {}

                public void post(String event) {}

                public void settle() {}

                public static void setGlobal(String value) {}
              }
              """)
          .addSourceLines(
              "src/main/java/Settings.java",
              """
              public final class Settings {
                private static final class Holder {
                  static final Settings INSTANCE = new Settings();
                }

                public static final Settings DEFAULT = new Settings();

                public static Settings get() {
                  return Holder.INSTANCE;
                }

                public static Settings fresh(String name) {
                  return new Settings();
                }

                public void setCurrency(String currency) {}

                public String getCurrency() {
                  return "EUR";
                }

                public void configureRounding(int scale) {}

                public void resetAll() {}
              }
              """)
          .addSourceLines(
              "src/main/java/Flags.java",
              """
              public enum Flags {
                INSTANCE;

                public void enable(String flag) {}

                public void disable(String flag) {}

                public void reset() {}
              }
              """)
          .addSourceLines(
              "src/main/java/Color.java",
              """
              public enum Color {
                RED,
                GREEN;

                public void setShade(int shade) {}
              }
              """);

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(SingletonStateNotRestored.class);
  }

  @Test
  void notSingletonsOrNotChanges() {
    helper
        .addSourceLines(
            "NotSingletonTest.java",
            """
            import java.util.Calendar;
            import java.util.Date;
            import org.junit.jupiter.api.Test;

            class NotSingletonTest {
              @Test
              void t() {
                EventBus own = new EventBus();
                own.register("listener");
                Settings.fresh("x").setCurrency("USD");
                Color.RED.setShade(1);
                Calendar calendar = Calendar.getInstance();
                calendar.setTime(new Date(0L));
                Settings.get().getCurrency();
                EventBus.getInstance().post("order");
                EventBus.getInstance().settle();
                EventBus.setGlobal("static");
                Settings reassigned = Settings.get();
                reassigned = new Settings();
                reassigned.setCurrency("USD");
              }
            }
            """)
        .addSourceLines(
            "src/main/java/Production.java",
            """
            class Production {
              void configure() {
                Settings.get().setCurrency("USD");
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
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class RestoredTest {
              Object listener = new Object();

              @BeforeEach
              void each() {
                EventBus.getInstance().register(listener);
                Settings.get().setCurrency("USD");
              }

              @Test
              void inFinally() {
                Flags.INSTANCE.enable("x");
                try {
                  System.out.println("x");
                } finally {
                  Flags.INSTANCE.reset();
                }
              }

              @Test
              void viaLocal() {
                Settings settings = Settings.DEFAULT;
                settings.configureRounding(3);
                try {
                  System.out.println("x");
                } finally {
                  Settings.DEFAULT.resetAll();
                }
              }

              @AfterEach
              void unregister() {
                EventBus.getInstance().unregister(listener);
              }

              @AfterAll
              static void restoreCurrency() {
                restore();
              }

              private static void restore() {
                Settings.get().setCurrency("EUR");
              }

              @Nested
              class Inner {
                @Test
                void t() {
                  EventBus.getInstance().register("inner");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedWhenNothingRestoresIt() {
    helper
        .addSourceLines(
            "LeakyTest.java",
            """
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class LeakyTest {
              // Disabling is not enabling's restorer: only the same setter or unregister*/reset*/... are.
              @Test
              void changes() {
                // BUG: Diagnostic contains: register(..) changes the state of singleton EventBus.getInstance()
                EventBus.getInstance().register("listener");
                // BUG: Diagnostic contains: setCurrency(..) changes the state of singleton Settings.get()
                Settings.get().setCurrency("USD");
                // BUG: Diagnostic contains: singleton Settings.DEFAULT
                Settings.DEFAULT.configureRounding(1);
                // BUG: Diagnostic contains: enable(..) changes the state of singleton Flags.INSTANCE
                Flags.INSTANCE.enable("dark-mode");
                Flags flags = Flags.INSTANCE;
                // BUG: Diagnostic contains: disable(..) changes the state of singleton Flags.INSTANCE
                flags.disable("cache");
              }

              @Test
              void restoredOutsideFinally() {
                // BUG: Diagnostic contains: register(..)
                EventBus.getInstance().register("listener");
                EventBus.getInstance().unregister("listener");
              }

              @AfterEach
              void doesNotRestore() {
                EventBus.getInstance().post("done");
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
            import org.junit.jupiter.api.Test;

            class MessageTest {
              @Test
              void t() {
                // BUG: Diagnostic matches: MESSAGE
                EventBus.getInstance()
                    .register("listener");
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[SingletonStateNotRestored] "
                        + Catalogue.SINGLETON_STATE_NOT_RESTORED.formatMessage(
                            "register(..)", "EventBus.getInstance()")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import org.junit.jupiter.api.Test;

            @SuppressWarnings("SingletonStateNotRestored")
            class SuppressedTest {
              @Test
              void t() {
                EventBus.getInstance().register("listener");
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
            import java.util.function.Consumer;
            import org.junit.jupiter.api.Test;

            class OddTest {
              record Box(Settings settings) {}

              @Test
              <T> void t(T value) {
                Consumer<Object> register = EventBus.getInstance()::register;
                new Box(Settings.get()).settings().setCurrency("x");
                // BUG: Diagnostic contains: register(..)
                Runnable r = () -> EventBus.getInstance().register(value);
                Object o = new Object() {
                  void inAnonymousClass() {
                    // BUG: Diagnostic contains: enable(..)
                    Flags.INSTANCE.enable("x");
                  }
                };
              }
            }
            """)
        .doTest();
  }
}
