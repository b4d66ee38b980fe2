package vn.thidua.award.eligibility;

/** Hình thức kỷ luật, lightest first (the order of the contract's enum), so "from WARNING up" is a comparison. */
public enum DisciplineForm {
    REPRIMAND("khiển trách"),
    WARNING("cảnh cáo"),
    SALARY_DOWNGRADE("hạ bậc lương"),
    DEMOTION("giáng chức"),
    REMOVAL_FROM_OFFICE("cách chức"),
    DISMISSAL("buộc thôi việc");

    public final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    public boolean atLeast(DisciplineForm other) {
        return ordinal() >= other.ordinal();
    }
}
