package vn.thidua.platform.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.thidua.platform.text.ControlCharacters;

import java.io.IOException;

/**
 * Control characters in a JSON body (only possible as escapes: {@code \u0000}, {@code \b}, {@code \f}),
 * refused with a 400 naming the field as the client wrote it, before the body is bound. A body without a
 * backslash cannot hold one, so most bodies cost one scan; the others a streaming read, no tree.
 */
public final class JsonControlCharacters {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonControlCharacters() {
    }

    /** Throws a 400 problem naming the first key or string value holding a control character. */
    public static void refuse(String json) {
        if (json.indexOf('\\') < 0) {
            return;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && ControlCharacters.contains(parser.getText())) {
                    String path = JsonErrors.pathOf(parser.getParsingContext());
                    throw ProblemException.invalid(path.isEmpty() ? "body" : path,
                            ControlCharacters.message(parser.getText()));
                }
            }
        } catch (IOException e) {
            // Malformed JSON: binding reports it, with its line and column.
        }
    }
}
