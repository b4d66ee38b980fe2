package vn.thidua.award.eligibility;

/** Cấp công nhận sáng kiến, lowest first. SCHOOL is the school's own initiative council (cấp cơ sở). */
public enum InitiativeLevel {
    SCHOOL("cấp trường (cơ sở)"),
    OFFICE("cấp phòng/huyện"),
    PROVINCE("cấp tỉnh"),
    NATIONAL("cấp toàn quốc");

    public final String label;

    InitiativeLevel(String label) {
        this.label = label;
    }

    public boolean atLeast(InitiativeLevel other) {
        return ordinal() >= other.ordinal();
    }
}
