package vn.thidua.award.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.council.CouncilOutcomes;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.TimeSource;

import java.util.Optional;
import java.util.UUID;

/** The content of a posting's notice: the posting, its comments, the school and the body above it, the meeting day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PostingDocuments {

    private final PostingService postings;
    private final CouncilOutcomes council;
    private final UnitTree tree;

    PostingDocuments(PostingService postings, CouncilOutcomes council, UnitTree tree) {
        this.postings = postings;
        this.council = council;
        this.tree = tree;
    }

    PostingDocument.Content content(UUID id) {
        PublicPosting posting = postings.read(id);
        Optional<UnitTree.Node> school = tree.unit(posting.unitCode);
        String parent = school.map(UnitTree.Node::parentCode).flatMap(tree::unit).map(UnitTree.Node::name).orElse(null);
        var meeting = council.session(posting.councilSessionId).map(CouncilOutcomes.SessionSummary::meetingAt)
                .map(TimeSource::dayInVietnam).orElse(posting.postedTo.plusDays(1));
        return new PostingDocument.Content(parent, school.map(UnitTree.Node::name).orElse(posting.unitCode),
                posting.schoolYear, TimeSource.dayInVietnam(posting.openedAt), posting.postedFrom, posting.postedTo,
                posting.place, meeting, posting.nominees, PostingComment.of(posting.id),
                TimeSource.dayInVietnam(posting.closedAt));
    }
}
