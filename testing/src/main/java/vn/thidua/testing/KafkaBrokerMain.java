package vn.thidua.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a Kafka broker until SIGTERM, for the stack script:
 * {@code KafkaBrokerMain --data-dir DIR [--port 9092] [--controller-port 9093]}.
 * Prints {@code READY 127.0.0.1:PORT} once clients can connect.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KafkaBroker broker;
        try {
            MainArgs options = MainArgs.parse(args, "data-dir", "port", "controller-port");
            broker = KafkaBroker.start(Path.of(options.required("data-dir")),
                    options.port("port", 9092), options.port("controller-port", 9093));
        } catch (Exception e) {
            System.err.println("Kafka broker failed to start: " + MainArgs.reason(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        System.out.println("READY " + broker.bootstrapServers());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
