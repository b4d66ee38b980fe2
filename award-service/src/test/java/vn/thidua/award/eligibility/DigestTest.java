package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A row's digest is streamed into SHA-256 now: the same value as the digest of its JSON text, so rows stored
 * before are compared as before and not rewritten for nothing.
 */
class DigestTest {

    record Content(String text, LocalDate day, Map<String, Object> values, List<String> codes) {
    }

    @Test
    void theStreamedDigestIsTheDigestOfTheJsonText() throws Exception {
        Content content = new Content("Hoàn thành xuất sắc nhiệm vụ \"năm học\" \\ 2024–2025 😀\t", LocalDate.of(2025, 5, 26),
                Map.of("tỷ lệ", 0.15, "a", List.of(1, 2)), List.of("CSTDCS", "LDTT"));
        byte[] text = EligibilityStore.DIGEST_JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
        String expected = Base64.getEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text));
        assertEquals(expected, EligibilityStore.digest(content));
        assertNotEquals(expected, EligibilityStore.digest(new Content("khác", content.day(), content.values(),
                content.codes())));
    }
}
