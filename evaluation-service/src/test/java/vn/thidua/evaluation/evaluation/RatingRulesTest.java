package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

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

    static Stream<Arguments> table() {
        Facts none = Facts.NONE;
        // Sept 1 – Nov 30 is exactly 3 months; Sept 1 – Feb 28 exactly 6.
        Facts sick3 = leave(LeaveKind.SICK, "2022-09-01", "2022-11-30");
        Facts sickJustUnder3 = leave(LeaveKind.SICK, "2022-09-01", "2022-11-29");
        Facts sick6 = leave(LeaveKind.SICK, "2022-09-01", "2023-02-28");
        Facts unpaidJustUnder6 = leave(LeaveKind.UNPAID, "2022-09-01", "2023-02-27");
        Facts maternity6 = leave(LeaveKind.MATERNITY, "2022-09-05", "2023-03-04");
        Facts study6Split = new Facts(null, List.of(), List.of(
                new Leave(LeaveKind.STUDY, d("2022-09-01"), d("2022-11-30")),
                new Leave(LeaveKind.OTHER, d("2022-12-01"), d("2023-02-28"))), List.of());
        Facts sickMostlyLastYear = leave(LeaveKind.SICK, "2022-03-01", "2022-10-31");
        return Stream.of(
                Arguments.of("no facts: HTXS stands", none, Rating.HTXS, Set.of()),
                Arguments.of("no facts: NOT_RATED refused", none, Rating.NOT_RATED, Set.of(Code.MUST_BE_RATED)),
                Arguments.of("6 months sick: HTT refused", sick6, Rating.HTT, Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("6 months sick: KHT refused too", sick6, Rating.KHT, Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("6 months sick: NOT_RATED", sick6, Rating.NOT_RATED, Set.of()),
                Arguments.of("6 months in two kinds and two records", study6Split, Rating.HT,
                        Set.of(Code.ABSENT_SIX_MONTHS)),
                Arguments.of("a day under 6 months: rated, at most HTT", unpaidJustUnder6, Rating.HTT, Set.of()),
                Arguments.of("a day under 6 months: HTXS refused", unpaidJustUnder6, Rating.HTXS,
                        Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("a day under 6 months: NOT_RATED refused", unpaidJustUnder6, Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("exactly 3 months: HTXS refused", sick3, Rating.HTXS, Set.of(Code.ABSENT_THREE_MONTHS)),
                Arguments.of("exactly 3 months: HTT", sick3, Rating.HTT, Set.of()),
                Arguments.of("a day under 3 months: HTXS", sickJustUnder3, Rating.HTXS, Set.of()),
                Arguments.of("6 months of maternity leave count as work: HTXS", maternity6, Rating.HTXS, Set.of()),
                Arguments.of("6 months of maternity leave: NOT_RATED refused", maternity6, Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("leave before the year does not count", sickMostlyLastYear, Rating.HTXS, Set.of()),
                Arguments.of("reprimand in the year: HTT refused", disciplined(DisciplineForm.REPRIMAND, "2023-03-15"),
                        Rating.HTT, Set.of(Code.DISCIPLINED)),
                Arguments.of("warning in the year: NOT_RATED refused", disciplined(DisciplineForm.WARNING, "2022-09-01"),
                        Rating.NOT_RATED, Set.of(Code.DISCIPLINED)),
                Arguments.of("dismissal on the last day: KHT", disciplined(DisciplineForm.DISMISSAL, "2023-08-31"),
                        Rating.KHT, Set.of()),
                Arguments.of("discipline the year before is ignored", disciplined(DisciplineForm.WARNING, "2022-08-31"),
                        Rating.HTXS, Set.of()),
                Arguments.of("discipline the year after is ignored", disciplined(DisciplineForm.DEMOTION, "2023-09-01"),
                        Rating.HTXS, Set.of()),
                Arguments.of("disciplined and 6 months absent: not rated wins",
                        new Facts(null, List.of(new Discipline(DisciplineForm.REPRIMAND, d("2023-01-10"))),
                                sick6.leave(), List.of()), Rating.NOT_RATED, Set.of()),
                Arguments.of("new hire, 5 months: HTXS refused", worked(5), Rating.HTXS, Set.of(Code.SHORT_SERVICE)),
                Arguments.of("new hire, 5 months: HTT", worked(5), Rating.HTT, Set.of()),
                Arguments.of("new hire, 5 months: NOT_RATED accepted", worked(5), Rating.NOT_RATED, Set.of()),
                Arguments.of("new hire, exactly 6 months: HTXS", worked(6), Rating.HTXS, Set.of()),
                Arguments.of("new hire, exactly 6 months: NOT_RATED refused", worked(6), Rating.NOT_RATED,
                        Set.of(Code.MUST_BE_RATED)),
                Arguments.of("new hire disciplined: KHT only", new Facts(5.0,
                        List.of(new Discipline(DisciplineForm.REPRIMAND, d("2023-05-02"))), List.of(), List.of()),
                        Rating.NOT_RATED, Set.of(Code.DISCIPLINED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aRatingBreaksExactlyTheRulesInTheTable(String name, Facts facts, Rating proposed, Set<Code> expected) {
        Set<Code> broken = RatingRules.check(proposed, facts, YEAR).stream().map(RatingRules.Violation::code)
                .collect(Collectors.toSet());
        assertEquals(expected, broken, name);
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
