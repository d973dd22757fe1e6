package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Project AutoCloseables that hold something outside the heap, created once per case and never
 * closed: through a field, a field of a field, an inherited field, an AutoCloseable interface, a JDK
 * resource superclass, or a field whose type the analysis cannot see.
 */
public class ProjectCloseablesLeak {
  static Path dir;

  /** Holds an open reader. */
  public static final class Rows implements Closeable {
    private final BufferedReader reader;

    public Rows(Path file) throws IOException {
      reader = Files.newBufferedReader(file);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** Holds a thread pool. */
  public static final class Workers implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }

  /** Holds a project Closeable that holds a socket. */
  public static final class Client implements Closeable {
    private final Connection connection = new Connection();

    @Override
    public void close() throws IOException {
      connection.close();
    }
  }

  /** Holds a socket. */
  public static final class Connection implements Closeable {
    private Socket socket;

    @Override
    public void close() throws IOException {
      if (socket != null) {
        socket.close();
      }
    }
  }

  /** Holds an AutoCloseable whose implementation cannot be seen. */
  public static final class Delegating implements Closeable {
    private AutoCloseable delegate;

    void delegateTo(AutoCloseable target) {
      this.delegate = target;
    }

    @Override
    public void close() throws IOException {
      try {
        delegate.close();
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  /** Holds a channel in a field its subclass inherits. */
  public abstract static class ChannelHolder implements Closeable {
    protected FileChannel channel;

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  public static final class Journal extends ChannelHolder {
    private int entries;
  }

  /** Extends a JDK class that holds something of its own. */
  public static final class PluginLoader extends URLClassLoader {
    public PluginLoader(URL[] urls) {
      super(urls);
    }
  }

  /** Holds a type missing from the analysis' classpath: what it holds cannot be seen. */
  public static final class Checks implements AutoCloseable {
    private final SoftAssertions softly = new SoftAssertions();

    @Override
    public void close() {
      softly.assertAll();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void dropsThemAll(String name) throws Exception {
    Rows rows = new Rows(dir.resolve(name)); // BUG
    Workers workers = new Workers(); // BUG
    Client client = new Client(); // BUG
    Delegating delegating = new Delegating(); // BUG
    Journal journal = new Journal(); // BUG
    PluginLoader loader = new PluginLoader(new URL[0]); // BUG
    Checks checks = new Checks(); // BUG
    System.out.println(rows.hashCode() + workers.hashCode() + client.hashCode() + delegating.hashCode()
        + journal.hashCode() + loader.hashCode() + checks.hashCode());
  }
}
