package vn.thidua.platform.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The {@code subject} of a CloudEvent payload as the outbox stores it, read with a streaming parser that
 * skips {@code data} unread: the relay needs it for every row of a round (thousands) and nothing else.
 */
final class EnvelopeSubject {

    private static final JsonFactory JSON = new JsonFactory();

    private EnvelopeSubject() {
    }

    /** The top-level subject, or null when the payload has none or cannot be read. */
    static String of(String payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("subject".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
