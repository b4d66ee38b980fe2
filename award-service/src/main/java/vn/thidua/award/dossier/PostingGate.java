package vn.thidua.award.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.award.council.OpeningGate;

import java.util.UUID;

/**
 * The council does not vote on nominees still posted for comment: a session whose posting is not closed refuses
 * to open (409 {@code posting-not-ended}). Closing is possible from the posting's last day, so the vote never
 * opens before the period has ended. A session without a posting opens as before (a school that posts on paper
 * and records nothing, and sessions from before postings existed).
 */
@ApplicationScoped
class PostingGate implements OpeningGate {

    @Override
    public void beforeOpening(UUID sessionId) {
        PublicPosting posting = PublicPosting.ofSession(sessionId);
        if (posting != null && !posting.closed()) {
            throw PostingProblems.councilBeforePostingEnded(posting);
        }
    }
}
