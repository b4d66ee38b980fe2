package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.thidua.award.council.CouncilRules.Method;
import vn.thidua.award.council.CouncilVote.Choice;
import vn.thidua.platform.id.TimeOrderedIds;

import java.util.UUID;

/**
 * The vote (council members present, VOTING): one ballot per member and item, a secret ballot kept
 * apart from the fact that the member voted; or the chair's count of an open show of hands.
 */
@ApplicationScoped
@Transactional
class CouncilVoting {

    /** Counts of an open show of hands, entered by the chair. */
    public record ShowOfHands(@NotNull @Min(0) Integer agree, @NotNull @Min(0) Integer disagree,
            @NotNull @Min(0) Integer abstain) {
    }

    /** An absent member's written opinion on one item, as the principal records it. */
    public record WrittenOpinion(@NotNull @jakarta.validation.constraints.NotBlank String account, @NotNull Choice choice,
            String note) {
    }

    private final CouncilAccess access;
    private final vn.thidua.platform.time.TimeSource time;

    CouncilVoting(CouncilAccess access, vn.thidua.platform.time.TimeSource time) {
        this.access = access;
        this.time = time;
    }

    /**
     * Records the written opinion of a member absent from the meeting (principal, while voting is open); once per
     * member and item. It counts where the item's base says so (PRESENT_AND_WRITTEN, ALL_MEMBERS) and is always in
     * the minutes.
     */
    CouncilWrittenOpinion recordWrittenOpinion(UUID id, UUID itemId, WrittenOpinion opinion) {
        CouncilSession session = Sessions.lock(id, LockModeType.PESSIMISTIC_READ);
        access.requireRun(session);
        Sessions.requireVoting(session);
        CouncilAgendaItem item = Sessions.item(session, itemId);
        String account = opinion.account().strip();
        CouncilMember member = session.member(account).orElseThrow(() -> CouncilProblems.writtenByNonMember(account));
        if (member.isPresent()) {
            throw CouncilProblems.writtenByPresentMember(member);
        }
        if (CouncilWrittenOpinion.findById(new CouncilWrittenOpinion.Key(item.id, account)) != null) {
            throw CouncilProblems.writtenTwice(member);
        }
        CouncilWrittenOpinion written = new CouncilWrittenOpinion();
        written.key = new CouncilWrittenOpinion.Key(item.id, account);
        written.choice = opinion.choice();
        written.note = opinion.note() == null || opinion.note().isBlank() ? null : opinion.note().strip();
        written.recordedBy = access.actor();
        written.recordedAt = time.now();
        written.persist();
        return written;
    }

    /** One ballot of the calling member on one item; a second ballot on the same item is refused (409). */
    void castBallot(UUID id, UUID itemId, Choice choice) {
        CouncilSession session = Sessions.lock(id, LockModeType.PESSIMISTIC_READ);
        String account = access.requireVoter(session);
        Sessions.requireVoting(session);
        CouncilAgendaItem item = Sessions.item(session, itemId);
        if (item.tallyEntered) {
            throw CouncilProblems.chairCounted();
        }
        int inserted = Panache.getEntityManager().createNativeQuery(
                "insert into council_ballot_cast (item_id, account) values (?1, ?2) on conflict do nothing")
                .setParameter(1, itemId).setParameter(2, account).executeUpdate();
        if (inserted == 0) {
            throw CouncilProblems.alreadyVoted(account);
        }
        CouncilVote vote = new CouncilVote();
        vote.id = TimeOrderedIds.next();
        vote.itemId = itemId;
        vote.secret = item.method == Method.SECRET;
        vote.account = vote.secret ? null : account;
        vote.choice = choice;
        vote.persist();
    }

    /** The chair's count of a show of hands on an open item, instead of individual ballots; once. */
    CouncilAgendaItem enterShowOfHands(UUID id, UUID itemId, ShowOfHands counts) {
        CouncilSession session = Sessions.lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireChair(session);
        Sessions.requireVoting(session);
        CouncilAgendaItem item = Sessions.item(session, itemId);
        if (item.method != Method.OPEN) {
            throw CouncilProblems.secretHasNoShowOfHands();
        }
        if (item.tallyEntered || CouncilVote.count("itemId", itemId) > 0) {
            throw CouncilProblems.itemHasVotes();
        }
        int present = (int) session.presentCount();
        int sum = counts.agree() + counts.disagree() + counts.abstain();
        if (sum > present) {
            throw CouncilProblems.moreVotesThanPresent(sum, present);
        }
        item.tallyEntered = true;
        item.agree = counts.agree();
        item.disagree = counts.disagree();
        item.abstain = counts.abstain();
        return item;
    }
}
