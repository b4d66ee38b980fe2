package vn.thidua.evaluation.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.rules.RatingLimits;
import vn.thidua.evaluation.evaluation.Facts.Discipline;
import vn.thidua.evaluation.evaluation.Facts.DisciplineForm;
import vn.thidua.evaluation.evaluation.Facts.Leave;
import vn.thidua.evaluation.evaluation.Facts.LeaveKind;
import vn.thidua.evaluation.evaluation.RatingRules.Code;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one finalisation policy without the application: a rating, the facts, the person and the
 * cycle, and the share situation in; the violations, the share after, the audit and the event out.
 */
class FinalizationTest {

    static final SchoolYear YEAR = SchoolYear.parse("2022-2023");
    static final Finalization.Setting CYCLE = new Finalization.Setting(UUID.randomUUID(), "TH-TRAMCHIM2", "2022-2023",
            YEAR, RatingLimits.DEFAULTS);
    /** At the school since before the year, all year. */
    static final Finalization.Person ALL_YEAR = new Finalization.Person(UUID.randomUUID(), "TO-4-5",
            LocalDate.parse("2010-09-01"), LocalDate.parse("2015-08-15"), null);
    /** Joined on 1 April: five months of the school year. */
    static final Finalization.Person FROM_APRIL = new Finalization.Person(UUID.randomUUID(), null, null,
            LocalDate.parse("2023-04-01"), null);

    static Facts leave(LeaveKind kind, String from, String to) {
        return new Facts(null, List.of(), List.of(new Leave(kind, LocalDate.parse(from), LocalDate.parse(to))),
                List.of());
    }

    /**
     * rating, facts, person, share before (htxs of atLeastHtt at 20 %) → the rules broken, whether the
     * share is exceeded, and the share after.
     */
    static Stream<Arguments> table() {
        HtxsShare none = new HtxsShare(0, 0, 20);
        HtxsShare oneOfNine = new HtxsShare(1, 9, 20);
        HtxsShare twoOfTwelve = new HtxsShare(2, 12, 20);
        Facts sick6 = leave(LeaveKind.SICK, "2022-09-01", "2023-02-28");
        Facts sick3 = leave(LeaveKind.SICK, "2022-09-01", "2022-11-30");
        Facts disciplined = new Facts(null, List.of(new Discipline(DisciplineForm.WARNING, LocalDate.parse("2023-01-10"))),
                List.of(), List.of());
        return Stream.of(
                Arguments.of("HTT, no facts: stands, the share grows in its base", Rating.HTT, null, ALL_YEAR, none,
                        Set.of(), false, new HtxsShare(0, 1, 20)),
                Arguments.of("HTXS alone: 1 of 1 is over 20 %", Rating.HTXS, null, ALL_YEAR, none,
                        Set.of(), true, new HtxsShare(1, 1, 20)),
                Arguments.of("HTXS at the limit: 2 of 10 is exactly 20 %", Rating.HTXS, null, ALL_YEAR, oneOfNine,
                        Set.of(), false, new HtxsShare(2, 10, 20)),
                Arguments.of("HTXS one past the limit: 3 of 13, at most 2", Rating.HTXS, null, ALL_YEAR, twoOfTwelve,
                        Set.of(), true, new HtxsShare(3, 13, 20)),
                Arguments.of("HT never exceeds the share", Rating.HT, null, ALL_YEAR, twoOfTwelve,
                        Set.of(), false, new HtxsShare(2, 12, 20)),
                Arguments.of("6 months sick: only NOT_RATED", Rating.HTT, sick6, ALL_YEAR, none,
                        Set.of(Code.ABSENT_SIX_MONTHS), false, new HtxsShare(0, 1, 20)),
                Arguments.of("disciplined in the year: only KHT", Rating.HT, disciplined, ALL_YEAR, none,
                        Set.of(Code.DISCIPLINED), false, none),
                Arguments.of("3 months sick: HTXS refused", Rating.HTXS, sick3, ALL_YEAR, oneOfNine,
                        Set.of(Code.ABSENT_THREE_MONTHS), false, new HtxsShare(2, 10, 20)),
                Arguments.of("3 months sick: HTT refused too, at most HT", Rating.HTT, sick3, ALL_YEAR, none,
                        Set.of(Code.ABSENT_THREE_MONTHS), false, new HtxsShare(0, 1, 20)),
                Arguments.of("joined in April (derived months): HTXS refused", Rating.HTXS, null, FROM_APRIL, oneOfNine,
                        Set.of(Code.SHORT_SERVICE), false, new HtxsShare(2, 10, 20)),
                Arguments.of("joined in April: NOT_RATED", Rating.NOT_RATED, null, FROM_APRIL, none,
                        Set.of(), false, none),
                Arguments.of("joined in April: HT refused, under 6 months worked is not rated", Rating.HT, null,
                        FROM_APRIL, none, Set.of(Code.SHORT_SERVICE), false, none),
                Arguments.of("all year: NOT_RATED refused", Rating.NOT_RATED, Facts.NONE, ALL_YEAR, none,
                        Set.of(Code.MUST_BE_RATED), false, none));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void policy(String name, Rating rating, Facts facts, Finalization.Person person, HtxsShare before,
            Set<Code> broken, boolean exceeded, HtxsShare after) {
        Finalization finalization = Finalization.of(rating, facts, person, CYCLE);
        assertEquals(broken, finalization.violations().stream().map(RatingRules.Violation::code)
                .collect(Collectors.toSet()));
        assertEquals(exceeded, finalization.exceeds(before));
        assertEquals(after, finalization.share(before));
    }

    @Test
    void theEventCarriesTheFactsOfTheYearAndTheDerivedMonths() {
        Facts facts = new Facts(null, List.of(new Discipline(DisciplineForm.REPRIMAND, LocalDate.parse("2021-05-01"))),
                List.of(new Leave(LeaveKind.SICK, LocalDate.parse("2022-06-01"), LocalDate.parse("2022-09-30")),
                        new Leave(LeaveKind.MATERNITY, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-03-31"))),
                List.of());
        Finalization finalization = Finalization.of(Rating.HTT, facts, ALL_YEAR, CYCLE);
        assertTrue(finalization.violations().isEmpty());
        UUID evaluationId = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2023, 5, 20, 3, 0, 0, 0, ZoneOffset.UTC);

        EvaluationEvents.Finalized event = finalization.event(evaluationId, "gv01@th-tramchim2", at);

        assertEquals(new EvaluationEvents.Finalized(evaluationId, CYCLE.cycleId(), ALL_YEAR.staffId(), "TH-TRAMCHIM2",
                "2022-2023", Rating.HTT, event.facts(), ALL_YEAR.hireDate(), "TO-4-5", "gv01@th-tramchim2", at), event);
        // Discipline of another year is left out; leave overlapping the year is kept; a month of sick
        // leave in September counts against the 12 months, maternity leave does not.
        assertEquals(List.of(), event.facts().discipline());
        assertEquals(2, event.facts().leave().size());
        assertEquals(11.0, event.facts().monthsWorked());
    }

    @Test
    void theAuditOfASingleFinalisationAddsTheFactsOfTheYearToTheSnapshot() {
        Finalization finalization = Finalization.of(Rating.HT, Facts.NONE.withMonthsWorked(12.0), ALL_YEAR, CYCLE);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", EvaluationState.FINALIZED);
        snapshot.put("finalRating", Rating.HT);

        Map<String, Object> after = finalization.auditAfter(snapshot);

        assertEquals(List.of("state", "finalRating", "facts"), List.copyOf(after.keySet()));
        assertEquals(Facts.NONE.withMonthsWorked(12.0), after.get("facts"));
        assertFalse(snapshot.containsKey("facts"));
    }

    @Test
    void givenMonthsWinOverTheStaffRecord() {
        Finalization finalization = Finalization.of(Rating.HTXS, Facts.NONE.withMonthsWorked(9.0), FROM_APRIL, CYCLE);
        assertTrue(finalization.violations().isEmpty());
        assertEquals(9.0, finalization.event(UUID.randomUUID(), "x", null).facts().monthsWorked());
        assertNull(finalization.event(UUID.randomUUID(), "x", null).finalizedAt());
    }
}
