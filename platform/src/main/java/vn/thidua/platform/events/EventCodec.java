package vn.thidua.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.contracts.EventContracts;

import java.time.OffsetDateTime;
import java.util.Set;

/** Turns envelopes into JSON and back, checking inbound events against their contract. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    public EventCodec(ObjectMapper mapper) {
        // Events are read as they were written. StrictJson refuses control characters in request bodies at
        // the door; an event already on a topic (written before that check, or carrying a vertical tab from a
        // Word document) must stay readable rather than go to the dead-letter topic.
        this.mapper = mapper.copy().registerModule(new SimpleModule("thidua-event-text")
                .addDeserializer(String.class, StringDeserializer.instance))
                // A tree keeps a decimal as it is: 10 months stay 10, not 1E+1 (the text toJson writes).
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        // Anything after the envelope makes it unreadable, as the contract check reads it.
        this.reader = this.mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The envelope's attributes around {@code data} as JSON text, unchecked: what {@link #write} of
     * {@link #toTree} gives too (the outbox goes through the tree, to check it without parsing the text).
     */
    public String toJson(EventEnvelope attributes, Object data) {
        try {
            return mapper.writeValueAsString(outgoing(attributes, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + attributes.type(), e);
        }
    }

    /**
     * The envelope as a tree, for a caller that checks it against its contract before writing it
     * ({@link #write}): the tree is checked and written as it is, so the text is never parsed back.
     */
    public JsonNode toTree(EventEnvelope attributes, Object data) {
        try {
            return mapper.valueToTree(outgoing(attributes, data));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot serialise event " + attributes.type(), e);
        }
    }

    /** The JSON text of an envelope's tree ({@link #toTree}). */
    public String write(JsonNode envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + envelope.path("type").asText(), e);
        }
    }

    private static Outgoing outgoing(EventEnvelope attributes, Object data) {
        return new Outgoing(attributes.specversion(), attributes.id(), attributes.source(), attributes.type(),
                attributes.subject(), attributes.time(), attributes.datacontenttype(), attributes.unit(),
                attributes.schoolyear(), data);
    }

    /** {@link EventEnvelope} with its data still an object; the same attribute order and null handling. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Outgoing(String specversion, String id, String source, String type, String subject,
            OffsetDateTime time, String datacontenttype, String unit, String schoolyear, Object data) {
    }

    public <T> T dataAs(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + envelope.type() + " " + envelope.id()
                    + " does not map to " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates an inbound event; anything that breaks the contract is poison. The text is read
     * once: the contract is checked on the tree, which then becomes the envelope.
     */
    public EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("empty event payload");
        }
        JsonNode tree;
        try {
            tree = reader.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("unreadable event: " + e.getOriginalMessage(), e);
        }
        Set<String> violations = EventContracts.validate(tree);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("event violates its contract: " + String.join("; ", violations));
        }
        try {
            return mapper.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("unreadable event: " + e.getMessage(), e);
        }
    }
}
