package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.common.Answers;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.evaluation.EvaluationState.Action;
import vn.thidua.evaluation.evaluation.EvaluationStore.Listed;
import vn.thidua.platform.problem.Problem.FieldError;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The person's steps and the group leader's: self-assess, submit, review. Each change is audited. */
@ApplicationScoped
@Transactional
class AssessmentSteps {

    static final int MAX_COMMENT = 4000;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_LINK = 1000;

    private final EvaluationAccess access;
    private final EvaluationStore store;

    AssessmentSteps(EvaluationAccess access, EvaluationStore store) {
        this.access = access;
        this.store = store;
    }

    /** The person's own assessment per criterion; saved as often as they like until they submit. */
    Listed selfAssess(UUID id, Long expectedRevision, Rating selfRating, List<SelfAssessmentItem> items) {
        Listed listed = store.visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireOwn(listed.staff());
        EvaluationStore.requireRevision(evaluation, expectedRevision, true);
        Cycle cycle = store.writableCycle(evaluation);
        EvaluationStore.requireState(evaluation, Action.SELF_ASSESS);
        List<FieldError> errors = checkSelfAssessment(cycle, selfRating, items);
        if (!errors.isEmpty()) {
            throw Answers.unprocessable(errors);
        }
        Map<String, Object> before = evaluation.snapshot();
        evaluation.selfRating = selfRating;
        evaluation.selfAssessment = new ArrayList<>(items);
        return store.changed(listed, before, EvaluationAudit.Action.SELF_ASSESSED);
    }

    /** Hands the self-assessment to the group leader: every criterion rated, and an overall self rating. */
    Listed submit(UUID id, Long expectedRevision) {
        Listed listed = store.visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireOwn(listed.staff());
        EvaluationStore.requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = store.writableCycle(evaluation);
        EvaluationStore.requireState(evaluation, Action.SUBMIT);
        Set<String> rated = evaluation.selfAssessment.stream().filter(i -> i.rating() != null)
                .map(SelfAssessmentItem::criterion).collect(Collectors.toSet());
        List<FieldError> missing = new ArrayList<>();
        cycle.criteria.stream().filter(c -> !rated.contains(c.number))
                .forEach(c -> missing.add(EvaluationProblems.criterionNotRated(c.number)));
        if (evaluation.selfRating == null) {
            missing.add(EvaluationProblems.noSelfRating());
        }
        if (!missing.isEmpty()) {
            throw Answers.unprocessable(missing);
        }
        Map<String, Object> before = evaluation.snapshot();
        evaluation.state = EvaluationState.SELF_ASSESSED;
        evaluation.submittedAt = store.now();
        return store.changed(listed, before, EvaluationAudit.Action.SUBMITTED);
    }

    /** The group leader's comment and proposed rating. */
    Listed review(UUID id, Long expectedRevision, String comment, Rating proposed) {
        Listed listed = store.visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireReviewer(listed.staff());
        EvaluationStore.requireRevision(evaluation, expectedRevision, true);
        store.writableCycle(evaluation);
        EvaluationStore.requireState(evaluation, Action.REVIEW);
        Map<String, Object> before = evaluation.snapshot();
        evaluation.state = EvaluationState.GROUP_REVIEWED;
        evaluation.reviewComment = comment;
        evaluation.proposedRating = proposed;
        evaluation.reviewedBy = access.actor();
        evaluation.reviewedAt = store.now();
        return store.changed(listed, before, EvaluationAudit.Action.REVIEWED);
    }

    private static List<FieldError> checkSelfAssessment(Cycle cycle, Rating selfRating, List<SelfAssessmentItem> items) {
        List<FieldError> errors = new ArrayList<>();
        if (selfRating == Rating.NOT_RATED) {
            errors.add(EvaluationProblems.notRatedByOneself());
        }
        List<String> numbers = cycle.criteria.stream().map(c -> c.number).toList();
        Set<String> known = Set.copyOf(numbers);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SelfAssessmentItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null || item.criterion() == null || !known.contains(item.criterion())) {
                errors.add(EvaluationProblems.unknownCriterion(at, item == null ? null : item.criterion(), numbers));
                continue;
            }
            Integer earlier = seen.putIfAbsent(item.criterion(), i);
            if (earlier != null) {
                errors.add(EvaluationProblems.repeatedCriterion(at, item.criterion(), earlier));
            }
            if (item.rating() == Rating.NOT_RATED) {
                errors.add(EvaluationProblems.notRatedItem(at));
            }
            if (item.comment() != null && item.comment().length() > MAX_COMMENT) {
                errors.add(EvaluationProblems.commentTooLong(at, MAX_COMMENT));
            }
            if (item.evidence().size() > MAX_EVIDENCE) {
                errors.add(EvaluationProblems.tooManyLinks(at, MAX_EVIDENCE));
            }
            for (int j = 0; j < item.evidence().size(); j++) {
                if (!isLink(item.evidence().get(j))) {
                    errors.add(EvaluationProblems.notALink(at, j));
                }
            }
        }
        return errors;
    }

    static boolean isLink(String text) {
        if (text == null || text.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
