package vn.thidua.evaluation;

import java.util.List;

/**
 * The standard criteria every public employee is assessed on, beside the plan's contents: the
 * five groups of Nghị định 90/2020/NĐ-CP (amended by 48/2023/NĐ-CP) on assessing and rating
 * officials and public employees. Offices setting their own list is not built yet.
 */
final class StandardCriteria {

    static final List<Criterion> DEFAULT = List.of(
            new Criterion(Criterion.Source.STANDARD, "TC1", "Chính trị tư tưởng"),
            new Criterion(Criterion.Source.STANDARD, "TC2", "Đạo đức, lối sống"),
            new Criterion(Criterion.Source.STANDARD, "TC3", "Tác phong, lề lối làm việc"),
            new Criterion(Criterion.Source.STANDARD, "TC4", "Ý thức tổ chức kỷ luật"),
            new Criterion(Criterion.Source.STANDARD, "TC5", "Kết quả thực hiện chức trách, nhiệm vụ được giao"));

    private StandardCriteria() {
    }
}
