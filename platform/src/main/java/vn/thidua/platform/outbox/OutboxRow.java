package vn.thidua.platform.outbox;

/** An unsent outbox row as a relay round reads it. */
record OutboxRow(long id, String topic, String key, String payload, int attempts) {

    /** What must stay in order: the key and the envelope's subject (the same for most events). */
    String orderKey() {
        String subject = EnvelopeSubject.of(payload);
        return subject == null || subject.equals(key) ? key : key + '\n' + subject;
    }
}
