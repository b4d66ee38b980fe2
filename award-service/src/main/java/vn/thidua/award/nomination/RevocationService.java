package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.thidua.award.eligibility.HistoryChanges;
import vn.thidua.platform.time.TimeSource;

import java.util.UUID;

/** Thu hồi: a decided award withdrawn by the unit that decided it, with the reason; emits {@code revoked}. */
@ApplicationScoped
@Transactional
class RevocationService {

    private final NominationAccess access;
    private final DecisionEvents events;
    private final TimeSource time;
    /** The revoked title leaves the achievement file: later open cycles are recomputed (issue 12, item 4). */
    @Inject
    HistoryChanges historyChanges;

    private final HolidayCalendar calendar;

    RevocationService(NominationAccess access, DecisionEvents events, TimeSource time, HolidayCalendar calendar) {
        this.access = access;
        this.events = events;
        this.time = time;
        this.calendar = calendar;
    }

    Nomination revoke(UUID id, String reason, String ground) {
        Nomination item = Items.lockOne(id);
        Decision decision = item.decisionId == null ? null : Decision.findById(item.decisionId);
        if (decision == null) {
            access.requireActsFor(item);
            throw NominationProblems.wrongState(item, "thu hồi (revoke)", "DECIDED");
        }
        access.requireRevoker(decision);
        if (item.status == Nomination.Status.REVOKED) {
            throw NominationProblems.alreadyRevoked(item);
        }
        item.status = Nomination.Status.REVOKED;
        item.revokedReason = reason.strip();
        item.revokedBy = access.actor();
        item.revokedAt = time.now();
        Recoveries.revoked(item, Recoveries.ground(ground), time.today(), calendar.holidays());
        item.updatedAt = item.revokedAt;
        events.revoked(decision, item, access.unit());
        historyChanges.revoked(item.nomineeKey, item.schoolYear);
        return item;
    }
}
