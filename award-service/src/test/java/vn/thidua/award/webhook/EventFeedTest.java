package vn.thidua.award.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.testing.ThiduaTestResource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 3: GET /api/v1/events over the real broker. The feed reads the topics from their start, so the
 * test recognises its own events by a marker in their data.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class EventFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** PGD-CAOLANH and its school (other test classes may add schools under PGD-TAMNONG). */
    private static final Set<String> CAOLANH = Set.of("PGD-CAOLANH", "TH-HOAAN");

    @TestHTTPResource("/api/v1/events")
    URI events;

    @BeforeEach
    void tree() {
        AwardApi.units();
        AwardApi.awaitUnitTree();
    }

    @Test
    void aViewerOfTheOfficeGetsItsSchoolsEventsOnlyAndResumesWithoutGapOrRepeat() throws Exception {
        String marker = "feed-" + UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        mine.add(FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker));
        String otherOffice = FeedEvents.send(FeedEvents.withdrawal("TH-HOAAN", marker), marker);
        mine.add(FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker));
        mine.add(FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker));
        String viewer = AwardApi.token("viewer", "PGD-TAMNONG");

        List<String> received = new ArrayList<>();
        String resumeFrom;
        try (SseReader feed = SseReader.open(events, viewer, null)) {
            assertEquals(200, feed.status());
            assertTrue(feed.contentType().startsWith("text/event-stream"), feed.contentType());
            resumeFrom = readMine(feed, marker, received, 2);
        }
        assertEquals(mine.subList(0, 2), received, "the first two, in order");

        // Sent while disconnected, and after the reconnection.
        String whileAway = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);
        mine.add(whileAway);
        FeedEvents.send(FeedEvents.withdrawal("TH-HOAAN", marker), marker);
        try (SseReader feed = SseReader.open(events, viewer, resumeFrom)) {
            assertEquals(200, feed.status());
            readMine(feed, marker, received, 4);
            mine.add(FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker));
            readMine(feed, marker, received, 5);
        }
        assertEquals(mine, received, "no gap, no repeat, in order");
        assertFalse(received.contains(otherOffice));
    }

    @Test
    void theTypeFilterKeepsOnlyTheNamedTypes() {
        String marker = "feed-type-" + UUID.randomUUID();
        FeedEvents.send(FeedEvents.of("vn.thidua.plan.phase-changed.v1", "TH-TRAMCHIM2", marker), marker);
        String withdrawn = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);
        URI filtered = URI.create(events + "?type=vn.thidua.plan.withdrawn.v1&type=vn.thidua.award.decided.v1");
        try (SseReader feed = SseReader.open(filtered, AwardApi.token("principal", "TH-TRAMCHIM2"), null)) {
            assertEquals(200, feed.status());
            long deadline = System.nanoTime() + WAIT.toNanos();
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                SseReader.Event event = feed.next(WAIT);
                assertNotNull(event, "the stream ended or timed out before the withdrawal");
                JsonNode envelope = read(event.data());
                assertTrue(Set.of("vn.thidua.plan.withdrawn.v1", "vn.thidua.award.decided.v1")
                        .contains(envelope.path("type").asText()), event.data());
                assertEquals("TH-TRAMCHIM2", envelope.path("unit").asText(), "a school sees its own only");
                if (envelope.path("id").asText().equals(withdrawn)) {
                    found = withdrawn;
                }
            }
            assertEquals(withdrawn, found);
        }
    }

    /**
     * Staff records (thidua.staff.v1) are in the feed, scoped by their unit; a move is the old school's event
     * (its unit) and the new school's too (data.toUnit), so both offices' readers get it.
     */
    @Test
    void staffRecordsAreScopedByUnitAndAMoveReachesBothSchools() {
        String key = "feed-staff-" + UUID.randomUUID();
        String here = FeedEvents.send(FeedEvents.staff("TH-TRAMCHIM2", null), key);
        String there = FeedEvents.send(FeedEvents.staff("TH-HOAAN", null), key);
        String moved = FeedEvents.send(FeedEvents.staff("TH-TRAMCHIM2", "TH-HOAAN"), key);
        URI staffTypes = URI.create(events + "?type=vn.thidua.staff.upserted.v1&type=vn.thidua.staff.moved.v1");

        // One key, one partition: a reader that reached the move has passed both records.
        assertEquals(List.of(here, moved), readUntil(staffTypes, AwardApi.token("viewer", "PGD-TAMNONG"),
                Set.of(here, there, moved), moved));
        assertEquals(List.of(there, moved), readUntil(staffTypes, AwardApi.token("viewer", "PGD-CAOLANH"),
                Set.of(here, there, moved), moved));
        // A school sees its own record and the move that concerns it, not the other school's record.
        assertEquals(List.of(there, moved), readUntil(events, AwardApi.token("principal", "TH-HOAAN"),
                Set.of(here, there, moved), moved));
        // The personal code (CCCD) reaches no dashboard whole: the feed masks it as the staff API does.
        try (SseReader feed = SseReader.open(staffTypes, AwardApi.token("viewer", "PGD-TAMNONG"), null)) {
            JsonNode data = null;
            while (data == null) {
                SseReader.Event event = feed.next(WAIT);
                assertNotNull(event, "the stream ended before the school's staff record");
                JsonNode envelope = read(event.data());
                data = here.equals(envelope.path("id").asText()) ? envelope.path("data") : null;
            }
            assertEquals("*********123", data.path("personCode").asText());
        }
    }

    /** The ids among {@code watched} the feed sends, in order, until {@code last}. */
    private static List<String> readUntil(URI uri, String token, Set<String> watched, String last) {
        List<String> seen = new ArrayList<>();
        try (SseReader feed = SseReader.open(uri, token, null)) {
            assertEquals(200, feed.status(), () -> feed.body());
            while (!seen.contains(last)) {
                SseReader.Event event = feed.next(WAIT);
                assertNotNull(event, "the stream ended or timed out after " + seen);
                String id = read(event.data()).path("id").asText();
                if (watched.contains(id)) {
                    seen.add(id);
                }
            }
        }
        return seen;
    }

    @Test
    void badRequestsAreProblemsAndOnlyReadersOfTheWholeUnitGetTheFeed() {
        try (SseReader feed = SseReader.open(URI.create(events + "?type=vn.thidua.no-such.v1"),
                AwardApi.token("viewer", "PGD-TAMNONG"), null)) {
            assertEquals(400, feed.status());
            assertTrue(feed.body().contains("\"field\":\"type\""));
        }
        try (SseReader feed = SseReader.open(events, AwardApi.token("viewer", "PGD-TAMNONG"), "bm90LWFuLWlk")) {
            assertEquals(400, feed.status());
            assertTrue(feed.body().contains("\"field\":\"Last-Event-ID\""));
        }
        for (String role : new String[] {"staff", "council", "group_lead", "school_app"}) {
            try (SseReader feed = SseReader.open(events, AwardApi.token(role, "TH-TRAMCHIM2"), null)) {
                assertEquals(403, feed.status(), role);
            }
        }
        try (SseReader feed = SseReader.open(events, null, null)) {
            assertEquals(401, feed.status());
        }
    }

    @Test
    void anIdleFeedIsEndedWithACommentSayingSo() {
        // A unit the tree does not know sees nothing, so its feed falls idle (test idle-timeout: 8 s).
        try (SseReader feed = SseReader.open(events, AwardApi.token("viewer", "PGD-NOWHERE"), null)) {
            assertEquals(200, feed.status());
            assertEquals(null, feed.next(WAIT));
            assertTrue(feed.ended(), "the server ended the stream");
            assertTrue(feed.comments().stream().anyMatch(c -> c.startsWith("idle")), feed.comments().toString());
        }
    }

    @Test
    void feedsBeyondTheLimitAre503UntilOneCloses() {
        // Test max-connections: 4. Feeds of other tests end within the keep-alive (1 s) once their client is gone.
        String viewer = AwardApi.token("viewer", "PGD-NOWHERE");
        List<SseReader> open = new ArrayList<>();
        try {
            Awaitility.await().atMost(WAIT).until(() -> {
                SseReader feed = SseReader.open(events, viewer, null);
                if (feed.status() == 200) {
                    open.add(feed);
                } else {
                    feed.close();
                }
                return open.size() == 4;
            });
            try (SseReader refused = SseReader.open(events, viewer, null)) {
                assertEquals(503, refused.status());
                assertTrue(refused.body().contains("feed-busy"));
            }
            open.remove(0).close();
            Awaitility.await().atMost(WAIT).until(() -> {
                try (SseReader again = SseReader.open(events, viewer, null)) {
                    return again.status() == 200;
                }
            });
        } finally {
            open.forEach(SseReader::close);
        }
    }

    /** Reads until {@code received} holds {@code count} of this test's events; answers the last one's id. */
    private static String readMine(SseReader feed, String marker, List<String> received, int count) {
        String lastId = null;
        while (received.size() < count) {
            SseReader.Event event = feed.next(WAIT);
            assertNotNull(event, "the stream ended or timed out with " + received.size() + " of " + count);
            assertNotNull(event.id(), "every event has an id");
            JsonNode envelope = read(event.data());
            assertFalse(CAOLANH.contains(envelope.path("unit").asText()), "PGD-CAOLANH's: " + event.data());
            if (envelope.path("data").path("reason").asText().endsWith(marker)) {
                received.add(envelope.path("id").asText());
                lastId = event.id();
            }
        }
        return lastId;
    }

    private static JsonNode read(String data) {
        try {
            return JSON.readTree(data);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + data, e);
        }
    }
}
