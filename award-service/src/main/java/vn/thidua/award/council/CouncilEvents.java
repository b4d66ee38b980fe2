package vn.thidua.award.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The council's event, written to the outbox in the caller's transaction; its data as
 * contracts/schemas/vn.thidua.award.council-voted.v1.schema.json fixes it.
 */
@ApplicationScoped
class CouncilEvents {

    /** {@code vn.thidua.award.council-voted.v1}: key and subject are the session id. */
    record CouncilVoted(UUID sessionId, String unitCode, String schoolYear, int membersTotal, int membersPresent,
            List<Result> results, OffsetDateTime votedAt) {
    }

    /** One ballot: nomineeId is the staff id or the collective's code. */
    record Result(String nomineeId, Title awardCode, int agree, int disagree, int abstain,
            BigDecimal percentAgree, boolean passed) {

        static Result of(CouncilAgendaItem item) {
            return new Result(item.nomineeId, item.awardCode, item.agree, item.disagree, item.abstain,
                    item.percentAgree, item.passed);
        }
    }

    private final Outbox outbox;

    CouncilEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A closed session and its results, one per agenda item. */
    @Transactional(Transactional.TxType.MANDATORY)
    void voted(CouncilSession session, List<CouncilAgendaItem> items) {
        outbox.publish(EventTypes.COUNCIL_VOTED, session.id.toString(), session.unitCode, session.schoolYear,
                new CouncilVoted(session.id, session.unitCode, session.schoolYear, session.membersTotal,
                        session.membersPresent, items.stream().map(Result::of).toList(), session.closedAt));
    }
}
