package vn.thidua.award.council;

import jakarta.persistence.LockModeType;
import vn.thidua.award.council.CouncilSession.Status;
import vn.thidua.award.rules.RuleSets;

import java.util.UUID;

/** Lookups and state checks the council use cases share: a session locked, an item of it, its rules. */
final class Sessions {

    private Sessions() {
    }

    static CouncilSession lock(UUID id, LockModeType mode) {
        CouncilSession session = CouncilSession.findById(id, mode);
        if (session == null) {
            throw CouncilProblems.sessionNotFound(id);
        }
        return session;
    }

    /** The session, locked, run by the caller, still in preparation. */
    static CouncilSession draft(UUID id, CouncilAccess access) {
        CouncilSession session = lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireRun(session);
        if (session.status != Status.DRAFT) {
            throw CouncilProblems.notInPreparation(session.status);
        }
        return session;
    }

    static void requireVoting(CouncilSession session) {
        if (session.status == Status.DRAFT) {
            throw CouncilProblems.votingNotOpen();
        }
        if (session.status == Status.CLOSED) {
            throw CouncilProblems.sessionClosed();
        }
    }

    static CouncilAgendaItem item(CouncilSession session, UUID itemId) {
        CouncilAgendaItem item = CouncilAgendaItem.findById(itemId);
        if (item == null || !item.sessionId.equals(session.id)) {
            throw CouncilProblems.itemNotFound(itemId);
        }
        return item;
    }

    /** The staff id of a person's agenda item (checked as a UUID when it was put on the agenda). */
    static java.util.Optional<UUID> staffId(CouncilAgendaItem item) {
        try {
            return java.util.Optional.of(UUID.fromString(item.nomineeId));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The quorum, thresholds and ballot methods of the rule set recorded on the session. */
    static CouncilRules rules(RuleSets ruleSets, CouncilSession session) {
        return CouncilRules.of(ruleSets.require(session.ruleSetVersion));
    }
}
