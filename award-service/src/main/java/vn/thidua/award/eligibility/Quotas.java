package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shares capped per unit (DESIGN.md step 4). CSTĐCS: at most {@code cstdcs.maxShareOfLdtt} % of the
 * unit's LĐTT, rounded down because the cap is a maximum ("không quá"); {@code cstdcs.minQuota}
 * (default 0) lets a rule set grant small units one place anyway. When more people qualify than
 * the quota allows they are ranked by the keys of {@code cstdcs.ranking} (default: rating after
 * the absence cap, then the level of the best initiative, then CSTĐCS years running before, then
 * seniority by hire date) and the first ones are within quota. A tie the keys cannot break at the
 * cut line is broken by staff id and flagged: the council decides between them by vote.
 * HTXS: at most {@code htxs.maxSharePercent} % of {@code htxs.shareBase} (those rated at least HTT, or those
 * rated HTT) in {@code htxs.shareScope} (the whole unit, or each group of staff with similar tasks, the staff
 * record's group); checked, not enforced: evaluation-service enforces it when ratings are finalized.
 * Without {@code cstdcs.maxShareOfLdtt} (NĐ 152/2025 sets no ratio; a province layer may) CSTĐCS has no cap.
 */
public final class Quotas {

    /** What the HTXS percent is taken of ({@code htxs.shareBase}; absent: HTT_AND_ABOVE). */
    public enum HtxsBase {
        HTT_AND_ABOVE("số người từ hoàn thành tốt trở lên"), HTT("số người xếp loại hoàn thành tốt");

        final String label;

        HtxsBase(String label) {
            this.label = label;
        }
    }

    /** Where the HTXS share is counted ({@code htxs.shareScope}; absent: UNIT). */
    public enum HtxsScope { UNIT, STAFF_GROUP }

    static final String CSTDCS_SHARE = "cstdcs.maxShareOfLdtt";

    /** Keys of the CSTĐCS ranking, applied in the order the rule set lists them. */
    public enum RankingKey {
        // Rating's own order is best first (HTXS … NOT_RATED).
        RATING(Comparator.comparing(IndividualResult::effectiveRating)),
        INITIATIVE_LEVEL(Comparator.comparingInt((IndividualResult r) ->
                r.bestInitiative() == null ? -1 : r.bestInitiative().ordinal()).reversed()),
        STREAK(Comparator.comparingInt(IndividualResult::previousCstdcsYears).reversed()),
        SENIORITY(Comparator.comparing(IndividualResult::hireDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));

        final Comparator<IndividualResult> order;

        RankingKey(Comparator<IndividualResult> order) {
            this.order = order;
        }
    }

    /** A CSTĐCS candidate's place: rank among the candidates, the quota, and whether within it. */
    public record Seat(int rank, int candidates, int quota, int ldttCount, boolean within, boolean tieBroken) {
    }

    private Quotas() {
    }

    /** The most CSTĐCS a unit with {@code ldttCount} LĐTT may have. */
    public static int cstdcsQuota(int ldttCount, RuleSet rules) {
        if (ldttCount == 0) {
            return 0;
        }
        if (rules.find(CSTDCS_SHARE).isEmpty()) {
            return ldttCount;
        }
        // The small epsilon keeps 15 % of 20 at 3 despite binary fractions.
        int byShare = (int) Math.floor(ldttCount * rules.number("cstdcs.maxShareOfLdtt") / 100.0 + 1e-9);
        return Math.min(ldttCount, Math.max(byShare, rules.integer("cstdcs.minQuota")));
    }

    /** The ranking order of the rule set, ending with staff id so the result is reproducible. */
    public static Comparator<IndividualResult> ranking(RuleSet rules) {
        Comparator<IndividualResult> order = keys(rules);
        return order.thenComparing(IndividualResult::staffId);
    }

    private static Comparator<IndividualResult> keys(RuleSet rules) {
        Comparator<IndividualResult> order = (a, b) -> 0;
        for (String key : rules.text("cstdcs.ranking").split(",")) {
            order = order.thenComparing(RankingKey.valueOf(key.strip()).order);
        }
        return order;
    }

    /** Seats of everyone eligible for CSTĐCS before the quota, by staff id. */
    public static Map<UUID, Seat> cstdcs(List<IndividualResult> results, RuleSet rules) {
        int ldtt = (int) results.stream().filter(r -> r.isEligible(Title.LDTT)).count();
        int quota = cstdcsQuota(ldtt, rules);
        List<IndividualResult> candidates = new ArrayList<>(results.stream()
                .filter(r -> r.isEligible(Title.CSTDCS)).toList());
        candidates.sort(ranking(rules));
        Comparator<IndividualResult> keys = keys(rules);
        boolean[] tied = new boolean[candidates.size()];
        if (quota > 0 && quota < candidates.size()
                && keys.compare(candidates.get(quota - 1), candidates.get(quota)) == 0) {
            IndividualResult boundary = candidates.get(quota);
            for (int i = 0; i < candidates.size(); i++) {
                tied[i] = keys.compare(candidates.get(i), boundary) == 0;
            }
        }
        Map<UUID, Seat> seats = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            seats.put(candidates.get(i).staffId(),
                    new Seat(i + 1, candidates.size(), quota, ldtt, i < quota, tied[i]));
        }
        return seats;
    }

    static Condition seatCondition(Seat seat, RuleSet rules) {
        if (rules.find(CSTDCS_SHARE).isEmpty()) {
            return Condition.of("CSTDCS_QUOTA", true, noCapText(rules), "Xếp thứ " + seat.rank() + "/"
                    + seat.candidates() + " người đủ tiêu chuẩn; không giới hạn (no cap)", rules, "cstdcs.ranking");
        }
        String share = Months.format(rules.number(CSTDCS_SHARE));
        Condition condition = Condition.of("CSTDCS_QUOTA", seat.within(),
                "Trong tỷ lệ của đơn vị: tối đa " + share + " % số LĐTT, làm tròn xuống = " + seat.quota()
                        + " người (" + share + " % của " + seat.ldttCount() + " LĐTT; within the unit's quota)",
                "Xếp thứ " + seat.rank() + "/" + seat.candidates() + " người đủ tiêu chuẩn, xếp theo "
                        + rankingText(rules) + (seat.tieBroken()
                        ? "; bằng nhau ở ngưỡng, tạm xếp theo mã cán bộ — hội đồng bỏ phiếu quyết định (tied at the cut "
                        + "line: the council decides)" : ""),
                rules, CSTDCS_SHARE, "cstdcs.minQuota", "cstdcs.ranking");
        return condition.withBasis(rules.source(CSTDCS_SHARE) + "; thứ tự xếp: " + rules.source("cstdcs.ranking"));
    }

    private static String noCapText(RuleSet rules) {
        return "Bộ quy tắc " + rules.version() + " không đặt tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số LĐTT "
                + "(Nghị định 152/2025/NĐ-CP không quy định tỷ lệ; tỉnh có thể quy định) (no cap in this rule set)";
    }

    private static String rankingText(RuleSet rules) {
        return String.join(", ", Arrays.stream(rules.text("cstdcs.ranking").split(",")).map(key -> switch (
                RankingKey.valueOf(key.strip())) {
            case RATING -> "xếp loại";
            case INITIATIVE_LEVEL -> "cấp sáng kiến";
            case STREAK -> "số năm CSTĐCS liên tục";
            case SENIORITY -> "thâm niên";
        }).toList());
    }

    /** The unit's CSTĐCS share: how many are within quota against the quota. */
    public static Condition cstdcsShare(List<IndividualResult> results, RuleSet rules) {
        int ldtt = (int) results.stream().filter(r -> r.isEligible(Title.LDTT)).count();
        int quota = cstdcsQuota(ldtt, rules);
        int eligible = (int) results.stream().filter(r -> r.isEligible(Title.CSTDCS)).count();
        if (rules.find(CSTDCS_SHARE).isEmpty()) {
            return Condition.of("CSTDCS_SHARE", true, noCapText(rules), eligible + " người đủ tiêu chuẩn", rules,
                    "cstdcs.minQuota");
        }
        return Condition.of("CSTDCS_SHARE", eligible <= quota,
                "Tối đa " + Months.format(rules.number(CSTDCS_SHARE)) + " % của " + ldtt + " LĐTT = "
                        + quota + " Chiến sĩ thi đua cơ sở (at most " + quota + ")",
                eligible + " người trong tỷ lệ (within quota)", rules, CSTDCS_SHARE, "cstdcs.minQuota");
    }

    /**
     * The unit's HTXS share: HTXS (after the absence cap) against the base ({@code htxs.shareBase}), in the
     * whole unit or per staff group ({@code htxs.shareScope}); the condition fails when any scope exceeds it.
     */
    public static Condition htxsShare(List<IndividualResult> results, RuleSet rules) {
        HtxsBase base = rules.find("htxs.shareBase").map(p -> HtxsBase.valueOf(String.valueOf(p.value()).strip()))
                .orElse(HtxsBase.HTT_AND_ABOVE);
        HtxsScope scope = rules.find("htxs.shareScope").map(p -> HtxsScope.valueOf(String.valueOf(p.value()).strip()))
                .orElse(HtxsScope.UNIT);
        double percent = rules.number("htxs.maxSharePercent");
        Map<String, List<IndividualResult>> scopes = new java.util.TreeMap<>();
        for (IndividualResult r : results) {
            String key = scope == HtxsScope.UNIT ? "" : r.groupCode() == null ? "(không thuộc tổ)" : r.groupCode();
            scopes.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        if (scopes.isEmpty()) {
            scopes.put("", List.of());
        }
        boolean passed = true;
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, List<IndividualResult>> entry : scopes.entrySet()) {
            List<IndividualResult> members = entry.getValue();
            int counted = (int) members.stream().filter(r -> base == HtxsBase.HTT
                    ? r.effectiveRating() == Rating.HTT : r.effectiveRating().atLeast(Rating.HTT)).count();
            int htxs = (int) members.stream().filter(r -> r.effectiveRating() == Rating.HTXS).count();
            int max = (int) Math.floor(counted * percent / 100.0 + 1e-9);
            passed &= htxs <= max;
            String where = entry.getKey().isEmpty() ? "" : "tổ " + entry.getKey() + ": ";
            expected.add(where + Months.format(percent) + " % của " + counted + " = " + max);
            actual.add(where + htxs + " người hoàn thành xuất sắc (" + Months.percent(htxs, counted) + ")");
        }
        return Condition.of("HTXS_SHARE", passed,
                "Hoàn thành xuất sắc tối đa " + Months.format(percent) + " % " + base.label
                        + (scope == HtxsScope.UNIT ? " của đơn vị" : ", tính riêng từng tổ (nhóm cán bộ có nhiệm vụ tương đồng)")
                        + ": " + String.join("; ", expected) + " (HTXS share per " + scope + " of " + base + ")",
                String.join("; ", actual), rules, "htxs.maxSharePercent", "htxs.shareBase", "htxs.shareScope");
    }
}
