package dev.testleak.spotbugs.samples.oncehook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.Mockito;

/** Under @TestInstance(PER_CLASS) an instance field assigned in @BeforeAll lives for the whole class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class OnceHookPerClassLeak {
  List<String> names;
  Supplier<String> supplier;

  @BeforeAll
  void createState() {
    names = new ArrayList<>(); // BUG
    supplier = Mockito.spy(Supplier.class); // BUG
  }

  @Test
  void addsName() {
    names.add("a");
  }

  @Test
  void stubsWithDoReturn() {
    Mockito.doReturn("x").when(supplier).get();
  }
}
