package vn.thidua.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an event must be before the outbox takes it: valid against its schema in {@code contracts/}
 * ({@link EventContracts#validate}, compiled schemas cached there) and small enough for the broker.
 * Plain Java, so the rule is testable without a database.
 */
final class OutboxChecks {

    private final int maxEventBytes;

    OutboxChecks(int maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Throws 413 when {@code payload} is over the limit, 422 naming every field of {@code envelope}, the tree
     * {@code payload} was written from, that breaks the contract.
     */
    void check(String type, String payload, JsonNode envelope) {
        int bytes = utf8Length(payload, maxEventBytes);
        if (bytes > maxEventBytes) {
            throw tooLarge(type, bytes, maxEventBytes);
        }
        Set<String> violations = EventContracts.validate(envelope);
        if (!violations.isEmpty()) {
            throw breaksContract(type, violations);
        }
    }

    /**
     * The UTF-8 length of {@code text}, exact up to {@code limit + 1}; a text of at most a third of the limit
     * in characters is under it whatever it holds (a UTF-16 char is at most 3 bytes), so most events cost nothing.
     */
    static int utf8Length(String text, int limit) {
        if ((long) text.length() * 3 <= limit) {
            return text.length();
        }
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    static ProblemException tooLarge(String type, int bytes, int limit) {
        String detail = "Sự kiện " + type + " sẽ lớn hơn giới hạn " + limit + " byte của hệ thống tin nhắn; không "
                + "ghi gì (the event would be over the broker's limit of " + limit + " bytes; nothing written)";
        return new ProblemException(413, "event-too-large", "Nội dung quá lớn (content too large)", detail,
                List.of(new FieldError("body", "sự kiện " + type + " quá lớn (event over " + limit + " bytes)")));
    }

    static ProblemException breaksContract(String type, Set<String> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (String violation : violations) {
            // "$.data.contents[0].number: null found, string expected" → field data.contents[0].number
            int colon = violation.indexOf(": ");
            String path = colon > 0 ? violation.substring(0, colon) : "$";
            String field = path.startsWith("$.") ? path.substring(2) : "body";
            String message = colon > 0 ? violation.substring(colon + 2) : violation;
            errors.add(new FieldError(field, "trái hợp đồng sự kiện " + type + " (breaks the event contract): "
                    + message));
        }
        String detail = "Dữ liệu này sẽ tạo sự kiện " + type + " trái hợp đồng của nó, nơi nhận sẽ từ chối; không "
                + "ghi gì (the event would break its contract and its consumers would refuse it; nothing written)";
        return new ProblemException(422, "event-contract", "Không thể xử lý (unprocessable)", detail, errors);
    }
}
