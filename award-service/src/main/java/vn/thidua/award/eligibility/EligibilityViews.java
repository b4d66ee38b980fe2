package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the eligibility endpoints return. */
final class EligibilityViews {

    private EligibilityViews() {
    }

    /**
     * A title or form: its code, its Vietnamese name, the outcome (ELIGIBLE, DEFERRED: waiting on an open
     * discipline procedure, NOT_ELIGIBLE) and every condition checked, each naming the parameters it read.
     */
    public record TitleView(Title title, String name, boolean eligible, boolean deferred, String outcome,
            List<Condition> conditions) {

        static List<TitleView> of(List<TitleCheck> checks) {
            return checks.stream().map(c -> new TitleView(c.title(), c.title().label, c.eligible(), c.deferred(),
                    c.eligible() ? "ELIGIBLE" : c.deferred() ? "DEFERRED" : "NOT_ELIGIBLE", c.conditions())).toList();
        }
    }

    public record StaffView(UUID staffId, UUID evaluationId, UUID cycleId, String unitCode, String schoolYear,
            String groupCode, String ruleSetVersion, Rating rating, Rating effectiveRating, List<Title> eligible,
            List<TitleView> titles, OffsetDateTime computedAt) {

        static StaffView of(StaffEligibility row) {
            return new StaffView(row.key.staffId(), row.evaluationId, row.key.cycleId(), row.unitCode, row.schoolYear,
                    row.groupCode, row.ruleSetVersion, row.rating, row.effectiveRating, row.eligible,
                    TitleView.of(row.explanation), row.computedAt);
        }
    }

    public record CollectiveView(String code, CollectiveResult.Kind kind, int members, List<Title> eligible,
            List<TitleView> titles) {

        static CollectiveView of(CollectiveEligibility row) {
            return new CollectiveView(row.key.code(), row.key.kind(), row.members, row.eligible,
                    TitleView.of(row.explanation));
        }
    }

    /**
     * A cycle's eligibility: the rule set used and why, staff, collectives and the unit's quota checks.
     * {@code computations}: recomputations so far (at most one per batch of events); {@code eventsApplied}:
     * evaluation events applied; {@code current}: every applied event is in these results (false while a
     * recomputation is due); {@code staff}: one page of the staff results (query {@code staffPage}, {@code staffSize}),
     * by staff id, of {@code staffTotal} the caller may read.
     */
    public record CycleView(UUID cycleId, String unitCode, String schoolYear, String ruleSetVersion,
            LocalDate ruleSetChosenFor, String ruleSetNote, OffsetDateTime computedAt, int computations,
            int eventsApplied, boolean current, List<StaffView> staff, long staffTotal, List<CollectiveView> collectives,
            List<Condition> unitChecks) {

        static CycleView of(EligibilityQueries.CycleData data) {
            var cycle = data.cycle();
            return new CycleView(cycle.cycleId, cycle.unitCode, cycle.schoolYear, cycle.ruleSetVersion, cycle.pinnedOn,
                    cycle.ruleSetNote, cycle.computedAt, cycle.computations, cycle.eventsApplied,
                    cycle.computedRevision >= cycle.pendingRevision,
                    data.staff().stream().map(StaffView::of).toList(), data.staffTotal(),
                    data.collectives().stream().map(CollectiveView::of).toList(),
                    data.whole() ? cycle.unitChecks : List.of());
        }
    }
}
