package vn.thidua.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An unreadable JSON body as the client can act on it: the field by its JSON path ({@code
 * document.contents[0].text}) and what was expected there in words ("a date yyyy-mm-dd"), or the line and
 * column of a syntax error, or the key given twice. Never Jackson's message, which names Java types.
 */
final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonErrors() {
    }

    static ProblemException problem(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        JsonProcessingException syntax = syntaxError(e);
        if (syntax == null) {
            return ProblemException.invalid(field(path), expectation((JsonMappingException) e));
        }
        JsonStreamContext context = syntax.getProcessor() instanceof JsonParser parser
                ? parser.getParsingContext() : null;
        Matcher duplicate = DUPLICATE.matcher(syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage());
        if (duplicate.lookingAt()) {
            // Within a bean Jackson wraps the error with the bean's path; at the top the parser knows the object.
            String object = !path.isEmpty() || context == null ? path : pathOf(context.getParent());
            return ProblemException.invalid(object.isEmpty() ? duplicate.group(1) : object + "." + duplicate.group(1),
                    "khóa JSON lặp lại trong cùng đối tượng (a JSON key given twice in one object)");
        }
        String at = !path.isEmpty() || context == null ? path : pathOf(context);
        return ProblemException.invalid(field(at), "JSON không đọc được" + location(syntax.getLocation())
                + " (unreadable JSON" + englishLocation(syntax.getLocation()) + ")");
    }

    /** The syntax error behind {@code e} (broken, cut short, a key twice), or null for a value of the wrong type. */
    private static JsonProcessingException syntaxError(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
            if (t instanceof MismatchedInputException mismatch && mismatch.getTargetType() == null) {
                return mismatch;
            }
        }
        return e instanceof JsonMappingException ? null : e;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** "phải là ngày dạng yyyy-mm-dd (must be a date yyyy-mm-dd): '2024-13-45'". */
    private static String expectation(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String[] expected = expected(type);
        String message = "phải là " + expected[0] + " (must be " + expected[1] + ")";
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            String value = String.valueOf(invalid.getValue());
            message += ": '" + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'";
        }
        return message;
    }

    /** What a value of {@code type} looks like in JSON, in Vietnamese and English. */
    static String[] expected(Class<?> type) {
        if (type == null) {
            return new String[] {"giá trị đúng kiểu", "a value of the right type"};
        }
        if (type == LocalDate.class) {
            return new String[] {"ngày dạng yyyy-mm-dd", "a date yyyy-mm-dd"};
        }
        if (type == OffsetDateTime.class || type == Instant.class || type == LocalDateTime.class) {
            return new String[] {"thời điểm ISO 8601", "a date and time such as 2024-05-31T08:00:00+07:00"};
        }
        if (type == UUID.class) {
            return new String[] {"mã UUID", "a UUID"};
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return new String[] {"số nguyên", "a whole number"};
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return new String[] {"số", "a number"};
        }
        if (type == Boolean.class || type == boolean.class) {
            return new String[] {"true hoặc false", "true or false"};
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return new String[] {"chuỗi văn bản", "text"};
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new String[] {"một trong " + names, "one of " + names};
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new String[] {"danh sách", "a list"};
        }
        if (Map.class.isAssignableFrom(type)) {
            return new String[] {"đối tượng JSON", "an object"};
        }
        return new String[] {"đối tượng JSON", "an object"};
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr();
    }

    private static String englishLocation(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The parser's position as a JSON path: the key being read or the array index, outermost first. */
    static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, (path.isEmpty() || path.charAt(0) == '[' ? "" : ".")).insert(0, c.getCurrentName());
            } else if (c.inArray()) {
                String next = path.isEmpty() || path.charAt(0) == '[' ? "" : ".";
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]" + next);
            }
        }
        return path.toString();
    }
}
