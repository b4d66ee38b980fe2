package vn.thidua.award.report;

import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Báo cáo thi đua of a unit and the units below it for one school year: ratings, decided titles
 * and forms (revoked ones excluded), nominations by status, per unit below, and the previous year.
 * {@code labels} gives the Vietnamese name of every rating, title and status code the counts use.
 */
public record Report(String unit, String unitName, String schoolYear, String previousSchoolYear, Counts current,
        Counts previous, Counts change, List<UnitRow> schools, Map<String, String> labels) {

    /**
     * Counts in a fixed order of keys, zeros included, so a table or a chart has every column; {@code prizeMoney}
     * the tiền thưởng (đồng) of the decided, not revoked awards, as the decided events carried it.
     */
    public record Counts(Map<String, Long> ratings, long rated, Map<String, Long> awards, long awarded,
            Map<String, Long> nominations, long prizeMoney) {

        public static Counts of(Map<String, Long> ratings, Map<String, Long> awards, Map<String, Long> nominations) {
            return of(ratings, awards, nominations, 0);
        }

        public static Counts of(Map<String, Long> ratings, Map<String, Long> awards, Map<String, Long> nominations,
                long prizeMoney) {
            Map<String, Long> r = ordered(RATINGS, ratings);
            Map<String, Long> a = ordered(AWARDS, awards);
            return new Counts(r, sum(r), a, sum(a), ordered(STATUSES, nominations), prizeMoney);
        }

        /** This minus {@code before}, key by key. */
        public Counts minus(Counts before) {
            return new Counts(diff(ratings, before.ratings), rated - before.rated, diff(awards, before.awards),
                    awarded - before.awarded, diff(nominations, before.nominations), prizeMoney - before.prizeMoney);
        }
    }

    /** One unit below the reported one, counted on its own rows. */
    public record UnitRow(String unit, String name, Counts current, Counts previous, Counts change) {
    }

    public static final List<String> RATINGS =
            java.util.Arrays.stream(Rating.values()).map(Enum::name).toList();
    public static final List<String> AWARDS = java.util.Arrays.stream(Title.values()).map(Enum::name).toList();
    public static final List<String> STATUSES =
            java.util.Arrays.stream(ReportRows.AwardStatus.values()).map(Enum::name).toList();

    /** Vietnamese names of the codes: "LDTT" → "Lao động tiên tiến", "HTT" → "Hoàn thành tốt nhiệm vụ". */
    public static final Map<String, String> LABELS = vietnameseNames();

    private static Map<String, String> vietnameseNames() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            labels.put(rating.name(), rating.label);
        }
        for (Title title : Title.values()) {
            labels.put(title.name(), title.label);
        }
        for (ReportRows.AwardStatus status : ReportRows.AwardStatus.values()) {
            labels.put(status.name(), status.label);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    private static Map<String, Long> ordered(List<String> keys, Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, counts.getOrDefault(key, 0L)));
        return result;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> result = new LinkedHashMap<>();
        now.forEach((key, value) -> result.put(key, value - before.getOrDefault(key, 0L)));
        return result;
    }
}
