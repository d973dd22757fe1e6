package dev.testleak.testcases.staticcollection.mockito;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Every mock keeps its recorded invocations; a static list of mocks keeps them all for the whole
 * test JVM.
 */
@ExtendWith(MockitoExtension.class)
class RetainedMocksTest {
  private static final List<Supplier<String>> MOCKS = new ArrayList<>();

  @Test
  @SuppressWarnings("unchecked")
  void usesMock() {
    Supplier<String> supplier = mock(Supplier.class);
    MOCKS.add(supplier); // expect: StaticCollectionNeverCleared
    assertNull(supplier.get());
    verify(supplier).get();
  }
}
