package vn.thidua.award.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the council decided, for other parts of this service (nominations): did a nominee pass for
 * an award in a closed session of a unit and school year. No access check: callers check their own.
 * When the council voted the same nominee and award in several closed sessions, the latest counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilOutcomes {

    /** The result of the latest closed session that voted this nominee and award. */
    public record Outcome(UUID sessionId, UUID itemId, boolean passed, BigDecimal percentAgree,
            CouncilRules.Method method, OffsetDateTime closedAt, OffsetDateTime meetingAt) {
    }

    /** {@code nomineeId}: the staff id (UUID text) or the collective's code, as on the agenda and in the events. */
    public Optional<Outcome> latest(String unitCode, String schoolYear, String nomineeId, Title award) {
        List<CouncilSession> closed = CouncilSession.list(
                "unitCode = ?1 and schoolYear = ?2 and status = ?3 order by closedAt desc",
                unitCode, schoolYear, CouncilSession.Status.CLOSED);
        for (CouncilSession session : closed) {
            Optional<CouncilAgendaItem> item = CouncilAgendaItem.<CouncilAgendaItem>find(
                    "sessionId = ?1 and nomineeId = ?2 and awardCode = ?3", session.id, nomineeId, award)
                    .firstResultOptional();
            if (item.isPresent()) {
                CouncilAgendaItem i = item.get();
                return Optional.of(new Outcome(session.id, i.id, Boolean.TRUE.equals(i.passed), i.percentAgree, i.method,
                        session.closedAt, session.meetingAt));
            }
        }
        return Optional.empty();
    }

    /** A session as other features see it: where, when, in which state, and its agenda in order. */
    public record SessionSummary(UUID id, String unitCode, String schoolYear, OffsetDateTime meetingAt, String status,
            List<AgendaEntry> agenda) {
    }

    /** One agenda item: {@code nomineeId} the staff id (UUID text) or the collective's code. */
    public record AgendaEntry(UUID itemId, String nomineeType, String nomineeId, String nomineeName, Title award) {
    }

    /** A session and its agenda; no access check (callers check theirs on the unit). */
    public Optional<SessionSummary> session(UUID sessionId) {
        CouncilSession session = CouncilSession.findById(sessionId);
        if (session == null) {
            return Optional.empty();
        }
        List<AgendaEntry> agenda = CouncilAgendaItem.ofSession(sessionId).stream()
                .map(i -> new AgendaEntry(i.id, i.nomineeType.name(), i.nomineeId, i.nomineeName, i.awardCode)).toList();
        return Optional.of(new SessionSummary(session.id, session.unitCode, session.schoolYear, session.meetingAt,
                session.status.name(), agenda));
    }

    /** Whether the council proposed {@code nomineeId} for {@code award}: passed in the latest closed session voting it. */
    public boolean passed(String unitCode, String schoolYear, String nomineeId, Title award) {
        return latest(unitCode, schoolYear, nomineeId, award).map(Outcome::passed).orElse(false);
    }
}
