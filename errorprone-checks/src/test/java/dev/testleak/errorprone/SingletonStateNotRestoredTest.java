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
              import java.util.ArrayList;
              import java.util.List;

              public final class EventBus {
                private static final EventBus INSTANCE = new EventBus();

                private final List<Object> listeners = new ArrayList<>();

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

                private String currency = "EUR";

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
              import java.util.concurrent.atomic.AtomicInteger;

              public enum Flags {
                INSTANCE;

                private final AtomicInteger enabled = new AtomicInteger();

                public void enable(String flag) {}

                public void disable(String flag) {}

                public void reset() {}
              }
              """)
          .addSourceLines(
              "src/main/java/FileSystemSpec.java",
              """
              import java.util.ArrayList;
              import java.util.List;

              public final class FileSystemSpec {
                private final List<String> users = new ArrayList<>();

                public static FileSystemSpec newLinux() {
                  return new FileSystemSpec();
                }

                public FileSystemSpec addUser(String user) {
                  users.add(user);
                  return this;
                }
              }
              """)
          .addSourceLines(
              "src/main/java/LookupFactory.java",
              """
              import java.util.Map;

              public final class LookupFactory {
                public static final LookupFactory INSTANCE = new LookupFactory();

                private final String[] fences = {"/tmp"};

                private final Object lock = new Object();

                public static LookupFactory getInstance() {
                  return INSTANCE;
                }

                public void addDefaultLookups(Map<String, String> target) {
                  target.put("fences", String.join(",", fences));
                }
              }
              """)
          .addSourceLines(
              "src/main/java/Counter.java",
              """
              public class Counter {
                protected long count;
              }
              """)
          .addSourceLines(
              "src/main/java/LazyCounter.java",
              """
              public final class LazyCounter extends Counter {
                private static LazyCounter instance;

                public static LazyCounter get() {
                  if (instance == null) {
                    instance = new LazyCounter();
                  }
                  return instance;
                }

                public void setCount(long count) {
                  this.count = count;
                }
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
  void factoriesAndStatelessSingletons() {
    helper
        .addSourceLines(
            "FactoriesAndStatelessSingletonsTest.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class FactoriesAndStatelessSingletonsTest {
              // No static field keeps a FileSystemSpec: newLinux() is a factory, not an accessor.
              @Test
              void buildsWithUser() {
                FileSystemSpec.newLinux().addUser("alice");
                FileSystemSpec spec = FileSystemSpec.newLinux();
                spec.addUser("bob");
              }

              // Only final fields of other types than containers and atomics: nothing to carry over.
              @Test
              void fillsTheGivenMap() {
                Map<String, String> lookups = new HashMap<>();
                LookupFactory.INSTANCE.addDefaultLookups(lookups);
                LookupFactory.getInstance().addDefaultLookups(lookups);
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

              // The trailing call of the same setter restores the change before it: not a change.
              @Test
              void setterRestoredOutsideFinally() {
                String previous = Settings.get().getCurrency();
                // BUG: Diagnostic contains: setCurrency(..) changes the state of singleton Settings.get()
                Settings.get().setCurrency("USD");
                System.out.println(Settings.get().getCurrency());
                Settings.get().setCurrency(previous);
              }

              // A lazily kept instance, whose state a superclass declares.
              @Test
              void lazySingletonWithInheritedState() {
                // BUG: Diagnostic contains: setCount(..) changes the state of singleton LazyCounter.get()
                LazyCounter.get().setCount(5);
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
