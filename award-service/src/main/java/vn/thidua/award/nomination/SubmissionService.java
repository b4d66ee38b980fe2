package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.rules.Authorities;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.TimeSource;

import java.util.List;
import java.util.UUID;

/**
 * Tờ trình: a school bundles its nominations above its authority and sends them to the unit that holds
 * the authority on the day it is submitted (the dated authority table over the unit tree: after the 2025
 * reorganisation a primary school's LĐTT goes to its commune, an upper-secondary school's to the Sở); the
 * items are decided under the rule set in force that day for the deciding unit (NĐ 152/2025 Điều 60 khoản 3
 * [text]), which each item shows beside the set of its school year's eligibility. Emits {@code submitted}
 * through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class SubmissionService {

    /** Which nominations, and the document's own number and signer when known. */
    record SubmitRequest(List<UUID> nominationIds, String documentNumber, String signer, String note) {
    }

    private final NominationAccess access;
    private final SubmissionEvents events;
    private final TimeSource time;
    private final Authorities authorities;
    private final RuleSets ruleSets;

    SubmissionService(NominationAccess access, SubmissionEvents events, TimeSource time,
            Authorities authorities, RuleSets ruleSets) {
        this.authorities = authorities;
        this.ruleSets = ruleSets;
        this.access = access;
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
        java.time.LocalDate received = time.today();
        for (Nomination item : items) {
            // The authority of the day it is submitted, which may differ from the day the council met.
            authorities.route(item.awardCode, item.recipient, item.unitCode, received).ifPresent(routing -> {
                item.deciderLevel = routing.level();
                item.decider = routing.decider();
                item.deciderUnitCode = routing.unitCode();
            });
            if (item.schoolDecides()) {
                throw NominationProblems.withinSchoolAuthority(item);
            }
            if (item.status != Nomination.Status.NOMINATED) {
                throw NominationProblems.onlyNewSubmitted(item);
            }
        }
        List<UnitTree.Node> path = authorities.above(school, received);
        if (path.isEmpty()) {
            throw NominationProblems.noParentUnit(school);
        }
        java.util.Set<String> deciders = new java.util.HashSet<>();
        items.forEach(item -> deciders.add(item.deciderUnitCode));
        String to = deciders.size() == 1 && !deciders.contains(null) ? deciders.iterator().next() : path.get(0).code();
        String decisionRules = ruleSets.resolve(to, received).rules().version();
        Submission submission = new Submission();
        submission.id = TimeOrderedIds.next();
        submission.fromUnitCode = school;
        submission.toUnitCode = to;
        submission.ruleSetVersion = decisionRules;
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
            item.receivedOn = received;
            item.decisionRuleSetVersion = decisionRules;
            item.updatedAt = submission.submittedAt;
        }
        events.submitted(submission, items);
        return submission;
    }
}
