package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.rules.RatingLimits;
import vn.thidua.platform.time.SchoolYear;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rating may be, given the facts (Nghị định 90/2020/NĐ-CP on rating officials and public
 * employees, as amended by 48/2023/NĐ-CP; DESIGN.md "Rules are data"). The thresholds come from the
 * cycle's rule set ({@link RatingLimits}: N = {@code rating.notRatedAbsenceMonths}, 6; C =
 * {@code rating.cappedAbsenceMonths}, 3). Checked in this order:
 * <ol>
 * <li>N months or more of absence in the school year: not rated (NOT_RATED, and only that).</li>
 * <li>Fewer than N months worked in the year (hired, arrived or left during it): not rated either
 * ("thời gian công tác trong năm dưới 06 tháng thì không thực hiện đánh giá, xếp loại").</li>
 * <li>A discipline decided in the school year: KHT, and only that. A procedure still open
 * ({@code pending}) is no decision and changes nothing here; a decision of an earlier year whose term
 * runs into this one does not either (the title rules count from the term's end, NĐ 152/2025 Điều 4
 * khoản 4; the event carries it).</li>
 * <li>C to under N months of absence: rated, but never HTT or above ("không xếp loại chất lượng ở mức
 * hoàn thành tốt nhiệm vụ trở lên"): HT or KHT.</li>
 * <li>Everyone else must be rated: NOT_RATED is refused.</li>
 * </ol>
 * Absence is leave other than maternity leave and leave counted as work; both count as work, so a
 * person on maternity leave is rated on the time actually worked and never "not rated" for it. A plain
 * function of its inputs, so it is tested without the application.
 */
final class RatingRules {

    /** How far a rule's source was checked (DESIGN.md: never present a remembered rule as law). */
    enum Verification {
        /** Read in the legal text itself. */
        TEXT("đã đối chiếu văn bản"),
        /** An official site or a legal Q&A quoting the text. */
        SECONDARY("nguồn thứ cấp, cần đối chiếu"),
        /** Not confirmed. */
        VERIFY("cần đối chiếu");

        final String label;

        Verification(String label) {
            this.label = label;
        }
    }

    private static final String ND90_ART2_CL3 = "Nghị định 90/2020/NĐ-CP Điều 2 khoản 3, sửa đổi bởi Nghị định 48/2023/NĐ-CP";

    /** Each rule with its legal source and how far that source was checked. */
    public enum Code {
        ABSENT_SIX_MONTHS(ND90_ART2_CL3, Verification.SECONDARY),
        SHORT_SERVICE(ND90_ART2_CL3, Verification.SECONDARY),
        DISCIPLINED("Nghị định 90/2020/NĐ-CP Điều 2 (bị kỷ luật trong năm đánh giá thì xếp loại không hoàn thành "
                + "nhiệm vụ), sửa đổi bởi Nghị định 48/2023/NĐ-CP; khoản cụ thể", Verification.VERIFY),
        ABSENT_THREE_MONTHS(ND90_ART2_CL3, Verification.SECONDARY),
        MUST_BE_RATED(ND90_ART2_CL3 + " (nghỉ thai sản: xếp loại theo thời gian làm việc thực tế)",
                Verification.SECONDARY);

        final String source;
        final Verification verification;

        Code(String source, Verification verification) {
            this.source = source;
            this.verification = verification;
        }

        /** The source as messages cite it: "căn cứ: …, [nguồn thứ cấp, cần đối chiếu]". */
        String citation() {
            return "căn cứ: " + source + " [" + verification.label + "]";
        }
    }

    /** A rule the proposed rating breaks, the ratings that rule allows, and the rule's source (in the message too). */
    public record Violation(Code code, String message, List<Rating> allowed) {

        String source() {
            return code.source;
        }
    }

    private RatingRules() {
    }

    /** {@link #check(Rating, Facts, SchoolYear, RatingLimits)} with the default thresholds. */
    public static List<Violation> check(Rating proposed, Facts facts, SchoolYear year) {
        return check(proposed, facts, year, RatingLimits.DEFAULTS);
    }

    /**
     * The rules {@code proposed} breaks; empty when it may stand. {@code facts.monthsWorked()} is
     * the effective value (given or derived); when null, a full year less the absence is assumed.
     */
    public static List<Violation> check(Rating proposed, Facts facts, SchoolYear year, RatingLimits limits) {
        double absence = WorkTime.absence(facts.leave(), year);
        double worked = facts.monthsWorked() != null ? facts.monthsWorked() : Math.max(0, 12 - absence);
        double notRated = limits.notRatedAbsenceMonths();
        double capped = limits.cappedAbsenceMonths();
        List<Violation> violations = new ArrayList<>();
        if (absence >= notRated) {
            if (proposed != Rating.NOT_RATED) {
                violations.add(violation(Code.ABSENT_SIX_MONTHS, "Nghỉ " + months(absence) + " tháng trong năm học "
                        + "(không kể thai sản và thời gian nghỉ được tính là làm việc), từ " + months(notRated)
                        + " tháng trở lên: không xếp loại", "(" + months(notRated) + "+ months of absence: NOT_RATED)",
                        List.of(Rating.NOT_RATED)));
            }
            return violations;
        }
        if (worked < notRated) {
            if (proposed != Rating.NOT_RATED) {
                violations.add(violation(Code.SHORT_SERVICE, "Làm việc " + months(worked) + " tháng trong năm học, "
                        + "dưới " + months(notRated) + " tháng: không đánh giá, xếp loại (vẫn kiểm điểm thời gian công tác)",
                        "(fewer than " + months(notRated) + " months worked: NOT_RATED)", List.of(Rating.NOT_RATED)));
            }
            return violations;
        }
        if (facts.disciplinedIn(year)) {
            if (proposed != Rating.KHT) {
                violations.add(violation(Code.DISCIPLINED, "Bị kỷ luật (đã có quyết định) trong năm học " + year
                        + ": xếp loại không hoàn thành nhiệm vụ", "(disciplined in the school year: KHT)",
                        List.of(Rating.KHT)));
            }
            return violations;
        }
        if (absence >= capped && proposed.atLeastHtt()) {
            violations.add(violation(Code.ABSENT_THREE_MONTHS, "Nghỉ " + months(absence) + " tháng (" + months(capped)
                    + " đến dưới " + months(notRated) + " tháng): không xếp loại từ Hoàn thành tốt trở lên",
                    "(" + months(capped) + " to under " + months(notRated) + " months of absence: at most HT)",
                    List.of(Rating.HT, Rating.KHT)));
        } else if (proposed == Rating.NOT_RATED) {
            violations.add(violation(Code.MUST_BE_RATED, "Làm việc " + months(worked) + " tháng, nghỉ dưới "
                    + months(notRated) + " tháng: phải xếp loại",
                    "(worked " + months(notRated) + "+ months and absent under " + months(notRated) + ": must be rated)",
                    List.of(Rating.HTXS, Rating.HTT, Rating.HT, Rating.KHT)));
        }
        return violations;
    }

    private static Violation violation(Code code, String vietnamese, String english, List<Rating> allowed) {
        return new Violation(code, vietnamese + " (" + code.citation() + ") " + english, allowed);
    }

    private static String months(double value) {
        double rounded = WorkTime.rounded(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
