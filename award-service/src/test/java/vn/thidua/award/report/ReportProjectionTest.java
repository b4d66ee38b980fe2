package vn.thidua.award.report;

import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.report.ReportEvents.MapState;
import vn.thidua.award.report.ReportEvents.Nomination;
import vn.thidua.award.report.ReportRows.AwardRow;
import vn.thidua.award.report.ReportRows.AwardStatus;
import vn.thidua.award.report.ReportRows.RatingRow;
import vn.thidua.contracts.Rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reporting projection as a function of events, without Quarkus, Kafka or a database. */
class ReportProjectionTest {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String OFFICE = "PGD-TAMNONG";
    static final String YEAR = "2022-2023";
    final ReportProjection projection = new ReportProjection(ReportEvents.CODEC);

    boolean apply(MapState state, String json) {
        return projection.apply(ReportEvents.CODEC.parse(json), state);
    }

    static Finalized evaluation(String rating, String at) {
        return Finalized.of(UUID.randomUUID(), SCHOOL, YEAR, at).rated(rating);
    }

    @Test
    void aReopenedEvaluationStopsCountingUntilFinalizedAgain() {
        MapState state = new MapState();
        Finalized f = evaluation("HTT", "2023-05-26T09:00:00Z");
        assertTrue(apply(state, f.json()));
        assertEquals(Map.of("HTT", 1L), state.ratingCounts(Set.of(SCHOOL), YEAR));

        apply(state, AwardApi.reopened(f, "2023-05-29T02:10:00Z"));
        RatingRow reopened = state.ratings.get(f.evaluationId());
        assertFalse(reopened.counted());
        assertEquals("Bổ sung quyết định công nhận sáng kiến cấp trường còn thiếu trong hồ sơ.", reopened.reopenReason());
        assertEquals(YEAR, reopened.schoolYear());
        assertEquals(Map.of(), state.ratingCounts(Set.of(SCHOOL), YEAR));

        apply(state, f.rated("HTXS").at("2023-05-30T08:00:00Z").json());
        assertEquals(Map.of("HTXS", 1L), state.ratingCounts(Set.of(SCHOOL), YEAR));
        assertNull(state.ratings.get(f.evaluationId()).reopenReason());
    }

    @Test
    void theLaterEventByItsOwnTimeWinsWhateverTheOrder() {
        Finalized f = evaluation("HT", "2023-05-26T09:00:00Z");
        String reopened = AwardApi.reopened(f, "2023-05-29T02:10:00Z");
        MapState reversed = new MapState();
        apply(reversed, reopened);
        apply(reversed, f.json());
        RatingRow row = reversed.ratings.get(f.evaluationId());
        assertFalse(row.counted(), "the reopening is later than the finalization");
        assertEquals(Rating.HT, row.rating(), "the facts of the finalization are kept");
        assertEquals(f.cycleId(), row.cycleId());

        // On equal times the finalization wins, in both orders.
        String sameTime = AwardApi.reopened(f, "2023-05-26T09:00:00Z");
        MapState first = new MapState();
        apply(first, f.json());
        apply(first, sameTime);
        MapState second = new MapState();
        apply(second, sameTime);
        apply(second, f.json());
        assertTrue(first.ratings.get(f.evaluationId()).counted());
        assertTrue(second.ratings.get(f.evaluationId()).counted());
    }

    @Test
    void aRevokedAwardStopsCountingAndKeepsItsReason() {
        MapState state = new MapState();
        Nomination a = Nomination.staff(SCHOOL, YEAR, "LDTT");
        Nomination b = Nomination.staff(SCHOOL, YEAR, "LDTT");
        UUID decisionId = UUID.randomUUID();
        apply(state, ReportEvents.nominated(a, "SCHOOL", "2023-06-02T10:00:00Z"));
        apply(state, ReportEvents.nominated(b, "SCHOOL", "2023-06-02T10:00:00Z"));
        assertEquals(Map.of("NOMINATED", 2L), state.statusCounts(Set.of(SCHOOL), YEAR));
        apply(state, ReportEvents.decided(decisionId, SCHOOL, YEAR, "21/QĐ-THTC2", "2023-06-06", List.of(a, b),
                "2023-06-06T08:00:00Z"));
        assertEquals(Map.of("LDTT", 2L), state.awardCounts(Set.of(SCHOOL), YEAR));
        assertEquals("21/QĐ-THTC2", state.decisions.get(decisionId).number());

        apply(state, ReportEvents.revoked(decisionId, b, SCHOOL, "Viên chức bị kỷ luật khiển trách", "2023-09-15T03:30:00Z"));
        assertEquals(Map.of("LDTT", 1L), state.awardCounts(Set.of(SCHOOL), YEAR));
        AwardRow revoked = state.awards.get(b.nominationId());
        assertEquals(AwardStatus.REVOKED, revoked.status());
        assertEquals("Viên chức bị kỷ luật khiển trách", revoked.revokedReason);
        assertEquals(decisionId, revoked.decisionId);
        assertEquals(Map.of("DECIDED", 1L, "REVOKED", 1L), state.statusCounts(Set.of(SCHOOL), YEAR));
    }

    @Test
    void thePrizeFundIsSummedPerUnitAndYearWithoutRevokedAwardsOrItemsCarryingNone() {
        MapState state = new MapState();
        Nomination a = Nomination.staff(SCHOOL, YEAR, "LDTT");
        Nomination b = Nomination.staff(SCHOOL, YEAR, "LDTT");
        Nomination older = Nomination.staff(SCHOOL, YEAR, "LDTT");
        Nomination team = Nomination.collective(SCHOOL, YEAR, "TTLDTT");
        Nomination nextYear = Nomination.staff(SCHOOL, "2023-2024", "LDTT");
        Nomination elsewhere = Nomination.staff("TH-HOAAN", YEAR, "LDTT");
        UUID decision = UUID.randomUUID();
        for (Nomination n : List.of(a, b, team, nextYear)) {
            apply(state, ReportEvents.nominated(n, "OFFICE", "2023-06-02T10:00:00Z"));
        }
        apply(state, ReportEvents.decidedWithPrizes(decision, OFFICE, YEAR, "45/QĐ-PGDĐT", "2023-06-20",
                List.of(a, b, team), Map.of(a.nominationId(), 710_000L, b.nominationId(), 710_000L,
                        team.nominationId(), 1_880_000L), "2023-06-20T08:00:00Z"));
        // An event from before items carried their prize money: the award counts, the fund has nothing of it.
        apply(state, ReportEvents.decided(UUID.randomUUID(), SCHOOL, YEAR, "3/QĐ-TH", "2023-06-06", List.of(older),
                "2023-06-06T08:00:00Z"));
        apply(state, ReportEvents.decidedWithPrizes(UUID.randomUUID(), OFFICE, "2023-2024", "9/QĐ-PGDĐT",
                "2024-06-20", List.of(nextYear), Map.of(nextYear.nominationId(), 540_000L), "2024-06-20T08:00:00Z"));
        apply(state, ReportEvents.decidedWithPrizes(UUID.randomUUID(), "TH-HOAAN", YEAR, "1/QĐ-THHA", "2023-06-07",
                List.of(elsewhere), Map.of(elsewhere.nominationId(), 710_000L), "2023-06-07T08:00:00Z"));
        assertEquals(Map.of("LDTT", 3L, "TTLDTT", 1L), state.awardCounts(Set.of(SCHOOL), YEAR));
        assertEquals(3_300_000L, state.prizeMoney(Set.of(SCHOOL), YEAR));
        assertEquals(540_000L, state.prizeMoney(Set.of(SCHOOL), "2023-2024"));
        assertEquals(710_000L, state.prizeMoney(Set.of("TH-HOAAN"), YEAR));

        apply(state, ReportEvents.revoked(decision, b, OFFICE, "Gian dối trong kê khai thành tích", "2023-09-15T03:30:00Z"));
        assertEquals(2_590_000L, state.prizeMoney(Set.of(SCHOOL), YEAR), "the revoked 710.000 đ leaves the fund");
        assertEquals(710_000L, state.awards.get(b.nominationId()).prizeAmount, "the row keeps what was decided");
    }

    @Test
    void anOfficeDecisionCountsForTheNomineesSchoolInAnyOrder() {
        Nomination n = Nomination.staff(SCHOOL, YEAR, "CSTDCS");
        UUID decisionId = UUID.randomUUID();
        List<String> events = List.of(
                ReportEvents.nominated(n, "OFFICE", "2023-06-02T10:00:00Z"),
                ReportEvents.submitted(UUID.randomUUID(), SCHOOL, OFFICE, YEAR, List.of(n), "2023-06-05T01:45:00Z"),
                ReportEvents.decided(decisionId, OFFICE, YEAR, "45/QĐ-PGDĐT", "2023-06-20", List.of(n),
                        "2023-06-20T08:00:00Z"));
        String expected = null;
        for (List<String> order : permutations(events)) {
            MapState state = new MapState();
            order.forEach(json -> apply(state, json));
            AwardRow row = state.awards.get(n.nominationId());
            assertEquals(SCHOOL, row.unitCode(), "the nominee's school, not the deciding office");
            assertEquals(OFFICE, row.decidingUnit);
            assertEquals(OFFICE, row.submittedTo);
            assertEquals(AwardStatus.DECIDED, row.status());
            assertEquals(Map.of("CSTDCS", 1L), state.awardCounts(Set.of(SCHOOL), YEAR));
            assertEquals(Map.of(), state.awardCounts(Set.of(OFFICE), YEAR));
            String snapshot = describe(row);
            if (expected == null) {
                expected = snapshot;
            }
            assertEquals(expected, snapshot, "same row whatever the order: " + order);
        }
    }

    @Test
    void aRejectedNominationCountsOnlyAsRejected() {
        MapState state = new MapState();
        Nomination n = Nomination.collective(SCHOOL, YEAR, "TTLDXS");
        apply(state, ReportEvents.nominated(n, "OFFICE", "2023-06-02T10:00:00Z"));
        apply(state, ReportEvents.rejected(n, SCHOOL, "2023-06-02T10:05:00Z"));
        assertEquals(Map.of("REJECTED", 1L), state.statusCounts(Set.of(SCHOOL), YEAR));
        assertEquals(Map.of(), state.awardCounts(Set.of(SCHOOL), YEAR));
        assertEquals("COLLECTIVE", state.awards.get(n.nominationId()).nomineeType);
    }

    @Test
    void eventsTheReportsDoNotReadChangeNothing() {
        MapState state = new MapState();
        assertFalse(projection.apply(new vn.thidua.platform.events.EventEnvelope("1.0", UUID.randomUUID().toString(),
                "/thidua/award-service", "vn.thidua.award.council-voted.v1", "x", null, "application/json", SCHOOL,
                YEAR, ReportEvents.JSON.createObjectNode()), state));
        assertTrue(state.ratings.isEmpty() && state.awards.isEmpty() && state.decisions.isEmpty());
    }

    static String describe(AwardRow row) {
        return String.join("|", String.valueOf(row.unitCode()), row.schoolYear, row.nomineeType, row.nomineeId,
                String.valueOf(row.awardCode), row.nominatingUnit, String.valueOf(row.nominatedAt), row.submittedTo,
                String.valueOf(row.submittedAt), String.valueOf(row.decisionId), row.decidingUnit,
                String.valueOf(row.status()));
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
