package dev.testleak.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceHoldingTest {

  /** A tiny type universe: each type knows its superclass, interfaces, fields and abstractness. */
  private static final class Universe implements ResourceHolding.TypeModel<String> {
    private record Declared(String superclass, List<String> interfaces, List<String> fields, boolean isAbstract) {}

    private final Map<String, Declared> types = new HashMap<>();

    Universe declare(String name, String superclass, List<String> interfaces, List<String> fields) {
      types.put(name, new Declared(superclass, interfaces, fields, false));
      return this;
    }

    Universe declareAbstract(String name, List<String> interfaces) {
      types.put(name, new Declared(null, interfaces, List.of(), true));
      return this;
    }

    private Declared declared(String name) {
      Declared d = types.get(name);
      if (d == null) {
        throw new ResourceHolding.UnknownTypeException(name);
      }
      return d;
    }

    @Override
    public String name(String type) {
      return type;
    }

    @Override
    public Set<String> selfAndSupertypeNames(String type) {
      Set<String> names = new LinkedHashSet<>();
      List<String> work = new ArrayList<>(List.of(type));
      while (!work.isEmpty()) {
        String next = work.remove(0);
        if (names.add(next)) {
          Declared d = declared(next);
          if (d.superclass() != null) {
            work.add(d.superclass());
          }
          work.addAll(d.interfaces());
        }
      }
      return names;
    }

    @Override
    public boolean isAbstract(String type) {
      return declared(type).isAbstract();
    }

    @Override
    public String superclass(String type) {
      return declared(type).superclass();
    }

    @Override
    public List<String> instanceFieldTypes(String type) {
      return declared(type).fields();
    }
  }

  private static Universe jdk() {
    Universe u = new Universe();
    u.declare("java.lang.Object", null, List.of(), List.of());
    u.declareAbstract("java.lang.AutoCloseable", List.of());
    u.declareAbstract("java.io.Closeable", List.of("java.lang.AutoCloseable"));
    u.declare("java.io.InputStream", "java.lang.Object", List.of("java.io.Closeable"), List.of());
    u.declare("java.io.FileInputStream", "java.io.InputStream", List.of(), List.of());
    u.declare("java.io.ByteArrayInputStream", "java.io.InputStream", List.of(), List.of());
    u.declare("java.io.FilterInputStream", "java.io.InputStream", List.of(), List.of("java.io.InputStream"));
    u.declare("java.io.DataInputStream", "java.io.FilterInputStream", List.of(), List.of());
    u.declare("java.net.ServerSocket", "java.lang.Object", List.of("java.io.Closeable"), List.of());
    u.declare("java.lang.Thread", "java.lang.Object", List.of(), List.of());
    u.declare("java.lang.String", "java.lang.Object", List.of(), List.of());
    return u;
  }

  private static boolean holds(Universe u, String type) {
    return new ResourceHolding<>(u).holdsResource(type);
  }

  @Test
  void jdkTypesAreDecidedByTheVocabulary() {
    Universe u = jdk();
    assertThat(holds(u, "java.io.FileInputStream")).isTrue();
    assertThat(holds(u, "java.net.ServerSocket")).isTrue();
    assertThat(holds(u, "java.io.ByteArrayInputStream")).isFalse();
  }

  @Test
  void aProjectCloseableWithOnlyPlainFieldsHoldsNothing() {
    Universe u = jdk().declare("p.StopWatch", "java.lang.Object", List.of("java.io.Closeable"), List.of("java.lang.String"));
    assertThat(holds(u, "p.StopWatch")).isFalse();
  }

  @Test
  void aProjectCloseableWithAStreamOrThreadFieldHoldsIt() {
    Universe u = jdk()
        .declare("p.Lines", "java.lang.Object", List.of("java.io.Closeable"), List.of("java.io.InputStream"))
        .declare("p.Worker", "java.lang.Object", List.of("java.lang.AutoCloseable"), List.of("java.lang.Thread"));
    assertThat(holds(u, "p.Lines")).isTrue();
    assertThat(holds(u, "p.Worker")).isTrue();
  }

  @Test
  void inMemoryBuffersAndDecoratorsOverThemHoldNothing() {
    // Hadoop's DefaultStringifier: DataOutputBuffer extends DataOutputStream over a ByteArray buffer.
    Universe u = jdk()
        .declare("h.Buffer", "java.io.ByteArrayInputStream", List.of(), List.of())
        .declare("h.DataInputBuffer", "java.io.DataInputStream", List.of(), List.of("h.Buffer"))
        .declareAbstract("h.Deserializer", List.of())
        .declare("h.Stringifier", "java.lang.Object", List.of("java.io.Closeable"), List.of("h.DataInputBuffer", "h.Deserializer"));
    assertThat(holds(u, "h.Stringifier")).isFalse();
  }

  @Test
  void heldThroughAChainOfProjectCloseables() {
    Universe u = jdk()
        .declare("p.Inner", "java.lang.Object", List.of("java.io.Closeable"), List.of("java.net.ServerSocket"))
        .declare("p.Outer", "java.lang.Object", List.of("java.io.Closeable"), List.of("p.Inner"));
    assertThat(holds(u, "p.Outer")).isTrue();
  }

  @Test
  void fieldsOfProjectSuperclassesCount() {
    Universe u = jdk()
        .declare("p.Base", "java.lang.Object", List.of("java.io.Closeable"), List.of("java.io.InputStream"))
        .declare("p.Sub", "p.Base", List.of(), List.of());
    assertThat(holds(u, "p.Sub")).isTrue();
  }

  @Test
  void aJdkResourceSuperclassHoldsButAStreamBaseClassDoesNot() {
    Universe u = jdk()
        .declare("p.MyServer", "java.net.ServerSocket", List.of(), List.of())
        .declare("p.QueueInputStream", "java.io.InputStream", List.of(), List.of())
        .declare("p.Counting", "java.io.FilterInputStream", List.of(), List.of());
    assertThat(holds(u, "p.MyServer")).isTrue();
    assertThat(holds(u, "p.QueueInputStream")).isFalse();
    assertThat(holds(u, "p.Counting")).isFalse();
  }

  @Test
  void anAutoCloseableInterfaceFieldMightHoldAnything() {
    Universe u = jdk()
        .declareAbstract("p.Connection", List.of("java.lang.AutoCloseable"))
        .declare("p.Pool", "java.lang.Object", List.of("java.io.Closeable"), List.of("p.Connection"));
    assertThat(holds(u, "p.Pool")).isTrue();
  }

  @Test
  void aCycleOfFieldsTerminatesAndHoldsNothing() {
    Universe u = jdk()
        .declare("p.A", "java.lang.Object", List.of("java.io.Closeable"), List.of("p.B"))
        .declare("p.B", "java.lang.Object", List.of("java.io.Closeable"), List.of("p.A"));
    assertThat(holds(u, "p.A")).isFalse();
  }

  @Test
  void anUnresolvableFieldTypeCountsAsHolding() {
    Universe u = jdk()
        .declare("p.Partial", "java.lang.Object", List.of("java.io.Closeable"), List.of("missing.Type"));
    assertThat(holds(u, "p.Partial")).isTrue();
  }

  @Test
  void aChainDeeperThanTheLimitCountsAsHolding() {
    Universe u = jdk();
    String previous = "java.lang.String";
    for (int i = 0; i <= ResourceHolding.MAX_DEPTH + 1; i++) {
      u.declare("p.L" + i, "java.lang.Object", List.of("java.io.Closeable"), List.of(previous));
      previous = "p.L" + i;
    }
    assertThat(holds(u, previous)).isTrue();
    assertThat(holds(u, "p.L0")).isFalse();
  }
}
