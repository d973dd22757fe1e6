package dev.testleak.testcases.thread.testng;

import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeSuite;
import org.testng.annotations.Test;

/**
 * TestNG: a scheduler started before the suite and a server channel opened before the class; no
 * @AfterSuite or @AfterClass stops either.
 */
public class TestNGSuiteInfrastructureTest {
  private ScheduledExecutorService scheduler;
  private ServerSocketChannel channel;

  @BeforeSuite
  public void startScheduler() {
    scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: ThreadOrServerNeverStopped
  }

  @BeforeClass
  public void openChannel() throws IOException {
    channel = ServerSocketChannel.open(); // expect: ThreadOrServerNeverStopped
    channel.bind(new InetSocketAddress(0));
  }

  @Test
  public void isReady() {
    assertTrue(channel.isOpen());
    assertTrue(!scheduler.isShutdown());
  }
}
