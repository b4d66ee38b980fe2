package vn.thidua.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.thidua.platform.text.ControlCharacters;

import java.io.IOException;

/**
 * What every service's JSON reader refuses, before any of it reaches a service: a key given twice in one
 * object (which value was meant?), and control characters in a string ({@link ControlCharacters}). Both
 * become 400 naming the field through {@code ProblemMappers}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("thidua-strict-text").addDeserializer(String.class, new Text()));
    }

    /** A string value holding a control character; the message is the client's, the path Jackson's. */
    public static final class ControlCharacterException extends MismatchedInputException {

        ControlCharacterException(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    /** Jackson's own string reading, then the control-character check. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && ControlCharacters.contains(value)) {
                throw new ControlCharacterException(parser, ControlCharacters.message(value));
            }
            return value;
        }
    }
}
