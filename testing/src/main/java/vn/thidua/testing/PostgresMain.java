package vn.thidua.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an embedded PostgreSQL with a persistent data directory until SIGTERM, for the stack
 * script when no server is reachable: {@code PostgresMain --data-dir DIR [--port 5433]}.
 * Prints {@code READY 127.0.0.1:PORT} once it accepts connections (user postgres, trust auth).
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PostgresServer server;
        try {
            MainArgs options = MainArgs.parse(args, "data-dir", "port");
            server = PostgresServer.startPersistent(Path.of(options.required("data-dir")), options.port("port", 5433));
        } catch (Exception e) {
            System.err.println("PostgreSQL failed to start: " + MainArgs.reason(e));
            System.exit(1);
            return;
        }
        // Zonky's shutdown hook stops the server on SIGTERM
        System.out.println("READY " + server.host() + ":" + server.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
