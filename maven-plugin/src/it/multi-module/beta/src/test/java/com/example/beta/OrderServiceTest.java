package com.example.beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
  private static final List<String> CREATED = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  @AfterEach
  void tearDown() {
    log.clear();
  }

  @Test
  void createsOrder() {
    CREATED.add("book"); // expect: StaticCollectionNeverCleared
    assertEquals(1, CREATED.size());
  }
}
