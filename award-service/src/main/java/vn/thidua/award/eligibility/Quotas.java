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
 * HTXS: at most {@code htxs.maxSharePercent} % of those rated at least HTT (checked, not enforced:
 * evaluation-service enforces it when ratings are finalized).
 */
public final class Quotas {

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
        String share = Months.format(rules.number("cstdcs.maxShareOfLdtt"));
        return new Condition("CSTDCS_QUOTA", seat.within(),
                "Trong tỷ lệ của đơn vị: tối đa " + share + " % số LĐTT, làm tròn xuống = " + seat.quota()
                        + " người (" + share + " % của " + seat.ldttCount() + " LĐTT; within the unit's quota)",
                "Xếp thứ " + seat.rank() + "/" + seat.candidates() + " người đủ tiêu chuẩn, xếp theo "
                        + rankingText(rules) + (seat.tieBroken()
                        ? "; bằng nhau ở ngưỡng, tạm xếp theo mã cán bộ — hội đồng bỏ phiếu quyết định (tied at the cut "
                        + "line: the council decides)" : ""),
                rules.source("cstdcs.maxShareOfLdtt") + "; thứ tự xếp: " + rules.source("cstdcs.ranking"));
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
        return new Condition("CSTDCS_SHARE", eligible <= quota,
                "Tối đa " + Months.format(rules.number("cstdcs.maxShareOfLdtt")) + " % của " + ldtt + " LĐTT = "
                        + quota + " Chiến sĩ thi đua cơ sở (at most " + quota + ")",
                eligible + " người trong tỷ lệ (within quota)", rules.source("cstdcs.maxShareOfLdtt"));
    }

    /** The unit's HTXS share: HTXS (after the absence cap) against those rated at least HTT. */
    public static Condition htxsShare(List<IndividualResult> results, RuleSet rules) {
        int atLeastHtt = (int) results.stream().filter(r -> r.effectiveRating().atLeast(Rating.HTT)).count();
        int htxs = (int) results.stream().filter(r -> r.effectiveRating() == Rating.HTXS).count();
        double percent = rules.number("htxs.maxSharePercent");
        int max = (int) Math.floor(atLeastHtt * percent / 100.0 + 1e-9);
        return new Condition("HTXS_SHARE", htxs <= max,
                "Hoàn thành xuất sắc tối đa " + Months.format(percent) + " % của " + atLeastHtt
                        + " người từ hoàn thành tốt trở lên = " + max + " (at most " + max + " HTXS)",
                htxs + " người hoàn thành xuất sắc (" + Months.percent(htxs, atLeastHtt) + ")",
                rules.source("htxs.maxSharePercent"));
    }
}
