package vn.thidua.platform.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * What a service replays: a read model rebuilt from topics. Implemented by an application-scoped
 * bean, so that whichever replica takes over an interrupted replay finds it by {@link #name()}.
 */
public interface Replayed {

    /** What became of one record. */
    enum Outcome {
        APPLIED,
        /** A duplicate, or a type this replay does not read. */
        SKIPPED,
        /** Not applicable (e.g. poison the live consumer dead-lettered already); the replay goes on. */
        INVALID
    }

    /** The replay's name, one running at a time across replicas; e.g. the consumer name it applies under. */
    String name();

    /** The topics read, each from the beginning up to its end offsets at the start. */
    List<String> topics();

    /** Runs once per start, after the replay is claimed and before the end offsets are taken (e.g. empty the tables). */
    default void prepare() {
    }

    /**
     * Applies one record, idempotently and in a transaction of its own. A thrown exception stops
     * the replay, which is then failed with the exception as reason.
     */
    Outcome apply(ConsumerRecord<String, String> record);
}
