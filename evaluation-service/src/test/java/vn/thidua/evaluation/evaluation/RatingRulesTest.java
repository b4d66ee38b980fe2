package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.rules.RatingLimits;
import vn.thidua.evaluation.rules.ShareLimit;

import vn.thidua.platform.time.SchoolYear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.evaluation.evaluation.Facts.Discipline;
import vn.thidua.evaluation.evaluation.Facts.DisciplineForm;
import vn.thidua.evaluation.evaluation.Facts.Leave;
import vn.thidua.evaluation.evaluation.Facts.LeaveKind;
import vn.thidua.evaluation.evaluation.RatingRules.Code;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rating rules as a table: facts, proposed rating, the rules it breaks (none: it stands). */
class RatingRulesTest {

    static final SchoolYear YEAR = SchoolYear.parse("2022-2023");

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Facts leave(LeaveKind kind, String from, String to) {
        return new Facts(null, List.of(), List.of(new Leave(kind, d(from), d(to))), List.of());
    }

    static Facts disciplined(DisciplineForm form, String date) {
        return new Facts(null, List.of(new Discipline(form, d(date))), List.of(), List.of());
    }

    static Facts worked(double months) {
        return Facts.NONE.withMonthsWorked(months);
    }

    static Facts discipline(Discipline... items) {
        return new Facts(null, List.of(items), List.of(), List.of());
    }

    // The sources the rows cite; a row's expected violations must cite its source in their message.
    static final String ND90 = "Nghị định 90/2020/NĐ-CP Điều 2 khoản 3, sửa đổi bởi Nghị định 48/2023/NĐ-CP";
    static final String ND90_DISCIPLINE = "Nghị định 90/2020/NĐ-CP Điều 2 (bị kỷ luật trong năm đánh giá";
    static final String ND152 = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 4 (title rules count from the term's end)";

    /** name, source, facts, proposed rating → the rules it breaks (none: it stands). */
    static Stream<Arguments> table() {
        Facts none = Facts.NONE;
        // Sept 1 – Nov 30 is exactly 3 months; to Dec 31 4, to Jan 31 5, to Feb 28 exactly 6.
        Facts sick3 = leave(LeaveKind.SICK, "2022-09-01", "2022-11-30");
        Facts sick4 = leave(LeaveKind.SICK, "2022-09-01", "2022-12-31");
        Facts sick5 = leave(LeaveKind.SICK, "2022-09-01", "2023-01-31");
        Facts sickJustUnder3 = leave(LeaveKind.SICK, "2022-09-01", "2022-11-29");
        Facts sick6 = leave(LeaveKind.SICK, "2022-09-01", "2023-02-28");
        Facts unpaid4 = leave(LeaveKind.UNPAID, "2023-01-01", "2023-04-30");
        Facts unpaidJustUnder6 = leave(LeaveKind.UNPAID, "2022-09-01", "2023-02-27");
        Facts maternity6 = leave(LeaveKind.MATERNITY, "2022-09-05", "2023-03-04");
        Facts maternity8 = leave(LeaveKind.MATERNITY, "2022-09-01", "2023-04-30");
        Facts counted4 = leave(LeaveKind.COUNTED_AS_WORK, "2022-09-01", "2022-12-31");
        Facts counted2Sick2 = new Facts(null, List.of(), List.of(
                new Leave(LeaveKind.COUNTED_AS_WORK, d("2022-09-01"), d("2022-10-31")),
                new Leave(LeaveKind.SICK, d("2022-11-01"), d("2022-12-31"))), List.of());
        Facts study6Split = new Facts(null, List.of(), List.of(
                new Leave(LeaveKind.STUDY, d("2022-09-01"), d("2022-11-30")),
                new Leave(LeaveKind.OTHER, d("2022-12-01"), d("2023-02-28"))), List.of());
        Facts sickMostlyLastYear = leave(LeaveKind.SICK, "2022-03-01", "2022-10-31");
        Facts pending = discipline(new Discipline(DisciplineForm.WARNING, d("2023-03-01"), true, null));
        Facts pendingThenDecided = discipline(new Discipline(DisciplineForm.WARNING, d("2023-03-01"), true, null),
                new Discipline(DisciplineForm.REPRIMAND, d("2023-05-10")));
        Facts termFromLastYear = discipline(new Discipline(DisciplineForm.REPRIMAND, d("2022-03-14"), null, d("2022-09-13")));
        Facts termIntoNextYear = discipline(new Discipline(DisciplineForm.WARNING, d("2023-06-01"), null, d("2024-05-31")));
        return Stream.of(
                Arguments.of("no facts: HTXS stands", ND90, none, Rating.HTXS, Set.of()),
                Arguments.of("no facts: NOT_RATED refused", ND90, none, Rating.NOT_RATED, Set.of(Code.MUST_BE_RATED)),
                Arguments.of("3 months sick: HTT refused (at most HT)", ND90, sick3, Rating.HTT,
                        Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("3 months sick: HTXS refused", ND90, sick3, Rating.HTXS, Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("3 months sick: HT stands", ND90, sick3, Rating.HT, Set.of()),
                Arguments.of("4 months sick: HTT refused", ND90, sick4, Rating.HTT, Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("4 months sick: HT stands", ND90, sick4, Rating.HT, Set.of()),
                Arguments.of("4 months sick: KHT stands", ND90, sick4, Rating.KHT, Set.of()),
                Arguments.of("4 months sick: NOT_RATED refused", ND90, sick4, Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("5 months sick: HTT refused", ND90, sick5, Rating.HTT, Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("5 months sick: HT stands", ND90, sick5, Rating.HT, Set.of()),
                Arguments.of("6 months sick: HTT refused", ND90, sick6, Rating.HTT, Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("6 months sick: KHT refused too", ND90, sick6, Rating.KHT, Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("6 months sick: NOT_RATED", ND90, sick6, Rating.NOT_RATED, Set.of()),
                Arguments.of("6 months in two kinds and two records", ND90, study6Split, Rating.HT,
                        Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("a day under 3 months sick: HTXS", ND90, sickJustUnder3, Rating.HTXS, Set.of()),
                Arguments.of("4 months unpaid: HTT refused", ND90, unpaid4, Rating.HTT, Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("a day under 6 months unpaid: HT stands", ND90, unpaidJustUnder6, Rating.HT, Set.of()),
                Arguments.of("a day under 6 months unpaid: HTXS refused", ND90, unpaidJustUnder6, Rating.HTXS,
                        Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("a day under 6 months unpaid: NOT_RATED refused", ND90, unpaidJustUnder6, Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("6 months of maternity leave count as work: HTXS", ND90, maternity6, Rating.HTXS, Set.of()),
                Arguments.of("6 months of maternity leave: NOT_RATED refused", ND90, maternity6, Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("8 months of maternity leave: rated on the time worked, HTT", ND90, maternity8, Rating.HTT,
                        Set.of()),
                Arguments.of("4 months counted as work: HTXS", ND90, counted4, Rating.HTXS, Set.of()),
                Arguments.of("2 counted as work + 2 sick is 2 months absent: HTXS", ND90, counted2Sick2, Rating.HTXS,
                        Set.of()),
                Arguments.of("leave before the year does not count", ND90, sickMostlyLastYear, Rating.HTXS, Set.of()),
                Arguments.of("reprimand in the year: HTT refused", ND90_DISCIPLINE,
                        disciplined(DisciplineForm.REPRIMAND, "2023-03-15"), Rating.HTT, Set.of(Code.DISCIPLINED)),
                Arguments.of("warning in the year: NOT_RATED refused", ND90_DISCIPLINE,
                        disciplined(DisciplineForm.WARNING, "2022-09-01"), Rating.NOT_RATED, Set.of(Code.DISCIPLINED)),
                Arguments.of("dismissal on the last day: KHT", ND90_DISCIPLINE,
                        disciplined(DisciplineForm.DISMISSAL, "2023-08-31"), Rating.KHT, Set.of()),
                Arguments.of("discipline the year before is ignored", ND90_DISCIPLINE,
                        disciplined(DisciplineForm.WARNING, "2022-08-31"), Rating.HTXS, Set.of()),
                Arguments.of("discipline the year after is ignored", ND90_DISCIPLINE,
                        disciplined(DisciplineForm.DEMOTION, "2023-09-01"), Rating.HTXS, Set.of()),
                Arguments.of("pending discipline: no decision, HTXS stands", ND90_DISCIPLINE, pending, Rating.HTXS,
                        Set.of()),
                Arguments.of("pending discipline then decided in the year: KHT only", ND90_DISCIPLINE,
                        pendingThenDecided, Rating.HTT, Set.of(Code.DISCIPLINED)),
                Arguments.of("term of last year's decision runs into this year: the rating is free", ND152,
                        termFromLastYear, Rating.HTXS, Set.of()),
                Arguments.of("decided this year, term into next year: KHT only", ND90_DISCIPLINE, termIntoNextYear,
                        Rating.HT, Set.of(Code.DISCIPLINED)),
                Arguments.of("disciplined and 6 months absent: not rated wins", ND90,
                        new Facts(null, List.of(new Discipline(DisciplineForm.REPRIMAND, d("2023-01-10"))),
                                sick6.leave(), List.of()), Rating.NOT_RATED, Set.of()),
                Arguments.of("new hire, 5 months: HTXS refused (not rated)", ND90, worked(5), Rating.HTXS,
                        Set.of(Code.SHORT_SERVICE)),
                Arguments.of("new hire, 5 months: HT refused (not rated)", ND90, worked(5), Rating.HT,
                        Set.of(Code.SHORT_SERVICE)),
                Arguments.of("new hire, 5 months: NOT_RATED", ND90, worked(5), Rating.NOT_RATED, Set.of()),
                Arguments.of("new hire, exactly 6 months: HTXS", ND90, worked(6), Rating.HTXS, Set.of()),
                Arguments.of("new hire, exactly 6 months: NOT_RATED refused", ND90, worked(6), Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("new hire disciplined, 5 months: not rated wins", ND90, new Facts(5.0,
                        List.of(new Discipline(DisciplineForm.REPRIMAND, d("2023-05-02"))), List.of(), List.of()),
                        Rating.NOT_RATED, Set.of()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("table")
    void aRatingBreaksExactlyTheRulesInTheTable(String name, String source, Facts facts, Rating proposed,
            Set<Code> expected) {
        List<RatingRules.Violation> violations = RatingRules.check(proposed, facts, YEAR);
        assertEquals(expected, violations.stream().map(RatingRules.Violation::code).collect(Collectors.toSet()), name);
        for (RatingRules.Violation violation : violations) {
            assertTrue(violation.message().contains(source), violation.message());
            assertTrue(violation.message().contains("cần đối chiếu"), violation.message());
            assertTrue(violation.allowed().stream().noneMatch(proposed::equals), violation.message());
        }
    }

    @Test
    void theMessageOfThreeToSixMonthsNamesTheMonthsAndTheRule() {
        List<RatingRules.Violation> violations = RatingRules.check(Rating.HTT,
                leave(LeaveKind.SICK, "2022-09-01", "2022-12-31"), YEAR);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).message().startsWith(
                "Nghỉ 4 tháng (3 đến dưới 6 tháng): không xếp loại từ Hoàn thành tốt trở lên"), violations.get(0).message());
        assertEquals(List.of(Rating.HT, Rating.KHT), violations.get(0).allowed());
    }

    @Test
    void thresholdsComeFromTheRuleSetWhenItHasThem() {
        Facts sick2 = leave(LeaveKind.SICK, "2022-09-01", "2022-10-31");
        Facts sick4 = leave(LeaveKind.SICK, "2022-09-01", "2022-12-31");
        RatingLimits strict = new RatingLimits(2, 4, "TEST");
        assertEquals(Set.of(), codes(RatingRules.check(Rating.HTT, sick2, YEAR)));
        assertEquals(Set.of(Code.ABSENT_THREE_MONTHS), codes(RatingRules.check(Rating.HTT, sick2, YEAR, strict)));
        assertTrue(RatingRules.check(Rating.HTT, sick2, YEAR, strict).get(0).message()
                .startsWith("Nghỉ 2 tháng (2 đến dưới 4 tháng)"));
        assertEquals(Set.of(Code.ABSENT_SIX_MONTHS), codes(RatingRules.check(Rating.HT, sick4, YEAR, strict)));
        assertEquals(Set.of(), codes(RatingRules.check(Rating.HT, sick4, YEAR)));
        // Fewer months worked than the not-rated threshold: not rated, with the threshold from the set.
        assertEquals(Set.of(), codes(RatingRules.check(Rating.HT, worked(5), YEAR, strict)));
        assertEquals(Set.of(Code.SHORT_SERVICE), codes(RatingRules.check(Rating.HT, worked(3.5), YEAR, strict)));
    }

    static Set<Code> codes(List<RatingRules.Violation> violations) {
        return violations.stream().map(RatingRules.Violation::code).collect(Collectors.toSet());
    }

    @Test
    void theEventKeepsDisciplineThatConcernsTheYear() {
        Discipline lastYear = new Discipline(DisciplineForm.WARNING, d("2022-03-01"));
        Discipline lastYearsTerm = new Discipline(DisciplineForm.REPRIMAND, d("2022-03-14"), null, d("2022-09-13"));
        Discipline termEndedBefore = new Discipline(DisciplineForm.REPRIMAND, d("2021-09-14"), null, d("2022-08-31"));
        Discipline thisYear = new Discipline(DisciplineForm.REPRIMAND, d("2023-02-01"));
        Discipline pendingOpenedLastYear = new Discipline(DisciplineForm.WARNING, d("2022-08-01"), true, null);
        Discipline pendingNextYear = new Discipline(DisciplineForm.WARNING, d("2023-09-05"), true, null);
        Facts facts = discipline(lastYear, lastYearsTerm, termEndedBefore, thisYear, pendingOpenedLastYear,
                pendingNextYear);
        assertEquals(List.of(lastYearsTerm, thisYear, pendingOpenedLastYear), facts.ofYear(YEAR).discipline());
        // pending false is the default and is kept as null, so it is written only when true.
        assertEquals(new Discipline(DisciplineForm.WARNING, d("2023-03-01")),
                new Discipline(DisciplineForm.WARNING, d("2023-03-01"), false, null));
    }

    @Test
    void disciplineTermsAndDatesAreChecked() {
        Facts facts = new Facts(null, List.of(
                new Discipline(DisciplineForm.WARNING, d("2023-03-01"), null, d("2023-02-28")),
                new Discipline(DisciplineForm.WARNING, d("2023-03-01"), true, d("2023-09-01")),
                new Discipline(DisciplineForm.WARNING, d("1899-12-31"), null, d("2101-01-01"))),
                List.of(new Leave(LeaveKind.COUNTED_AS_WORK, d("2023-01-02"), d("2200-01-01"))), List.of());
        assertEquals(List.of("discipline[0].endsOn", "discipline[1].endsOn", "discipline[2].date",
                "discipline[2].endsOn", "leave[0].to"), facts.check().stream().map(Facts.Violation::field).toList());
        assertEquals(List.of(), new Facts(null, List.of(
                new Discipline(DisciplineForm.WARNING, d("2023-03-01"), null, d("2023-03-01")),
                new Discipline(DisciplineForm.WARNING, d("2023-03-01"), true, null)), List.of(), List.of()).check());
    }

    @Test
    void absenceIsCountedInCalendarMonthsMergedAndClippedToTheYear() {
        assertEquals(3.0, WorkTime.absence(leave(LeaveKind.SICK, "2022-09-01", "2022-11-30").leave(), YEAR), 1e-9);
        assertEquals(3.0, WorkTime.absence(leave(LeaveKind.SICK, "2022-10-15", "2023-01-14").leave(), YEAR), 1e-9);
        assertTrue(WorkTime.absence(leave(LeaveKind.SICK, "2022-09-01", "2022-11-29").leave(), YEAR) < 3);
        // Overlapping records are not counted twice.
        List<Leave> overlapping = List.of(new Leave(LeaveKind.SICK, d("2022-09-01"), d("2022-10-31")),
                new Leave(LeaveKind.UNPAID, d("2022-10-01"), d("2022-11-30")));
        assertEquals(3.0, WorkTime.absence(overlapping, YEAR), 1e-9);
        // Only the part inside 1 Sept – 31 Aug counts.
        assertEquals(2.0, WorkTime.absence(leave(LeaveKind.SICK, "2023-07-01", "2023-10-31").leave(), YEAR), 1e-9);
        assertEquals(0.0, WorkTime.absence(leave(LeaveKind.MATERNITY, "2022-09-01", "2023-08-31").leave(), YEAR));
    }

    @Test
    void monthsWorkedAreDerivedFromHireAndActiveDatesLessNonMaternityLeave() {
        List<Leave> none = List.of();
        assertEquals(12.0, WorkTime.worked(d("2010-09-01"), d("2010-09-01"), null, none, YEAR), 1e-9);
        // Hired 1 March: March to August.
        assertEquals(6.0, WorkTime.worked(d("2023-03-01"), d("2023-03-01"), null, none, YEAR), 1e-9);
        // A transfer in January who joined the sector years ago worked the whole year.
        assertEquals(12.0, WorkTime.worked(d("2005-09-01"), d("2023-01-02"), null, none, YEAR), 1e-9);
        // Left at the end of January.
        assertEquals(5.0, WorkTime.worked(d("2005-09-01"), d("2005-09-01"), d("2023-01-31"), none, YEAR), 1e-9);
        // Maternity leave counts as work, sick leave does not.
        assertEquals(12.0, WorkTime.worked(null, d("2015-01-01"), null,
                leave(LeaveKind.MATERNITY, "2022-09-05", "2023-03-04").leave(), YEAR), 1e-9);
        assertEquals(9.0, WorkTime.worked(null, d("2015-01-01"), null,
                leave(LeaveKind.SICK, "2022-09-01", "2022-11-30").leave(), YEAR), 1e-9);
        // Derived months feed the rules: hired in April is under 6 months.
        Facts april = Facts.NONE.effective(d("2023-04-01"), d("2023-04-01"), null, YEAR);
        assertEquals(5.0, april.monthsWorked(), 1e-9);
        assertFalse(RatingRules.check(Rating.HTXS, april, YEAR).isEmpty());
    }

    @Test
    void theHtxsShareIsAShareOfThoseRatedAtLeastHtt() {
        assertEquals(2, new HtxsShare(0, 12, 20).max());
        assertFalse(new HtxsShare(1, 10, 20).with(Rating.HTXS).exceeded());
        assertTrue(new HtxsShare(2, 11, 20).with(Rating.HTXS).exceeded());
        assertTrue(new HtxsShare(0, 0, 20).with(Rating.HTXS).exceeded());
        assertTrue(new HtxsShare(2, 11, 20).with(Rating.HTXS).describe().startsWith("đã có 3/12"));
        assertTrue(new HtxsShare(2, 11, 20).with(Rating.HTXS).describe().contains("tối đa 2"));
    }

    @Test
    void theHtxsShareBaseIsAParameter() {
        ShareLimit ofHtt = new ShareLimit(20, ShareLimit.Base.HTT, ShareLimit.Scope.UNIT, "TEST", "thử");
        ShareLimit ofAtLeastHtt = new ShareLimit(20, "TEST", "thử");
        // Four rated HTT and one HTXS: 20 % of 5 rated at least HTT allows 1; 20 % of the 4 rated HTT allows none.
        HtxsShare atLeastHtt = HtxsShare.empty(ofAtLeastHtt, null).with(Rating.HTT, 4).with(Rating.HTXS);
        HtxsShare htt = HtxsShare.empty(ofHtt, null).with(Rating.HTT, 4).with(Rating.HTXS);
        assertEquals(5, atLeastHtt.counted());
        assertFalse(atLeastHtt.exceeded());
        assertEquals(4, htt.counted());
        assertTrue(htt.exceeded());
        assertTrue(htt.describe().startsWith("đã có 1 người hoàn thành xuất sắc so với 4 người hoàn thành tốt"),
                htt.describe());
        // Ten rated HTT: two HTXS either way; HT never enters either base.
        HtxsShare ten = HtxsShare.empty(ofHtt, "TO-1").with(Rating.HTT, 10).with(Rating.HT, 5).with(Rating.HTXS, 2);
        assertEquals(10, ten.counted());
        assertFalse(ten.exceeded());
        assertTrue(ten.with(Rating.HTXS).exceeded());
        assertTrue(ten.describe().contains("trong tổ TO-1"), ten.describe());
        assertEquals("(chưa có tổ)", HtxsShareLimit.groupOf(new ShareLimit(20, ShareLimit.Base.HTT,
                ShareLimit.Scope.STAFF_GROUP, "TEST", "thử"), null));
        assertEquals(null, HtxsShareLimit.groupOf(ofHtt, "TO-1"));
    }

    @Test
    void theStateMachineAllowsOnlyTheDesignedTransitions() {
        assertTrue(EvaluationState.DRAFT.allows(EvaluationState.Action.SUBMIT));
        assertFalse(EvaluationState.DRAFT.allows(EvaluationState.Action.FINALIZE));
        assertFalse(EvaluationState.SELF_ASSESSED.allows(EvaluationState.Action.SELF_ASSESS));
        assertTrue(EvaluationState.GROUP_REVIEWED.allows(EvaluationState.Action.FINALIZE));
        assertFalse(EvaluationState.FINALIZED.allows(EvaluationState.Action.EDIT_FACTS));
        assertTrue(EvaluationState.FINALIZED.allows(EvaluationState.Action.REOPEN));
        for (EvaluationState.Action action : EvaluationState.Action.values()) {
            if (action != EvaluationState.Action.REOPEN) {
                assertTrue(EvaluationState.REOPENED.allows(action), "REOPENED allows " + action);
            }
        }
    }
}
