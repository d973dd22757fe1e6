package dev.testleak.testcases.staticcollection.junit5;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A mixin that only declares a shared counter map. */
interface CounterMixin {
  ConcurrentMap<String, Integer> COUNTS = new ConcurrentHashMap<>();
}
