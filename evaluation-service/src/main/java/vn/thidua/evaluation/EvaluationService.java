package vn.thidua.evaluation;

import vn.thidua.platform.time.SchoolYear;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.EvaluationState.Action;
import vn.thidua.evaluation.config.EvaluationConfig;
import vn.thidua.evaluation.messaging.EvaluationEvents;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Evaluations of a cycle: opened per staff member, self-assessed, reviewed by the group leader,
 * finalised by the principal under {@link RatingRules} and the HTXS share, reopened for
 * corrections. Every change is audited; finalisation and reopening publish their events through
 * the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    public static final int MAX_COMMENT = 4000;
    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_LINK = 1000;

    private final EvaluationAccess access;
    private final CycleService cycles;
    private final Outbox outbox;
    private final EvaluationConfig config;

    public EvaluationService(EvaluationAccess access, CycleService cycles, Outbox outbox, EvaluationConfig config) {
        this.access = access;
        this.cycles = cycles;
        this.outbox = outbox;
        this.config = config;
    }

    /** An evaluation with the staff member it is about. */
    public record Listed(Evaluation evaluation, Staff staff) {
    }

    public record EvaluationPage(List<Listed> items, long total) {
    }

    public record Opened(int created, int existing) {
    }

    /** The facts of a person in a cycle: as given, as the rules see them, and the absence they count. */
    public record FactsOf(Cycle cycle, Staff staff, Evaluation evaluation, Facts given, Facts effective,
            double absenceMonths, long revision) {
    }

    /**
     * Opens one evaluation per staff member who works at the school at some time in the school
     * year; those already open are left as they are, so calling it again after an import only adds
     * the newcomers.
     */
    public Opened open(UUID cycleId) {
        Cycle cycle = cycles.read(cycleId);
        access.requirePrincipal(cycle.unitCode);
        requireWritable(cycle);
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        Set<UUID> existing = Evaluation.<Evaluation>list("cycleId", cycleId).stream().map(e -> e.staffId)
                .collect(Collectors.toSet());
        OffsetDateTime now = now();
        int created = 0;
        for (Staff staff : Staff.ofUnit(cycle.unitCode)) {
            if (!existing.contains(staff.id) && worksDuring(staff, year)) {
                create(cycle, staff, now);
                created++;
            }
        }
        flush();
        LOG.infof("Opened %d evaluations in cycle %s (%d already open)", created, cycleId, existing.size());
        return new Opened(created, existing.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationPage list(UUID cycleId, EvaluationState state, String groupCode, int page, int size) {
        Cycle cycle = cycles.read(cycleId);
        StaffAccess.Scope scope = access.scope(cycle.unitCode);
        StringBuilder where = new StringBuilder("select e, s from Evaluation e, Staff s where s.id = e.staffId "
                + "and e.cycleId = :cycle");
        Parameters parameters = Parameters.with("cycle", cycleId);
        if (!scope.whole()) {
            if (scope.groupCode() != null) {
                if (groupCode != null && !groupCode.equals(scope.groupCode())) {
                    throw ProblemException.forbidden("Tổ trưởng chỉ xem được tổ của mình " + scope.groupCode()
                            + " (a group leader reads only their own group)");
                }
                where.append(" and (s.groupCode = :ownGroup or s.userName = :self)");
                parameters.and("ownGroup", scope.groupCode()).and("self", scope.userName());
            } else {
                where.append(" and s.userName = :self");
                parameters.and("self", scope.userName());
            }
        }
        if (groupCode != null) {
            where.append(" and s.groupCode = :group");
            parameters.and("group", groupCode);
        }
        if (state != null) {
            where.append(" and e.state = :state");
            parameters.and("state", state);
        }
        var query = Evaluation.getEntityManager().createQuery(where.toString(), Object[].class);
        parameters.map().forEach(query::setParameter);
        List<Listed> matching = query.getResultList().stream()
                .map(row -> new Listed((Evaluation) row[0], (Staff) row[1]))
                .sorted(Comparator.comparing(Listed::staff, StaffService.ORDER))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new EvaluationPage(matching.subList(from, to), matching.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed read(UUID id) {
        return visible(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationAudit> audit(UUID id) {
        return EvaluationAudit.of(visible(id).evaluation().id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FactsOf facts(UUID cycleId, UUID staffId) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        Evaluation evaluation = Evaluation.of(cycleId, staffId).orElse(null);
        EvaluationFacts stored = evaluation == null ? null : EvaluationFacts.findById(evaluation.id);
        return factsOf(cycle, staff, evaluation, stored);
    }

    /** Replaces the facts of a person in a cycle; opens the evaluation when it is not open yet. */
    public FactsOf putFacts(UUID cycleId, UUID staffId, Long expectedRevision, Facts facts) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        access.requirePrincipal(cycle.unitCode);
        requireWritable(cycle);
        Evaluation evaluation = Evaluation.of(cycleId, staffId).orElse(null);
        EvaluationFacts stored = evaluation == null ? null : EvaluationFacts.findById(evaluation.id);
        long current = stored == null ? 0 : stored.revision;
        if (expectedRevision != null && expectedRevision != current) {
            throw ProblemException.preconditionFailed(current);
        }
        List<Facts.Violation> violations = facts.check();
        if (!violations.isEmpty()) {
            throw unprocessable(violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
        OffsetDateTime now = now();
        if (evaluation == null) {
            Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
            evaluation = create(cycle, staff, now);
        }
        requireState(evaluation, Action.EDIT_FACTS);
        Facts before = stored == null ? null : stored.facts();
        if (stored == null) {
            stored = new EvaluationFacts();
            stored.evaluationId = evaluation.id;
            stored.set(facts, access.actor(), now);
            stored.persist();
        } else if (!stored.set(facts, access.actor(), now)) {
            return factsOf(cycle, staff, evaluation, stored);
        }
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.FACTS_CHANGED,
                before == null ? null : Map.of("facts", before), Map.of("facts", facts));
        flush();
        return factsOf(cycle, staff, evaluation, stored);
    }

    /** The person's own assessment per criterion; saved as often as they like until they submit. */
    public Listed selfAssess(UUID id, Long expectedRevision, Rating selfRating, List<SelfAssessmentItem> items) {
        Listed listed = visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireOwn(listed.staff());
        requireRevision(evaluation, expectedRevision, true);
        Cycle cycle = writableCycle(evaluation);
        requireState(evaluation, Action.SELF_ASSESS);
        List<FieldError> errors = checkSelfAssessment(cycle, selfRating, items);
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        Map<String, Object> before = evaluation.snapshot();
        evaluation.selfRating = selfRating;
        evaluation.selfAssessment = new ArrayList<>(items);
        return changed(listed, before, EvaluationAudit.Action.SELF_ASSESSED);
    }

    /** Hands the self-assessment to the group leader: every criterion rated, and an overall self rating. */
    public Listed submit(UUID id, Long expectedRevision) {
        Listed listed = visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireOwn(listed.staff());
        requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = writableCycle(evaluation);
        requireState(evaluation, Action.SUBMIT);
        Set<String> rated = evaluation.selfAssessment.stream().filter(i -> i.rating() != null)
                .map(SelfAssessmentItem::criterion).collect(Collectors.toSet());
        List<FieldError> missing = new ArrayList<>();
        cycle.criteria.stream().filter(c -> !rated.contains(c.number)).forEach(c -> missing.add(new FieldError(
                "selfAssessment", "Chưa tự đánh giá tiêu chí " + c.number + " (criterion " + c.number + " not rated)")));
        if (evaluation.selfRating == null) {
            missing.add(new FieldError("selfRating", "Chưa tự xếp loại (no overall self rating)"));
        }
        if (!missing.isEmpty()) {
            throw unprocessable(missing);
        }
        Map<String, Object> before = evaluation.snapshot();
        evaluation.state = EvaluationState.SELF_ASSESSED;
        evaluation.submittedAt = now();
        return changed(listed, before, EvaluationAudit.Action.SUBMITTED);
    }

    /** The group leader's comment and proposed rating. */
    public Listed review(UUID id, Long expectedRevision, String comment, Rating proposed) {
        Listed listed = visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requireReviewer(listed.staff());
        requireRevision(evaluation, expectedRevision, true);
        writableCycle(evaluation);
        requireState(evaluation, Action.REVIEW);
        Map<String, Object> before = evaluation.snapshot();
        evaluation.state = EvaluationState.GROUP_REVIEWED;
        evaluation.reviewComment = comment;
        evaluation.proposedRating = proposed;
        evaluation.reviewedBy = access.actor();
        evaluation.reviewedAt = now();
        return changed(listed, before, EvaluationAudit.Action.REVIEWED);
    }

    /**
     * The principal's rating: refused (422) when it breaks a rating rule for the person's facts or
     * would take the school's HTXS share over the cap. Finalisations of one cycle take turns (the
     * cycle row is locked), so two principals' tabs cannot both take the last HTXS place.
     */
    public Listed finalize(UUID id, Long expectedRevision, Rating rating) {
        Listed listed = visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requirePrincipal(evaluation.unitCode);
        requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = writableCycle(evaluation);
        requireState(evaluation, Action.FINALIZE);
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        EvaluationFacts stored = EvaluationFacts.findById(evaluation.id);
        Staff staff = listed.staff();
        Facts effective = (stored == null ? Facts.NONE : stored.facts())
                .effective(staff.hireDate, staff.activeFrom, staff.activeTo, year);
        List<RatingRules.Violation> violations = RatingRules.check(rating, effective, year);
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "rating-rule", "Xếp loại trái quy định (rating breaks a rule)",
                    violations.stream().map(RatingRules.Violation::message).collect(Collectors.joining("; ")),
                    violations.stream().map(v -> new FieldError("rating", v.message())).toList());
        }
        if (rating == Rating.HTXS) {
            HtxsShare share = Evaluation.share(cycle.id, evaluation.id, config.htxsSharePercent()).with(rating);
            if (share.exceeded()) {
                String detail = "Vượt tỉ lệ hoàn thành xuất sắc: nếu chốt thì " + share.describe();
                throw new ProblemException(422, "htxs-share", "Vượt tỉ lệ hoàn thành xuất sắc (HTXS share exceeded)",
                        detail, List.of(new FieldError("rating", detail)));
            }
        }
        Map<String, Object> before = evaluation.snapshot();
        OffsetDateTime now = now();
        evaluation.state = EvaluationState.FINALIZED;
        evaluation.finalRating = rating;
        evaluation.finalizedBy = access.actor();
        evaluation.finalizedAt = now;
        evaluation.reopenReason = null;
        Facts ofYear = effective.ofYear(year);
        Map<String, Object> after = new LinkedHashMap<>(evaluation.snapshot());
        after.put("facts", ofYear);
        evaluation.updatedAt = now;
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.FINALIZED, before, after);
        outbox.publish(EventTypes.EVALUATION_FINALIZED, evaluation.id.toString(), evaluation.unitCode,
                cycle.schoolYear, finalized(evaluation, cycle, staff, ofYear));
        flush();
        return listed;
    }

    /** Opens a finalised evaluation again for a correction; its rating no longer counts until finalised again. */
    public Listed reopen(UUID id, Long expectedRevision, String reason) {
        Listed listed = visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requirePrincipal(evaluation.unitCode);
        requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = writableCycle(evaluation);
        requireState(evaluation, Action.REOPEN);
        Map<String, Object> before = evaluation.snapshot();
        OffsetDateTime now = now();
        evaluation.state = EvaluationState.REOPENED;
        evaluation.finalRating = null;
        evaluation.reopenReason = reason;
        Listed result = changed(listed, before, EvaluationAudit.Action.REOPENED);
        outbox.publish(EventTypes.EVALUATION_REOPENED, evaluation.id.toString(), evaluation.unitCode,
                cycle.schoolYear, new EvaluationEvents.Reopened(evaluation.id, evaluation.cycleId, evaluation.staffId,
                        evaluation.unitCode, reason, access.actor(), now));
        return result;
    }

    static EvaluationEvents.Finalized finalized(Evaluation evaluation, Cycle cycle, Staff staff, Facts ofYear) {
        return new EvaluationEvents.Finalized(evaluation.id, cycle.id, staff.id, evaluation.unitCode,
                cycle.schoolYear, evaluation.finalRating, EvaluationEvents.FactsData.of(ofYear), staff.hireDate,
                staff.groupCode, evaluation.finalizedBy, evaluation.finalizedAt);
    }

    /** Whether a staff record covers any day of the school year. */
    static boolean worksDuring(Staff staff, SchoolYear year) {
        return !staff.activeFrom.isAfter(year.end()) && (staff.activeTo == null || !staff.activeTo.isBefore(year.start()));
    }

    private Evaluation create(Cycle cycle, Staff staff, OffsetDateTime now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.cycleId = cycle.id;
        evaluation.staffId = staff.id;
        evaluation.unitCode = cycle.unitCode;
        evaluation.state = EvaluationState.DRAFT;
        evaluation.createdAt = now;
        evaluation.updatedAt = now;
        evaluation.persist();
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.CREATED, null,
                evaluation.snapshot());
        return evaluation;
    }

    private Listed changed(Listed listed, Map<String, Object> before, EvaluationAudit.Action action) {
        Evaluation evaluation = listed.evaluation();
        OffsetDateTime now = now();
        evaluation.updatedAt = now;
        EvaluationAudit.record(evaluation.id, access.actor(), now, action, before, evaluation.snapshot());
        flush();
        return listed;
    }

    private FactsOf factsOf(Cycle cycle, Staff staff, Evaluation evaluation, EvaluationFacts stored) {
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        Facts given = stored == null ? Facts.NONE : stored.facts();
        return new FactsOf(cycle, staff, evaluation, given,
                given.effective(staff.hireDate, staff.activeFrom, staff.activeTo, year),
                WorkTime.absence(given.leave(), year), stored == null ? 0 : stored.revision);
    }

    private List<FieldError> checkSelfAssessment(Cycle cycle, Rating selfRating, List<SelfAssessmentItem> items) {
        List<FieldError> errors = new ArrayList<>();
        if (selfRating == Rating.NOT_RATED) {
            errors.add(new FieldError("selfRating", "Không tự chọn \"không xếp loại\" (NOT_RATED is the principal's)"));
        }
        Set<String> numbers = cycle.criteria.stream().map(c -> c.number).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SelfAssessmentItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null || item.criterion() == null || !numbers.contains(item.criterion())) {
                errors.add(new FieldError(at + ".criterion", "Không có tiêu chí " + (item == null ? null : item.criterion())
                        + " trong chu kỳ; có: " + String.join(", ", cycle.criteria.stream().map(c -> c.number).toList())
                        + " (no such criterion in the cycle)"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(item.criterion(), i);
            if (earlier != null) {
                errors.add(new FieldError(at + ".criterion", "Tiêu chí " + item.criterion() + " đã có ở items[" + earlier
                        + "] (criterion repeated)"));
            }
            if (item.rating() == Rating.NOT_RATED) {
                errors.add(new FieldError(at + ".rating", "HTXS, HTT, HT hoặc KHT (NOT_RATED is not a self rating)"));
            }
            if (item.comment() != null && item.comment().length() > MAX_COMMENT) {
                errors.add(new FieldError(at + ".comment", "Tối đa " + MAX_COMMENT + " ký tự (too long)"));
            }
            if (item.evidence().size() > MAX_EVIDENCE) {
                errors.add(new FieldError(at + ".evidence", "Tối đa " + MAX_EVIDENCE + " minh chứng (too many links)"));
            }
            for (int j = 0; j < item.evidence().size(); j++) {
                if (!isLink(item.evidence().get(j))) {
                    errors.add(new FieldError(at + ".evidence[" + j + "]", "Không phải đường dẫn http(s) "
                            + "(not an http(s) link)"));
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

    /** The evaluation and its person, or 404 when it does not exist or is not the caller's to see. */
    private Listed visible(UUID id) {
        Evaluation evaluation = Evaluation.findById(id);
        Staff staff = evaluation == null ? null : Staff.findById(evaluation.staffId);
        if (staff == null || !access.canRead(staff)) {
            throw ProblemException.notFound("Đánh giá (evaluation)", id);
        }
        return new Listed(evaluation, staff);
    }

    /** A staff member of the cycle's school whom the caller may see; 404 otherwise. */
    private Staff staffOf(Cycle cycle, UUID staffId) {
        Staff staff = Staff.findById(staffId);
        if (staff == null || !staff.unitCode.equals(cycle.unitCode) || !access.canRead(staff)) {
            throw ProblemException.notFound("Cán bộ (staff)", staffId);
        }
        return staff;
    }

    private Cycle writableCycle(Evaluation evaluation) {
        Cycle cycle = Cycle.findById(evaluation.cycleId);
        requireWritable(cycle);
        return cycle;
    }

    /** Evaluations change while the cycle is open or at its midterm review; closed or withdrawn cycles are history. */
    static void requireWritable(Cycle cycle) {
        if (cycle.status != CycleStatus.OPEN && cycle.status != CycleStatus.MIDTERM_REVIEW) {
            throw ProblemException.conflict("Chu kỳ " + cycle.id + " đang ở trạng thái " + cycle.status
                    + ", không sửa được đánh giá (the cycle is " + cycle.status + ": evaluations are read-only)");
        }
    }

    static void requireState(Evaluation evaluation, Action action) {
        if (!evaluation.state.allows(action)) {
            throw new ProblemException(409, "illegal-transition", "Không chuyển được trạng thái (illegal transition)",
                    "Đánh giá đang ở trạng thái " + evaluation.state + "; " + action + " chỉ làm được khi ở "
                            + action.fromNames() + " (the evaluation is " + evaluation.state + "; " + action
                            + " needs " + action.fromNames() + ")",
                    List.of(new FieldError("state", evaluation.state.name())));
        }
    }

    private static void requireRevision(Evaluation evaluation, Long expected, boolean required) {
        if (expected == null && required) {
            throw ProblemException.preconditionRequired();
        }
        if (expected != null && expected != evaluation.revision) {
            throw ProblemException.preconditionFailed(evaluation.revision);
        }
    }

    static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)",
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " lỗi (errors)", errors);
    }

    private static void flush() {
        try {
            Evaluation.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Đánh giá vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
        } catch (PersistenceException e) {
            throw ProblemException.conflict("Đánh giá của người này vừa được mở (opened meanwhile; retry)");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
