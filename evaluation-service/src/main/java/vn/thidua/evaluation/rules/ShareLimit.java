package vn.thidua.evaluation.rules;

/**
 * The HTXS cap that applies to a cycle: at most {@code percent} % of {@code base}, counted per {@code scope},
 * from rule set {@code ruleSetVersion}'s {@code htxs.maxSharePercent} (whose legal source is {@code source}),
 * {@code htxs.shareBase} and {@code htxs.shareScope} (absent: today's behaviour, HTT_AND_ABOVE per UNIT).
 */
public record ShareLimit(double percent, Base base, Scope scope, String ruleSetVersion, String source) {

    /** What the percentage is taken of. */
    public enum Base {
        /** Those rated HTT or HTXS (the behaviour before the parameter existed). */
        HTT_AND_ABOVE,
        /** Those rated HTT ("không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ"; cần đối chiếu). */
        HTT
    }

    /** Over whom the share is counted. */
    public enum Scope {
        /** The whole school (the behaviour before the parameter existed). */
        UNIT,
        /** Each group of staff with similar tasks: the staff record's group (tổ chuyên môn, văn phòng). */
        STAFF_GROUP
    }

    public ShareLimit(double percent, String ruleSetVersion, String source) {
        this(percent, Base.HTT_AND_ABOVE, Scope.UNIT, ruleSetVersion, source);
    }
}
