package dev.testleak.spotbugs.samples.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource kept in a local that is handed on too late, or not at all while another one is. */
public class HandedOnLeak {

  @Test
  void handedOnOnlyAfterTheLoop() throws IOException {
    FileInputStream last = null;
    for (String name : List.of("a", "b")) {
      last = new FileInputStream(name); // BUG
      last.read();
    }
    consume(last);
  }

  @Test
  void anotherStreamIsHandedOn() throws Exception {
    try (HandedOnClean.Owner owner = new HandedOnClean.Owner()) {
      for (String name : List.of("a", "b")) {
        FileInputStream kept = new FileInputStream(name); // BUG
        FileInputStream given = new FileInputStream(name);
        owner.register(given);
        kept.read();
      }
    }
  }

  static void consume(FileInputStream in) throws IOException {
    in.close();
  }
}
