package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.award.NominationRules.NomineeType;
import vn.thidua.award.messaging.NominationEvents;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Nominations to decisions (DESIGN.md, flow step 5): nominate, submit upward in a tờ trình,
 * approve or reject per item, decide with a numbered decision, revoke. Every change writes its event
 * ({@code nominated}, {@code submitted}, {@code decided}, {@code rejected}, {@code revoked}) through
 * the outbox in the same transaction. Items are locked while they change, so an item is decided once.
 */
@ApplicationScoped
@Transactional
public class NominationService {

    /** A new nomination as the resource validated it. */
    public record Draft(String unitCode, String schoolYear, NomineeType nomineeType, String nomineeId,
            String nomineeName, Title awardCode, String achievementRef, String achievementSummary,
            List<String> evidence, UUID councilSessionId) {
    }

    /** Tờ trình: which nominations, and the document's own number and signer when known. */
    public record SubmitRequest(List<UUID> nominationIds, String documentNumber, String signer, String note) {
    }

    /** Quyết định: number, date, signer, and the nominations it awards. */
    public record DecideRequest(String decisionNumber, LocalDate decisionDate, String signer,
            List<UUID> nominationIds) {
    }

    private final NominationAccess access;
    private final RuleSets ruleSets;
    private final Outbox outbox;
    private final CouncilOutcomes council;

    public NominationService(NominationAccess access, RuleSets ruleSets, Outbox outbox, CouncilOutcomes council) {
        this.access = access;
        this.ruleSets = ruleSets;
        this.outbox = outbox;
        this.council = council;
    }

    public Nomination nominate(Draft draft) {
        access.requireSchoolPrincipal(draft.unitCode());
        SchoolYear year = SchoolYear.parse(draft.schoolYear());
        RuleSet rules = rulesFor(draft.unitCode(), year);
        String recipient = NominationRules.recipient(draft.nomineeType(), draft.nomineeId(), draft.unitCode());
        RuleSet.Authority authority = NominationRules.authority(rules, draft.awardCode(), recipient)
                .orElseThrow(() -> ProblemException.unprocessable("awardCode", draft.awardCode() + " ("
                        + draft.awardCode().label + ") không có trong bảng thẩm quyền của bộ quy tắc " + rules.version()
                        + " cho đối tượng " + recipient + " (no authority row for this award and recipient)"));
        requireEligible(draft);
        String deciderUnit = "SCHOOL".equals(authority.decidedAtLevel()) ? draft.unitCode()
                : NominationRules.deciderUnit(authority.decidedAtLevel(), ancestors(draft.unitCode())).orElse(null);

        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.unitCode = draft.unitCode();
        nomination.schoolYear = year.toString();
        nomination.nomineeType = draft.nomineeType();
        nomination.nomineeId = draft.nomineeId();
        nomination.nomineeName = draft.nomineeName().strip();
        nomination.nomineeKey = NominationRules.nomineeKey(draft.nomineeType(), draft.nomineeId(), draft.unitCode());
        nomination.recipient = recipient;
        nomination.awardCode = draft.awardCode();
        nomination.awardKind = NominationRules.kindOf(draft.awardCode());
        nomination.achievementRef = NominationRules.achievementRefOrYear(draft.achievementRef());
        nomination.achievementKey = NominationRules.achievementKey(nomination.nomineeKey, nomination.schoolYear,
                draft.achievementRef());
        nomination.achievementSummary = draft.achievementSummary().strip();
        nomination.evidence = draft.evidence() == null ? List.of() : draft.evidence().stream().map(String::strip).toList();
        nomination.councilSessionId = councilProposed(draft);
        nomination.ruleSetVersion = rules.version();
        nomination.deciderLevel = authority.decidedAtLevel();
        nomination.decider = authority.decider();
        nomination.deciderUnitCode = deciderUnit;
        nomination.status = Nomination.Status.NOMINATED;
        nomination.nominatedBy = access.actor();
        nomination.nominatedAt = now();
        nomination.updatedAt = nomination.nominatedAt;

        List<NominationRules.Existing> live = Nomination.liveOf(nomination.nomineeKey, nomination.schoolYear).stream()
                .map(Nomination::existing).toList();
        NominationRules.duplicateOf(nomination.existing(), live).ifPresent(other -> {
            Nomination existing = Nomination.findById(UUID.fromString(other.id()));
            throw ProblemException.conflict(duplicateMessage(nomination, existing));
        });
        nomination.persist();
        flush("Thành tích hoặc danh hiệu này vừa được đề nghị cho cùng đối tượng (nominated meanwhile for the same "
                + "nominee; reload)");
        outbox.publish(EventTypes.NOMINATED, nomination.id.toString(), nomination.unitCode, nomination.schoolYear,
                new NominationEvents.Nominated(nomination.id, nomination.unitCode, nomination.schoolYear,
                        nomination.nomineeType, nomination.nomineeId, nomination.awardCode, nomination.deciderLevel,
                        nomination.nominatedAt));
        return nomination;
    }

    /** Bundles a school's nominations above its authority into a tờ trình to the unit above it. */
    public Submission submit(SubmitRequest request) {
        List<Nomination> items = lock(request.nominationIds(), "nominationIds");
        String school = items.get(0).unitCode;
        for (Nomination item : items) {
            access.requireSchoolPrincipal(item.unitCode);
        }
        String year = sameYear(items);
        for (int i = 0; i < items.size(); i++) {
            Nomination item = items.get(i);
            if (item.schoolDecides()) {
                throw ProblemException.conflict("Đề nghị " + item.id + " (" + item.awardCode + ") thuộc thẩm quyền của "
                        + "trường: quyết định tại trường, không trình (within the school's authority: decide it, do "
                        + "not submit it)");
            }
            if (item.status != Nomination.Status.NOMINATED) {
                throw ProblemException.conflict("Đề nghị " + item.id + " đang ở trạng thái " + item.status
                        + ", chỉ trình được đề nghị mới (only NOMINATED items are submitted)");
            }
        }
        List<Map.Entry<String, String>> path = ancestors(school);
        if (path.isEmpty()) {
            throw ProblemException.unprocessable("nominationIds", "Trường " + school + " chưa có đơn vị cấp trên trong "
                    + "cây đơn vị (the school has no parent unit in the unit tree)");
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.fromUnitCode = school;
        submission.toUnitCode = path.get(0).getKey();
        submission.schoolYear = year;
        submission.documentNumber = blankToNull(request.documentNumber());
        submission.signer = blankToNull(request.signer());
        submission.note = blankToNull(request.note());
        submission.status = "SUBMITTED";
        submission.submittedBy = access.actor();
        submission.submittedAt = now();
        submission.updatedAt = submission.submittedAt;
        submission.persist();
        for (Nomination item : items) {
            item.status = Nomination.Status.SUBMITTED;
            item.submissionId = submission.id;
            item.updatedAt = submission.submittedAt;
        }
        outbox.publish(EventTypes.SUBMITTED, submission.id.toString(), school, year,
                new NominationEvents.Submitted(submission.id, school, submission.toUnitCode, year,
                        items.stream().map(n -> n.id).toList(), submission.submittedAt));
        return submission;
    }

    /** The office accepts a submitted item for its next decision. */
    public Nomination approve(UUID id) {
        Nomination item = lockOne(id);
        access.requireDecider(item);
        if (item.status != Nomination.Status.SUBMITTED) {
            throw ProblemException.conflict(stateMessage(item, "duyệt (approve)", "SUBMITTED"));
        }
        item.status = Nomination.Status.APPROVED;
        item.reviewedBy = access.actor();
        item.reviewedAt = now();
        item.updatedAt = item.reviewedAt;
        return item;
    }

    /**
     * Rejects an item with its reason: a new one by its school (the council did not agree), a
     * submitted or approved one by the deciding unit.
     */
    public Nomination reject(UUID id, String reason) {
        Nomination item = lockOne(id);
        if (item.status == Nomination.Status.NOMINATED) {
            access.requireSchoolPrincipal(item.unitCode);
        } else {
            access.requireDecider(item);
        }
        if (item.status != Nomination.Status.NOMINATED && item.status != Nomination.Status.SUBMITTED
                && item.status != Nomination.Status.APPROVED) {
            throw ProblemException.conflict(stateMessage(item, "từ chối (reject)", "NOMINATED, SUBMITTED, APPROVED"));
        }
        item.status = Nomination.Status.REJECTED;
        item.rejectedReason = reason.strip();
        item.reviewedBy = access.actor();
        item.reviewedAt = now();
        item.updatedAt = item.reviewedAt;
        refreshSubmission(item.submissionId);
        outbox.publish(EventTypes.REJECTED, item.id.toString(), access.unit(), item.schoolYear,
                new NominationEvents.Rejected(item.id, access.unit(), item.rejectedReason, item.reviewedAt));
        return item;
    }

    /**
     * Issues a decision: at the school for items within its authority (new ones), at the office for
     * items it approved. Every item is decided once; the decision's number once per unit.
     */
    public Decision decide(DecideRequest request) {
        List<Nomination> items = lock(request.nominationIds(), "nominationIds");
        for (Nomination item : items) {
            access.requireDecider(item);
        }
        String year = sameYear(items);
        for (Nomination item : items) {
            Nomination.Status ready = item.schoolDecides() ? Nomination.Status.NOMINATED : Nomination.Status.APPROVED;
            if (item.status == Nomination.Status.DECIDED || item.status == Nomination.Status.REVOKED) {
                Decision earlier = Decision.findById(item.decisionId);
                throw ProblemException.conflict("Đề nghị " + item.id + " đã được quyết định trong quyết định "
                        + (earlier == null ? item.decisionId : earlier.decisionNumber) + "; mỗi đề nghị chỉ quyết định "
                        + "một lần (already decided)");
            }
            if (item.status != ready) {
                throw ProblemException.conflict(stateMessage(item, "quyết định (decide)", ready.name()));
            }
        }
        String unit = access.unit();
        String number = request.decisionNumber().strip();
        if (Decision.count("unitCode = ?1 and decisionNumber = ?2", unit, number) > 0) {
            throw ProblemException.conflict("Đơn vị " + unit + " đã có quyết định số " + number + " (decision number "
                    + "already used)");
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.unitCode = unit;
        decision.schoolYear = year;
        decision.decisionNumber = number;
        decision.decisionDate = request.decisionDate();
        decision.signer = request.signer().strip();
        decision.decidedBy = access.actor();
        decision.decidedAt = now();
        decision.persist();
        flush("Số quyết định " + number + " vừa được dùng (decision number used meanwhile)");
        Set<UUID> submissions = new HashSet<>();
        for (Nomination item : items) {
            item.status = Nomination.Status.DECIDED;
            item.decisionId = decision.id;
            item.updatedAt = decision.decidedAt;
            if (item.submissionId != null) {
                submissions.add(item.submissionId);
            }
        }
        submissions.forEach(this::refreshSubmission);
        outbox.publish(EventTypes.DECIDED, decision.id.toString(), unit, year,
                new NominationEvents.Decided(decision.id, unit, year, decision.decisionNumber, decision.decisionDate,
                        decision.signer, items.stream()
                                .map(n -> new NominationEvents.Item(n.id, n.nomineeId, n.awardCode)).toList(),
                        decision.decidedAt));
        return decision;
    }

    /** Thu hồi: a decided award withdrawn by the unit that decided it, with the reason. */
    public Nomination revoke(UUID id, String reason) {
        Nomination item = lockOne(id);
        Decision decision = item.decisionId == null ? null : Decision.findById(item.decisionId);
        if (decision == null) {
            access.requireActsFor(item);
            throw ProblemException.conflict(stateMessage(item, "thu hồi (revoke)", "DECIDED"));
        }
        access.requireRevoker(decision);
        if (item.status == Nomination.Status.REVOKED) {
            throw ProblemException.conflict("Khen thưởng của đề nghị " + item.id + " đã bị thu hồi ngày "
                    + item.revokedAt.toLocalDate() + " (already revoked)");
        }
        item.status = Nomination.Status.REVOKED;
        item.revokedReason = reason.strip();
        item.revokedBy = access.actor();
        item.revokedAt = now();
        item.updatedAt = item.revokedAt;
        outbox.publish(EventTypes.REVOKED, decision.id.toString(), access.unit(), item.schoolYear,
                new NominationEvents.Revoked(decision.id, item.id, access.unit(), item.revokedReason, item.revokedAt));
        return item;
    }

    /**
     * The rule set of a school year: the one the school's eligibility was computed under that year,
     * so nominations and eligibility read one authority table; else the set in force at the year's end
     * (or today, for a year still running).
     */
    RuleSet rulesFor(String unitCode, SchoolYear year) {
        EligibilityCycle cycle = EligibilityCycle.find("unitCode = ?1 and schoolYear = ?2 order by computedAt desc",
                unitCode, year.toString()).firstResult();
        if (cycle != null) {
            return ruleSets.require(cycle.ruleSetVersion);
        }
        LocalDate today = LocalDate.now(EligibilityService.VIETNAM);
        return ruleSets.forDate(today.isBefore(year.end()) ? today : year.end()).rules();
    }

    /**
     * A title or form with eligibility rules is nominated only for a nominee eligible for it in the
     * latest computation of the year; the refusal names every failed condition.
     */
    private void requireEligible(Draft draft) {
        if (!NominationRules.hasEligibilityRules(draft.nomineeType(), draft.awardCode())) {
            return;
        }
        List<TitleCheck> checks;
        if (draft.nomineeType() == NomineeType.STAFF) {
            StaffEligibility latest = StaffEligibility.find("key.staffId = ?1 and schoolYear = ?2 and unitCode = ?3 "
                    + "order by computedAt desc", UUID.fromString(draft.nomineeId()), draft.schoolYear(),
                    draft.unitCode()).firstResult();
            checks = latest == null ? null : latest.explanation;
        } else {
            CollectiveEligibility latest = CollectiveEligibility.find("key.code = ?1 and schoolYear = ?2 and unitCode = ?3"
                    + " order by computedAt desc", draft.nomineeId(), draft.schoolYear(), draft.unitCode()).firstResult();
            checks = latest == null ? null : latest.explanation;
        }
        if (checks == null) {
            throw ProblemException.unprocessable("nomineeId", "Chưa có kết quả xét danh hiệu của " + draft.nomineeId()
                    + " năm học " + draft.schoolYear() + " tại " + draft.unitCode() + "; " + draft.awardCode()
                    + " cần kết quả xét (no eligibility computed for this nominee and year)");
        }
        Optional<TitleCheck> check = checks.stream().filter(c -> c.title() == draft.awardCode()).findFirst();
        if (check.isEmpty() || check.get().eligible()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Condition condition : check.get().conditions()) {
            if (!condition.passed()) {
                errors.add(new FieldError("awardCode", condition.code() + ": cần " + condition.expected() + "; thực tế "
                        + condition.actual()));
            }
        }
        throw new ProblemException(422, "not-eligible", "Không đủ điều kiện (not eligible)",
                draft.nomineeName().strip() + " không đủ điều kiện " + draft.awardCode().label + " theo kết quả xét mới "
                        + "nhất; điều kiện chưa đạt: " + String.join(", ", check.get().failing())
                        + " (not eligible in the latest computation)", errors);
    }

    /**
     * The school's council must have proposed the nominee for the award: passed in the latest closed
     * session that voted it (DESIGN.md, flow step 5). Only for awards with eligibility rules — the
     * council's agenda is drawn from eligibility; forms proposed for achievements outside it (Bằng
     * khen, Kỷ niệm chương) go without. Answers the session that proposed it.
     */
    private UUID councilProposed(Draft draft) {
        if (!NominationRules.hasEligibilityRules(draft.nomineeType(), draft.awardCode())) {
            return draft.councilSessionId();
        }
        CouncilOutcomes.Outcome outcome = council.latest(draft.unitCode(), draft.schoolYear(), draft.nomineeId(),
                draft.awardCode()).orElseThrow(() -> ProblemException.unprocessable("councilSessionId",
                "Hội đồng Thi đua – Khen thưởng của trường chưa biểu quyết đề nghị " + draft.awardCode() + " cho "
                        + draft.nomineeName().strip() + " năm học " + draft.schoolYear() + " (the school's council has "
                        + "not voted this nominee for this award in a closed session)"));
        if (!outcome.passed()) {
            throw ProblemException.unprocessable("councilSessionId", "Hội đồng Thi đua – Khen thưởng (phiên "
                    + outcome.sessionId() + ") biểu quyết " + outcome.percentAgree() + " %, không đạt ngưỡng: "
                    + draft.nomineeName().strip() + " không được đề nghị " + draft.awardCode() + " (under the council's "
                    + "threshold: not proposed)");
        }
        if (draft.councilSessionId() != null && !draft.councilSessionId().equals(outcome.sessionId())) {
            throw ProblemException.unprocessable("councilSessionId", "Phiên hội đồng đề nghị " + draft.nomineeName()
                    .strip() + " là " + outcome.sessionId() + ", không phải " + draft.councilSessionId()
                    + " (the latest session that voted this nominee is another one)");
        }
        return outcome.sessionId();
    }

    private static String duplicateMessage(Nomination candidate, Nomination existing) {
        if (candidate.awardKind == NominationRules.AwardKind.TITLE) {
            return candidate.nomineeName + " đã được đề nghị danh hiệu " + existing.awardCode + " ("
                    + existing.awardCode.label + ") năm học " + existing.schoolYear + " ở đề nghị " + existing.id
                    + " (" + existing.status + "); mỗi danh hiệu một lần mỗi năm (the same title twice for one nominee "
                    + "and year)";
        }
        return "Thành tích \"" + existing.achievementRef + "\" của " + candidate.nomineeName + " đã được đề nghị "
                + existing.awardCode.label + " (" + existing.awardCode + ") ở đề nghị " + existing.id + " ("
                + existing.status + "); một thành tích không khen hai hình thức (one achievement is not rewarded "
                + "twice: existing nomination " + existing.id + " with form " + existing.awardCode + ")";
    }

    private static String stateMessage(Nomination item, String action, String expected) {
        return "Đề nghị " + item.id + " đang ở trạng thái " + item.status + "; chỉ " + action + " khi ở " + expected
                + " (state " + item.status + " does not allow this)";
    }

    /** Locks the items in id order (two requests over the same items never deadlock); 404 for an unknown id. */
    private List<Nomination> lock(List<UUID> ids, String field) {
        List<UUID> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.size() != ids.size()) {
            throw ProblemException.invalid(field, "Trùng đề nghị trong danh sách (duplicate ids)");
        }
        List<Nomination> items = new ArrayList<>();
        for (UUID id : sorted) {
            items.add(lockOne(id));
        }
        return items;
    }

    private Nomination lockOne(UUID id) {
        Nomination item = Nomination.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Đề nghị khen thưởng (nomination)", id);
        }
        return item;
    }

    private static String sameYear(Collection<Nomination> items) {
        Set<String> years = new HashSet<>();
        items.forEach(n -> years.add(n.schoolYear));
        if (years.size() > 1) {
            throw ProblemException.unprocessable("nominationIds", "Các đề nghị thuộc nhiều năm học " + years
                    + "; mỗi tờ trình, quyết định một năm học (one school year per submission or decision)");
        }
        return years.iterator().next();
    }

    private void refreshSubmission(UUID submissionId) {
        if (submissionId == null) {
            return;
        }
        Submission submission = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        List<String> statuses = Nomination.ofSubmission(submissionId).stream().map(n -> n.status.name()).toList();
        submission.status = NominationRules.submissionStatus(statuses);
        submission.updatedAt = now();
    }

    /** The units above {@code unitCode} in the unit tree copy, nearest first, each with its level. */
    static List<Map.Entry<String, String>> ancestors(String unitCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                with recursive up(code, level, parent_code, depth) as (
                    select code, level, parent_code, 0 from unit_copy where code = ?1
                    union
                    select u.code, u.level, u.parent_code, up.depth + 1 from unit_copy u join up on u.code = up.parent_code
                    where up.depth < 32)
                select code, level from up where depth > 0 order by depth""").setParameter(1, unitCode).getResultList();
        List<Map.Entry<String, String>> path = new ArrayList<>();
        for (Object[] row : rows) {
            path.add(new AbstractMap.SimpleImmutableEntry<>((String) row[0], (String) row[1]));
        }
        return path;
    }

    private static void flush(String conflict) {
        try {
            Nomination.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict(conflict);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
