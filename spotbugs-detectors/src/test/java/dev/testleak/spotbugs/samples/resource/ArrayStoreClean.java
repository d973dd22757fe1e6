package dev.testleak.spotbugs.samples.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resources stored into array elements, straight or through a local: handed on to the array. */
public class ArrayStoreClean {
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void socketsOpenedIntoAnArray(int count) throws IOException {
    ServerSocket[] sockets = new ServerSocket[count];
    for (int i = 0; i < count; i++) {
      sockets[i] = new ServerSocket(0);
    }
    for (ServerSocket socket : sockets) {
      socket.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void streamKeptInALocalThenStoredIntoAnArray(String name) throws IOException {
    FileInputStream[] streams = new FileInputStream[1];
    FileInputStream in = new FileInputStream(name);
    streams[0] = in;
    for (FileInputStream stream : List.of(streams)) {
      stream.close();
    }
  }
}
