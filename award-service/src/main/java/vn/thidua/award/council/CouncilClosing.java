package vn.thidua.award.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.award.council.CouncilSession.Status;
import vn.thidua.platform.time.TimeSource;

import java.util.List;
import java.util.UUID;

/**
 * Closing the vote (principal): one result per item over its base — the members present, those present plus the
 * written opinions of absent members, or all members — then the session never changes; emits
 * {@code vn.thidua.award.council-voted.v1} in the same transaction.
 */
@ApplicationScoped
@Transactional
class CouncilClosing {

    private final CouncilAccess access;
    private final CouncilEvents events;
    private final TimeSource time;

    CouncilClosing(CouncilAccess access, CouncilEvents events, TimeSource time) {
        this.access = access;
        this.events = events;
        this.time = time;
    }

    /**
     * Passed when the agreement reaches the item's threshold. A present member who did not vote
     * counts as not agreeing.
     */
    CouncilSession close(UUID id) {
        CouncilSession session = Sessions.lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireRun(session);
        Sessions.requireVoting(session);
        int present = (int) session.presentCount();
        List<CouncilAgendaItem> items = CouncilAgendaItem.ofSession(id);
        for (CouncilAgendaItem item : items) {
            CouncilTally tally = item.tallyEntered ? new CouncilTally(item.agree, item.disagree, item.abstain, present)
                    : count(CouncilVote.ofItem(item.id), present);
            item.agree = tally.agree();
            item.disagree = tally.disagree();
            item.abstain = tally.abstain();
            List<CouncilWrittenOpinion> written = item.agreeBase == CouncilRules.Base.PRESENT ? List.of()
                    : CouncilWrittenOpinion.ofItem(item.id);
            int writtenAgree = (int) written.stream().filter(w -> w.choice == CouncilVote.Choice.AGREE).count();
            CouncilTally.Share share = tally.over(item.agreeBase, writtenAgree, written.size(), session.members.size());
            item.countedAgree = share.agree();
            item.countedOf = share.of();
            item.percentAgree = share.percent();
            item.passed = share.passed(item.thresholdPercent);
        }
        session.status = Status.CLOSED;
        session.closedAt = time.now();
        events.voted(session, items);
        return session;
    }

    static CouncilTally count(List<CouncilVote> votes, int present) {
        int agree = 0;
        int disagree = 0;
        int abstain = 0;
        for (CouncilVote vote : votes) {
            switch (vote.choice) {
                case AGREE -> agree++;
                case DISAGREE -> disagree++;
                case ABSTAIN -> abstain++;
            }
        }
        return new CouncilTally(agree, disagree, abstain, present);
    }
}
