package vn.thidua.evaluation.rules;

/**
 * The absence thresholds a cycle's ratings are checked against, from the rule set version the cycle is
 * pinned to: {@code rating.cappedAbsenceMonths} (3: from 3 to under 6 months off work, at most HT) and
 * {@code rating.notRatedAbsenceMonths} (6: not rated; also the months a person must have worked to be
 * rated). A version without them takes the defaults (Nghị định 90/2020/NĐ-CP Điều 2 khoản 3, as amended
 * by Nghị định 48/2023/NĐ-CP; secondary sources, cần đối chiếu). {@code ruleSetVersion} is null for the
 * defaults used without a rule set (tests of the plain rules).
 */
public record RatingLimits(double cappedAbsenceMonths, double notRatedAbsenceMonths, String ruleSetVersion) {

    public static final double DEFAULT_CAPPED_ABSENCE_MONTHS = 3;
    public static final double DEFAULT_NOT_RATED_ABSENCE_MONTHS = 6;

    public static final RatingLimits DEFAULTS = new RatingLimits(DEFAULT_CAPPED_ABSENCE_MONTHS,
            DEFAULT_NOT_RATED_ABSENCE_MONTHS, null);
}
