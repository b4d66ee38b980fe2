package vn.thidua.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the shared mechanisms, under {@code thidua.*}. */
@ConfigMapping(prefix = "thidua")
public interface PlatformConfig {

    /** The service's name, used as the CloudEvents source {@code /thidua/<name>} and consumer group. */
    String serviceName();

    Outbox outbox();

    Units units();

    interface Units {

        /** Table holding the unit tree: plan-service's own {@code unit}, the others' {@code unit_copy}. */
        @WithDefault("unit_copy")
        String table();

        /**
         * Table (or view) of each unit's parent periods, for access on a date (issue 11): plan-service's view over
         * its unit history, the others' copy kept from the unit events; both are called {@code unit_period}.
         */
        @WithDefault("unit_period")
        String periodsTable();
    }

    interface Outbox {

        /** Whether this replica relays outbox rows to Kafka; any number of replicas may. */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * How often the relay looks for unsent rows without being woken: the safety net behind the
         * wake-up on commit ({@link #wakeOnCommit()}), and the time a row due for a retry waits at most.
         */
        @WithDefault("2s")
        Duration pollInterval();

        /** Whether the relay listens for the outbox's commit notifications (PostgreSQL LISTEN/NOTIFY). */
        @WithDefault("true")
        boolean wakeOnCommit();

        /** Rows sent per relay round (one transaction, one bulk update marking them sent). */
        @WithDefault("1000")
        int batchSize();

        /** Failed attempts after which a row is parked for an operator instead of retried again. */
        @WithDefault("10")
        int parkAfterAttempts();

        /** First retry delay after a failed send; doubled per attempt up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();

        /**
         * Largest event (its CloudEvents JSON, in UTF-8 bytes) the outbox takes: the broker's 1 MiB message
         * limit less 16 KiB for the key, headers and record overhead. A larger event is refused at write time,
         * while the request can still be answered, instead of waiting in the outbox for ever.
         */
        @WithDefault("1032192")
        int maxEventBytes();
    }
}
