package vn.thidua.award.report;

import vn.thidua.award.report.ReportRows.AwardRow;
import vn.thidua.award.report.ReportRows.DecisionRow;
import vn.thidua.award.report.ReportRows.RatingRow;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Event → row changes of the reporting read model; nothing else feeds the reports. Plain Java over a
 * {@link State}: the database in the service, a map in tests and in the rebuild check. The result
 * does not depend on the order events of different keys arrive in (award events of one nomination
 * travel under several keys), nor on a replay interleaving with live delivery.
 */
final class ReportProjection {

    /** Where rows are read and written. */
    public interface State {

        Optional<RatingRow> rating(UUID evaluationId);

        void save(RatingRow row);

        Optional<AwardRow> award(UUID nominationId);

        void save(AwardRow row);

        void save(DecisionRow row);
    }

    public static final Set<String> TYPES = Set.of(
            EventTypes.EVALUATION_FINALIZED.type(), EventTypes.EVALUATION_REOPENED.type(),
            EventTypes.NOMINATED.type(), EventTypes.SUBMITTED.type(), EventTypes.DECIDED.type(),
            EventTypes.REJECTED.type(), EventTypes.REVOKED.type());

    private final EventCodec codec;

    public ReportProjection(EventCodec codec) {
        this.codec = codec;
    }

    /** Applies one event; false for a type the reports do not read. */
    public boolean apply(EventEnvelope event, State state) {
        String type = event.type();
        if (type.equals(EventTypes.EVALUATION_FINALIZED.type())) {
            finalized(codec.dataAs(event, ReportingEvents.Finalized.class), state);
        } else if (type.equals(EventTypes.EVALUATION_REOPENED.type())) {
            reopened(codec.dataAs(event, ReportingEvents.Reopened.class), event.schoolyear(), state);
        } else if (type.equals(EventTypes.NOMINATED.type())) {
            nominated(codec.dataAs(event, ReportingEvents.Nominated.class), state);
        } else if (type.equals(EventTypes.SUBMITTED.type())) {
            submitted(codec.dataAs(event, ReportingEvents.Submitted.class), state);
        } else if (type.equals(EventTypes.DECIDED.type())) {
            decided(codec.dataAs(event, ReportingEvents.Decided.class), state);
        } else if (type.equals(EventTypes.REJECTED.type())) {
            rejected(codec.dataAs(event, ReportingEvents.Rejected.class), state);
        } else if (type.equals(EventTypes.REVOKED.type())) {
            revoked(codec.dataAs(event, ReportingEvents.Revoked.class), state);
        } else {
            return false;
        }
        return true;
    }

    /**
     * Counts from now on, unless a later reopening was already seen (then only the facts are kept).
     * On equal times the finalization wins, whichever came first.
     */
    static void finalized(ReportingEvents.Finalized e, State state) {
        Optional<RatingRow> current = state.rating(e.evaluationId());
        boolean latest = current.map(row -> !e.finalizedAt().isBefore(row.changedAt())).orElse(true);
        if (latest) {
            state.save(new RatingRow(e.evaluationId(), e.cycleId(), e.staffId(), e.unitCode(), e.schoolYear(),
                    e.rating(), true, e.finalizedAt(), null));
        } else {
            RatingRow row = current.get();
            state.save(new RatingRow(row.evaluationId(), e.cycleId(), e.staffId(), e.unitCode(), e.schoolYear(),
                    e.rating(), row.counted(), row.changedAt(), row.reopenReason()));
        }
    }

    /** Stops counting when later than the finalization seen (strictly: a tie goes to the finalization). */
    static void reopened(ReportingEvents.Reopened e, String envelopeSchoolYear, State state) {
        Optional<RatingRow> current = state.rating(e.evaluationId());
        if (current.isPresent() && !e.reopenedAt().isAfter(current.get().changedAt())) {
            return;
        }
        RatingRow row = current.orElse(null);
        state.save(new RatingRow(e.evaluationId(), e.cycleId(), e.staffId(), e.unitCode(),
                row != null && row.schoolYear() != null ? row.schoolYear() : envelopeSchoolYear,
                row == null ? null : row.rating(), false, e.reopenedAt(), e.reason()));
    }

    static void nominated(ReportingEvents.Nominated e, State state) {
        AwardRow row = row(e.nominationId(), state);
        row.nominatingUnit = e.unitCode();
        row.schoolYear = e.schoolYear();
        row.nomineeType = e.nomineeType();
        row.nomineeId = e.nomineeId();
        row.awardCode = e.awardCode();
        row.nominatedAt = e.nominatedAt();
        state.save(row);
    }

    static void submitted(ReportingEvents.Submitted e, State state) {
        for (UUID nominationId : e.nominationIds()) {
            AwardRow row = row(nominationId, state);
            row.submittedTo = e.toUnitCode();
            row.submittedAt = e.submittedAt();
            if (row.schoolYear == null) {
                row.schoolYear = e.schoolYear();
            }
            if (row.nominatingUnit == null) {
                row.nominatingUnit = e.fromUnitCode();
            }
            state.save(row);
        }
    }

    static void decided(ReportingEvents.Decided e, State state) {
        state.save(new DecisionRow(e.decisionId(), e.unitCode(), e.schoolYear(), e.decisionNumber(), e.decisionDate(),
                e.signer(), e.decidedAt()));
        for (ReportingEvents.Item item : e.items()) {
            AwardRow row = row(item.nominationId(), state);
            row.decisionId = e.decisionId();
            row.decidingUnit = e.unitCode();
            // The nominated event, when seen, is the nominee's own record; the decision fills gaps only.
            if (row.nomineeId == null) {
                row.nomineeId = item.nomineeId();
            }
            if (row.awardCode == null) {
                row.awardCode = item.awardCode();
            }
            if (row.schoolYear == null) {
                row.schoolYear = e.schoolYear();
            }
            row.prizeAmount = item.prizeMoney() == null ? null : item.prizeMoney().amount();
            state.save(row);
        }
    }

    static void rejected(ReportingEvents.Rejected e, State state) {
        AwardRow row = row(e.nominationId(), state);
        row.rejectedBy = e.unitCode();
        row.rejectedReason = e.reason();
        row.rejectedAt = e.rejectedAt();
        state.save(row);
    }

    /** A revocation is final: the award stops counting and keeps its reason. */
    static void revoked(ReportingEvents.Revoked e, State state) {
        AwardRow row = row(e.nominationId(), state);
        if (row.decisionId == null) {
            row.decisionId = e.decisionId();
        }
        row.revokedBy = e.unitCode();
        row.revokedReason = e.reason();
        row.revokedAt = e.revokedAt();
        state.save(row);
    }

    private static AwardRow row(UUID nominationId, State state) {
        return state.award(nominationId).orElseGet(() -> new AwardRow(nominationId));
    }
}
