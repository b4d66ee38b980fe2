package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.TimeSource;

import java.util.List;
import java.util.UUID;

/**
 * Tờ trình: a school bundles its nominations above its authority and sends them to the unit above
 * it; emits {@code submitted} through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class SubmissionService {

    /** Which nominations, and the document's own number and signer when known. */
    record SubmitRequest(List<UUID> nominationIds, String documentNumber, String signer, String note) {
    }

    private final NominationAccess access;
    private final UnitTree tree;
    private final SubmissionEvents events;
    private final TimeSource time;

    SubmissionService(NominationAccess access, UnitTree tree, SubmissionEvents events, TimeSource time) {
        this.access = access;
        this.tree = tree;
        this.events = events;
        this.time = time;
    }

    Submission submit(SubmitRequest request) {
        List<Nomination> items = Items.lock(request.nominationIds(), "nominationIds");
        String school = items.get(0).unitCode;
        for (Nomination item : items) {
            access.requireSchoolPrincipal(item.unitCode);
        }
        String year = Items.sameYear(items);
        for (Nomination item : items) {
            if (item.schoolDecides()) {
                throw NominationProblems.withinSchoolAuthority(item);
            }
            if (item.status != Nomination.Status.NOMINATED) {
                throw NominationProblems.onlyNewSubmitted(item);
            }
        }
        List<UnitTree.Node> path = NominationService.ancestors(tree, school);
        if (path.isEmpty()) {
            throw NominationProblems.noParentUnit(school);
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.fromUnitCode = school;
        submission.toUnitCode = path.get(0).code();
        submission.schoolYear = year;
        submission.documentNumber = Texts.blankToNull(request.documentNumber());
        submission.signer = Texts.blankToNull(request.signer());
        submission.note = Texts.blankToNull(request.note());
        submission.status = "SUBMITTED";
        submission.submittedBy = access.actor();
        submission.submittedAt = time.now();
        submission.updatedAt = submission.submittedAt;
        submission.persist();
        for (Nomination item : items) {
            item.status = Nomination.Status.SUBMITTED;
            item.submissionId = submission.id;
            item.updatedAt = submission.submittedAt;
        }
        events.submitted(submission, items);
        return submission;
    }
}
