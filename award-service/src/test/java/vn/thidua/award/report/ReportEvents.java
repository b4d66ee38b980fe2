package vn.thidua.award.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.thidua.award.AwardApi;
import vn.thidua.award.report.ReportRows.AwardRow;
import vn.thidua.award.report.ReportRows.DecisionRow;
import vn.thidua.award.report.ReportRows.RatingRow;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.testing.TestKafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Award events shaped exactly like contracts/examples (vn.thidua.award.*.v1.json), each checked
 * against its contract before it is sent; and the projection over maps, as the rebuild check folds it.
 */
final class ReportEvents {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final EventCodec CODEC = new EventCodec(JSON);

    private ReportEvents() {
    }

    /** One nomination as the nominated event carries it. */
    record Nomination(UUID nominationId, String unit, String schoolYear, String nomineeType, String nomineeId,
            String awardCode) {

        static Nomination staff(String unit, String schoolYear, String awardCode) {
            return new Nomination(UUID.randomUUID(), unit, schoolYear, "STAFF", UUID.randomUUID().toString(), awardCode);
        }

        static Nomination collective(String unit, String schoolYear, String awardCode) {
            return new Nomination(UUID.randomUUID(), unit, schoolYear, "COLLECTIVE", unit, awardCode);
        }
    }

    static String nominated(Nomination n, String deciderLevel, String at) {
        return envelope("vn.thidua.award.nominated.v1", n.nominationId(), at, n.unit(), n.schoolYear(), """
                {"nominationId":"%s","unitCode":"%s","schoolYear":"%s","nomineeType":"%s","nomineeId":"%s",
                 "awardCode":"%s","deciderLevel":"%s","nominatedAt":"%s"}"""
                .formatted(n.nominationId(), n.unit(), n.schoolYear(), n.nomineeType(), n.nomineeId(), n.awardCode(),
                        deciderLevel, at));
    }

    static String submitted(UUID submissionId, String from, String to, String schoolYear, List<Nomination> nominations,
            String at) {
        String ids = nominations.stream().map(n -> "\"" + n.nominationId() + "\"").collect(Collectors.joining(","));
        return envelope("vn.thidua.award.submitted.v1", submissionId, at, from, schoolYear, """
                {"submissionId":"%s","fromUnitCode":"%s","toUnitCode":"%s","schoolYear":"%s","nominationIds":[%s],
                 "submittedAt":"%s"}""".formatted(submissionId, from, to, schoolYear, ids, at));
    }

    static String decided(UUID decisionId, String unit, String schoolYear, String number, String date,
            List<Nomination> nominations, String at) {
        String items = nominations.stream().map(n -> """
                {"nominationId":"%s","nomineeId":"%s","awardCode":"%s"}"""
                .formatted(n.nominationId(), n.nomineeId(), n.awardCode())).collect(Collectors.joining(","));
        return envelope("vn.thidua.award.decided.v1", decisionId, at, unit, schoolYear, """
                {"decisionId":"%s","unitCode":"%s","schoolYear":"%s","decisionNumber":"%s","decisionDate":"%s",
                 "signer":"Lê Văn Định, Hiệu trưởng","items":[%s],"decidedAt":"%s"}"""
                .formatted(decisionId, unit, schoolYear, number, date, items, at));
    }

    /** A decided event whose items carry their prize money ({@code prizes} by nomination; a missing one: none). */
    static String decidedWithPrizes(UUID decisionId, String unit, String schoolYear, String number, String date,
            List<Nomination> nominations, Map<UUID, Long> prizes, String at) {
        String items = nominations.stream().map(n -> """
                {"nominationId":"%s","nomineeId":"%s","awardCode":"%s","prizeMoney":%s}"""
                .formatted(n.nominationId(), n.nomineeId(), n.awardCode(), prizes.containsKey(n.nominationId())
                        ? """
                        {"amount":%d,"multiple":0.3,"baseSalary":2340000,"source":"Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]","verified":false}"""
                        .formatted(prizes.get(n.nominationId())).strip() : "null"))
                .collect(Collectors.joining(","));
        return envelope("vn.thidua.award.decided.v1", decisionId, at, unit, schoolYear, """
                {"decisionId":"%s","unitCode":"%s","schoolYear":"%s","decisionNumber":"%s","decisionDate":"%s",
                 "signer":"Chủ tịch UBND xã","items":[%s],"decidedAt":"%s"}"""
                .formatted(decisionId, unit, schoolYear, number, date, items, at));
    }

    static String rejected(Nomination n, String unit, String at) {
        return envelope("vn.thidua.award.rejected.v1", n.nominationId(), at, unit, n.schoolYear(), """
                {"nominationId":"%s","unitCode":"%s",
                 "reason":"Hội đồng Thi đua – Khen thưởng biểu quyết đạt 66,67 %%, dưới ngưỡng 70 %%.",
                 "rejectedAt":"%s"}""".formatted(n.nominationId(), unit, at));
    }

    static String revoked(UUID decisionId, Nomination n, String unit, String reason, String at) {
        return envelope("vn.thidua.award.revoked.v1", decisionId, at, unit, n.schoolYear(), """
                {"decisionId":"%s","nominationId":"%s","unitCode":"%s","reason":"%s","revokedAt":"%s"}"""
                .formatted(decisionId, n.nominationId(), unit, reason, at));
    }

    private static String envelope(String type, UUID subject, String time, String unit, String schoolYear, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/award-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","unit":"%s","schoolyear":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, subject, time, unit, schoolYear, data);
    }

    /** Sends an award event keyed by its subject (the aggregate id), after checking its contract. */
    static void sendAward(String json) {
        assertEquals(Set.of(), EventContracts.validate(json), json);
        try {
            String subject = JSON.readTree(json).get("subject").asText();
            TestKafka.send(AwardApi.kafka(), AwardApi.AWARD_TOPIC, subject, json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sends an evaluation event keyed by its evaluation, after checking its contract. */
    static void sendEvaluation(UUID evaluationId, String json) {
        assertEquals(Set.of(), EventContracts.validate(json), json);
        AwardApi.send(evaluationId, json);
    }

    /** The reporting tables as maps: what the unit tests and the rebuild check fold events into. */
    static final class MapState implements ReportProjection.State {

        final Map<UUID, RatingRow> ratings = new HashMap<>();
        final Map<UUID, AwardRow> awards = new HashMap<>();
        final Map<UUID, DecisionRow> decisions = new HashMap<>();

        @Override
        public Optional<RatingRow> rating(UUID evaluationId) {
            return Optional.ofNullable(ratings.get(evaluationId));
        }

        @Override
        public void save(RatingRow row) {
            ratings.put(row.evaluationId(), row);
        }

        @Override
        public Optional<AwardRow> award(UUID nominationId) {
            return Optional.ofNullable(awards.get(nominationId));
        }

        @Override
        public void save(AwardRow row) {
            awards.put(row.nominationId, row);
        }

        @Override
        public void save(DecisionRow row) {
            decisions.put(row.decisionId(), row);
        }

        Map<String, Long> ratingCounts(Set<String> units, String schoolYear) {
            return ratings.values().stream()
                    .filter(r -> r.counted() && schoolYear.equals(r.schoolYear()) && units.contains(r.unitCode()))
                    .collect(Collectors.groupingBy(r -> r.rating().name(), Collectors.counting()));
        }

        Map<String, Long> awardCounts(Set<String> units, String schoolYear) {
            return awards.values().stream()
                    .filter(a -> a.counted() && schoolYear.equals(a.schoolYear) && units.contains(a.unitCode()))
                    .collect(Collectors.groupingBy(a -> a.awardCode.name(), Collectors.counting()));
        }

        long prizeMoney(Set<String> units, String schoolYear) {
            return awards.values().stream().filter(a -> a.counted() && a.prizeAmount != null
                    && schoolYear.equals(a.schoolYear) && units.contains(a.unitCode()))
                    .mapToLong(a -> a.prizeAmount).sum();
        }

        Map<String, Long> statusCounts(Set<String> units, String schoolYear) {
            return awards.values().stream()
                    .filter(a -> schoolYear.equals(a.schoolYear) && units.contains(a.unitCode()))
                    .collect(Collectors.groupingBy(a -> a.status().name(), Collectors.counting()));
        }
    }
}
