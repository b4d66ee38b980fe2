package vn.thidua.platform.consumer;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.events.PoisonEventException;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeadLetterRecordsTest {

    @Test
    void theDeadLetterCarriesTheEventTheReasonAndWhereItCameFrom() {
        RecordHeaders original = new RecordHeaders();
        original.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        original.add(DeadLetterRecords.DESERIALIZATION_FAILURE, new byte[] {1});
        byte[] key = "cycle-1".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> dead = DeadLetterRecords.of("thidua.plan.v1.dlq.evaluation-service",
                "thidua.plan.v1", 2, 41L, key, value, original,
                new IllegalStateException("wrapped", new PoisonEventException("thiếu trường unit")));

        assertEquals("thidua.plan.v1.dlq.evaluation-service", dead.topic());
        assertNull(dead.partition());
        assertArrayEquals(key, dead.key());
        assertArrayEquals(value, dead.value());
        assertEquals("java.lang.IllegalStateException", header(dead, DeadLetterRecords.EXCEPTION_CLASS_NAME));
        assertEquals("wrapped", header(dead, DeadLetterRecords.REASON));
        assertEquals(PoisonEventException.class.getName(), header(dead, DeadLetterRecords.CAUSE_CLASS_NAME));
        assertEquals("thiếu trường unit", header(dead, DeadLetterRecords.CAUSE));
        assertEquals("thidua.plan.v1", header(dead, DeadLetterRecords.TOPIC));
        assertEquals("2", header(dead, DeadLetterRecords.PARTITION));
        assertEquals("41", header(dead, DeadLetterRecords.OFFSET));
        assertEquals("application/cloudevents+json; charset=UTF-8", header(dead, "content-type"));
        assertNull(dead.headers().lastHeader(DeadLetterRecords.DESERIALIZATION_FAILURE));
    }

    @Test
    void anExceptionWithoutMessageGivesItsNameAsReasonAndNoCauseHeaders() {
        ProducerRecord<byte[], byte[]> dead = DeadLetterRecords.of("t.dlq.g", "t", 0, 0L, null, null, null,
                new NullPointerException());
        assertEquals("java.lang.NullPointerException", header(dead, DeadLetterRecords.REASON));
        assertNull(dead.headers().lastHeader(DeadLetterRecords.CAUSE));
        assertNull(dead.headers().lastHeader(DeadLetterRecords.CAUSE_CLASS_NAME));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
