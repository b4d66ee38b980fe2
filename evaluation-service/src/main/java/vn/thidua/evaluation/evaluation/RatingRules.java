package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import vn.thidua.platform.time.SchoolYear;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rating may be, given the facts (Nghị định 90/2020/NĐ-CP on rating officials and public
 * employees, as amended by 48/2023/NĐ-CP; DESIGN.md "Rules are data"). Checked in this order:
 * <ol>
 * <li>6 months or more of absence other than maternity leave in the school year: not rated
 * (NOT_RATED, and only that).</li>
 * <li>Disciplined, in any form, by a decision dated in the school year: KHT, and only that.
 * Discipline dated in another year does not count.</li>
 * <li>3 to under 6 months of absence other than maternity leave: at most HTT.</li>
 * <li>Fewer than 6 months worked for another reason (hired or left during the year): rated on the
 * time worked, at most HTT (too short a record to call "xuất sắc"); NOT_RATED is accepted too,
 * as a principal may find a few weeks too short to judge. Whether such a person can be LĐTT is the
 * award rules' question (6 months needed); the event carries monthsWorked for it.</li>
 * <li>Everyone else who worked 6 months or more must be rated: NOT_RATED is refused.</li>
 * </ol>
 * Maternity leave counts as work throughout. A plain function of its inputs, so it is tested
 * without the application.
 */
final class RatingRules {

    /** Absence from which a person is not rated. */
    public static final double NOT_RATED_ABSENCE_MONTHS = 6;
    /** Absence from which a person cannot be rated above HTT. */
    public static final double CAPPED_ABSENCE_MONTHS = 3;
    /** Months worked below which a person cannot be rated above HTT. */
    public static final double MIN_MONTHS_FOR_HTXS = 6;

    public enum Code { ABSENT_SIX_MONTHS, DISCIPLINED, ABSENT_THREE_MONTHS, SHORT_SERVICE, MUST_BE_RATED }

    /** A rule the proposed rating breaks, and the ratings that rule allows. */
    public record Violation(Code code, String message, List<Rating> allowed) {
    }

    private RatingRules() {
    }

    /**
     * The rules {@code proposed} breaks; empty when it may stand. {@code facts.monthsWorked()} is
     * the effective value (given or derived); when null, a full year less the absence is assumed.
     */
    public static List<Violation> check(Rating proposed, Facts facts, SchoolYear year) {
        double absence = WorkTime.absence(facts.leave(), year);
        double worked = facts.monthsWorked() != null ? facts.monthsWorked() : Math.max(0, 12 - absence);
        List<Violation> violations = new ArrayList<>();
        if (absence >= NOT_RATED_ABSENCE_MONTHS) {
            if (proposed != Rating.NOT_RATED) {
                violations.add(new Violation(Code.ABSENT_SIX_MONTHS, "Nghỉ " + months(absence)
                        + " tháng trong năm học (không kể thai sản), từ 6 tháng trở lên thì không xếp loại "
                        + "(6+ months of non-maternity absence: NOT_RATED)", List.of(Rating.NOT_RATED)));
            }
            return violations;
        }
        if (facts.disciplinedIn(year)) {
            if (proposed != Rating.KHT) {
                violations.add(new Violation(Code.DISCIPLINED, "Bị kỷ luật trong năm học " + year
                        + " thì xếp loại không hoàn thành nhiệm vụ (disciplined in the school year: KHT)",
                        List.of(Rating.KHT)));
            }
            return violations;
        }
        if (absence >= CAPPED_ABSENCE_MONTHS && proposed == Rating.HTXS) {
            violations.add(new Violation(Code.ABSENT_THREE_MONTHS, "Nghỉ " + months(absence)
                    + " tháng trong năm học (không kể thai sản), từ 3 đến dưới 6 tháng thì tối đa hoàn thành tốt "
                    + "(3 to <6 months of absence: at most HTT)", List.of(Rating.HTT, Rating.HT, Rating.KHT)));
        }
        if (worked < MIN_MONTHS_FOR_HTXS) {
            if (proposed == Rating.HTXS) {
                violations.add(new Violation(Code.SHORT_SERVICE, "Làm việc " + months(worked)
                        + " tháng trong năm học, dưới 6 tháng thì tối đa hoàn thành tốt "
                        + "(fewer than 6 months worked: at most HTT)",
                        List.of(Rating.HTT, Rating.HT, Rating.KHT, Rating.NOT_RATED)));
            }
        } else if (proposed == Rating.NOT_RATED) {
            violations.add(new Violation(Code.MUST_BE_RATED, "Làm việc " + months(worked)
                    + " tháng, nghỉ dưới 6 tháng: phải xếp loại (worked 6+ months and absent under 6: must be rated)",
                    List.of(Rating.HTXS, Rating.HTT, Rating.HT, Rating.KHT)));
        }
        return violations;
    }

    private static String months(double value) {
        double rounded = WorkTime.rounded(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
