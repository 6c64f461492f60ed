import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * <p>Usage: {@code java -cp <classpath> LocalNeo4j.java <port> <homeDir> [--watch-stdin]}.
 * Prints one line {@code READY bolt://127.0.0.1:<port>} once the database accepts connections.
 * Shuts down cleanly on SIGINT/SIGTERM and, with --watch-stdin, when its parent closes stdin
 * (so a crashed parent never leaves this process behind).
 */
public final class LocalNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j <port> <homeDir> [--watch-stdin]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath();
    boolean watchStdin = args.length > 2 && args[2].equals("--watch-stdin");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Loopback only and a throwaway local store: authentication adds nothing here.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
            // Bolt otherwise waits 5 s twice on shutdown for connections a local store never has.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    if (watchStdin) {
      Thread watcher = new Thread(() -> waitForEof(System.in), "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    System.out.println("READY bolt://" + HOST + ":" + port);
    System.out.flush();
    stopped.await();
  }

  private static void waitForEof(InputStream in) {
    try {
      while (in.read() != -1) {
        // Drain: the parent only ever closes this stream.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, same as EOF.
    }
    System.exit(0);
  }
}
