package vn.thidua.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.evaluation.messaging.RegistrationEvents;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Đăng ký thi đua: each staff member registers their targets for the cycle, each professional
 * group its collective titles. Until the cycle's deadline the people themselves (and the principal)
 * change and submit them; after it only the principal, with a reason. Every change is kept in the
 * history; a submission publishes registration-submitted through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    private final RegistrationAccess access;
    private final CycleService cycles;
    private final Outbox outbox;

    public RegistrationService(RegistrationAccess access, CycleService cycles, Outbox outbox) {
        this.access = access;
        this.cycles = cycles;
        this.outbox = outbox;
    }

    /** A registration with its cycle and, for a person's, their staff record. */
    public record Listed(Registration registration, Cycle cycle, Staff staff) {

        public String groupCode() {
            return staff == null ? registration.groupCode : staff.groupCode;
        }
    }

    public record RegistrationPage(List<Listed> items, long total) {
    }

    /** Collectives first by group, then people by given name in Vietnamese order. */
    static final Comparator<Listed> ORDER = Comparator.<Listed, Boolean>comparing(l -> l.staff() != null)
            .thenComparing(l -> l.staff() == null ? l.registration().groupCode : "")
            .thenComparing(Listed::staff, Comparator.nullsFirst(StaffService.ORDER));

    /** Sets the cycle's registration deadline (null: open until set again). */
    public void setDeadline(UUID cycleId, LocalDate deadline) {
        Cycle cycle = cycles.read(cycleId);
        access.requirePrincipal(cycle.unitCode);
        EvaluationService.requireWritable(cycle);
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        if (deadline != null && !year.contains(deadline)) {
            throw ProblemException.unprocessable("deadline", "Hạn đăng ký " + RegistrationRules.format(deadline)
                    + " không thuộc năm học " + cycle.schoolYear + " (" + year.start() + " – " + year.end()
                    + ") (the deadline is outside the school year)");
        }
        cycle.registrationDeadline = deadline;
        flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationPage list(UUID cycleId, String groupCode, RegistrationState state, RegistrationKind kind,
            int page, int size) {
        Cycle cycle = cycles.read(cycleId);
        access.requireUnit(cycle.unitCode);
        if (groupCode != null && !access.readsWholeUnits() && access.ledGroup().filter(groupCode::equals).isEmpty()) {
            throw ProblemException.forbidden("Chỉ xem được đăng ký của tổ mình (a group leader reads only their own "
                    + "group)");
        }
        List<Registration> registrations = Registration.ofCycle(cycleId);
        List<UUID> staffIds = registrations.stream().map(r -> r.staffId).filter(java.util.Objects::nonNull).toList();
        Map<UUID, Staff> staff = staffIds.isEmpty() ? Map.of() : Staff.<Staff>list("id in ?1", staffIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        // A school has tens of registrations: visibility and Vietnamese collation are applied here, not in SQL.
        List<Listed> matching = registrations.stream()
                .map(r -> new Listed(r, cycle, r.staffId == null ? null : staff.get(r.staffId)))
                .filter(this::canRead)
                .filter(l -> groupCode == null || groupCode.equals(l.groupCode()))
                .filter(l -> state == null || l.registration().state == state)
                .filter(l -> kind == null || l.registration().kind == kind)
                .sorted(ORDER)
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new RegistrationPage(matching.subList(from, to), matching.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed read(UUID id) {
        return visible(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationHistory> history(UUID id) {
        return RegistrationHistory.of(visible(id).registration().id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed ofStaff(UUID cycleId, UUID staffId) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        if (!access.canRead(staff)) {
            throw ProblemException.notFound("Cán bộ (staff)", staffId);
        }
        Registration registration = Registration.ofStaff(cycleId, staffId)
                .orElseThrow(() -> notRegistered(staff.fullName));
        return new Listed(registration, cycle, staff);
    }

    /** Writes a person's targets; a submitted registration goes back to DRAFT and needs a new submit. */
    public Listed putStaff(UUID cycleId, UUID staffId, Long expectedRevision, List<RegistrationTarget> targets,
            String reason) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        access.requireWrite(staff);
        if (!EvaluationService.worksDuring(staff, SchoolYear.parse(cycle.schoolYear))) {
            throw ProblemException.conflict(staff.fullName + " không làm việc ở trường trong năm học " + cycle.schoolYear
                    + " nên không đăng ký thi đua được (does not work at the school in this school year)");
        }
        Registration registration = Registration.ofStaff(cycleId, staffId).orElse(null);
        return put(cycle, staff, null, RegistrationKind.INDIVIDUAL, registration, expectedRevision, targets, reason);
    }

    public Listed submitStaff(UUID cycleId, UUID staffId, Long expectedRevision, String reason) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        access.requireWrite(staff);
        Registration registration = Registration.ofStaff(cycleId, staffId).orElseThrow(() -> notRegistered(
                staff.fullName));
        return submit(new Listed(registration, cycle, staff), expectedRevision, reason);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed ofGroup(UUID cycleId, String groupCode) {
        Cycle cycle = cycles.read(cycleId);
        requireGroup(cycle, groupCode);
        if (!access.canReadGroup(cycle.unitCode, groupCode)) {
            throw ProblemException.notFound("Tổ chuyên môn (group)", groupCode);
        }
        Registration registration = Registration.ofGroup(cycleId, groupCode)
                .orElseThrow(() -> notRegistered("Tổ " + groupCode));
        return new Listed(registration, cycle, null);
    }

    public Listed putGroup(UUID cycleId, String groupCode, Long expectedRevision, List<RegistrationTarget> targets,
            String reason) {
        Cycle cycle = cycles.read(cycleId);
        requireGroup(cycle, groupCode);
        access.requireWriteGroup(cycle.unitCode, groupCode);
        Registration registration = Registration.ofGroup(cycleId, groupCode).orElse(null);
        return put(cycle, null, groupCode, RegistrationKind.COLLECTIVE, registration, expectedRevision, targets, reason);
    }

    public Listed submitGroup(UUID cycleId, String groupCode, Long expectedRevision, String reason) {
        Cycle cycle = cycles.read(cycleId);
        requireGroup(cycle, groupCode);
        access.requireWriteGroup(cycle.unitCode, groupCode);
        Registration registration = Registration.ofGroup(cycleId, groupCode)
                .orElseThrow(() -> notRegistered("Tổ " + groupCode));
        return submit(new Listed(registration, cycle, null), expectedRevision, reason);
    }

    private Listed put(Cycle cycle, Staff staff, String groupCode, RegistrationKind kind, Registration registration,
            Long expectedRevision, List<RegistrationTarget> targets, String reason) {
        EvaluationService.requireWritable(cycle);
        requireRevision(registration, expectedRevision);
        String why = allowedNow(cycle, reason);
        List<FieldError> errors = RegistrationRules.check(kind, targets);
        if (!errors.isEmpty()) {
            throw EvaluationService.unprocessable(errors);
        }
        OffsetDateTime now = EvaluationService.now();
        if (registration == null) {
            registration = new Registration();
            registration.id = UUID.randomUUID();
            registration.cycleId = cycle.id;
            registration.unitCode = cycle.unitCode;
            registration.kind = kind;
            registration.staffId = staff == null ? null : staff.id;
            registration.groupCode = groupCode;
            registration.state = RegistrationState.DRAFT;
            registration.targets = new ArrayList<>(targets);
            registration.createdAt = now;
            registration.updatedAt = now;
            registration.persist();
            RegistrationHistory.record(registration.id, access.actor(), now, RegistrationHistory.Action.CREATED, why,
                    null, registration.snapshot());
        } else if (!registration.targets.equals(targets)) {
            Map<String, Object> before = registration.snapshot();
            registration.targets = new ArrayList<>(targets);
            registration.state = RegistrationState.DRAFT;
            registration.submittedAt = null;
            registration.submittedBy = null;
            registration.updatedAt = now;
            RegistrationHistory.record(registration.id, access.actor(), now, RegistrationHistory.Action.CHANGED, why,
                    before, registration.snapshot());
        }
        flush();
        return new Listed(registration, cycle, staff);
    }

    private Listed submit(Listed listed, Long expectedRevision, String reason) {
        Registration registration = listed.registration();
        Cycle cycle = listed.cycle();
        EvaluationService.requireWritable(cycle);
        requireRevision(registration, expectedRevision);
        String why = allowedNow(cycle, reason);
        if (registration.state == RegistrationState.SUBMITTED) {
            throw new ProblemException(409, "illegal-transition", "Không chuyển được trạng thái (illegal transition)",
                    "Đăng ký đã nộp; sửa lại (PUT) rồi nộp lại (already SUBMITTED: change it, then submit again)",
                    List.of(new FieldError("state", registration.state.name())));
        }
        if (registration.targets.isEmpty()) {
            throw ProblemException.unprocessable("targets", "Cần ít nhất một danh hiệu hoặc sáng kiến để nộp (at least "
                    + "one target to submit)");
        }
        Map<String, Object> before = registration.snapshot();
        OffsetDateTime now = EvaluationService.now();
        registration.state = RegistrationState.SUBMITTED;
        registration.submittedAt = now;
        registration.submittedBy = access.actor();
        registration.updatedAt = now;
        RegistrationHistory.record(registration.id, access.actor(), now, RegistrationHistory.Action.SUBMITTED, why,
                before, registration.snapshot());
        outbox.publish(EventTypes.REGISTRATION_SUBMITTED, registration.id.toString(), registration.unitCode,
                cycle.schoolYear, new RegistrationEvents.Submitted(registration.id, cycle.id, registration.unitCode,
                        cycle.schoolYear, registration.staffId, listed.groupCode(), List.copyOf(registration.targets),
                        now));
        flush();
        return listed;
    }

    /**
     * The reason to record for a change now: before the deadline anyone allowed may change, with or
     * without a reason; after it only the principal, and only with one.
     */
    private String allowedNow(Cycle cycle, String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.length() > RegistrationRules.MAX_REASON) {
            throw ProblemException.invalid("reason", "Tối đa " + RegistrationRules.MAX_REASON + " ký tự (too long)");
        }
        LocalDate deadline = cycle.registrationDeadline;
        if (!RegistrationRules.closed(deadline, today())) {
            return given;
        }
        if (!access.isPrincipalOf(cycle.unitCode)) {
            throw new ProblemException(409, "registration-closed", "Đã hết hạn đăng ký thi đua (registration closed)",
                    "Hạn đăng ký thi đua là ngày " + RegistrationRules.format(deadline) + "; sau hạn chỉ hiệu trưởng "
                            + "sửa được, kèm lý do (the registration deadline was " + deadline + "; after it only the "
                            + "principal changes registrations, giving a reason)",
                    List.of(new FieldError("registrationDeadline", deadline.toString())));
        }
        if (given == null) {
            throw ProblemException.unprocessable("reason", "Đã quá hạn đăng ký " + RegistrationRules.format(deadline)
                    + ": hiệu trưởng sửa phải ghi lý do (past the deadline of " + deadline + ": the principal's change "
                    + "needs a reason)");
        }
        return given;
    }

    private boolean canRead(Listed listed) {
        return listed.staff() != null ? access.canRead(listed.staff())
                : access.canReadGroup(listed.registration().unitCode, listed.registration().groupCode);
    }

    /** The registration, or 404 when it does not exist or is not the caller's to see. */
    private Listed visible(UUID id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw ProblemException.notFound("Đăng ký thi đua (registration)", id);
        }
        Staff staff = registration.staffId == null ? null : Staff.findById(registration.staffId);
        Listed listed = new Listed(registration, Cycle.findById(registration.cycleId), staff);
        if (!canRead(listed)) {
            throw ProblemException.notFound("Đăng ký thi đua (registration)", id);
        }
        return listed;
    }

    /** A staff member of the cycle's school; 404 otherwise. */
    private static Staff staffOf(Cycle cycle, UUID staffId) {
        Staff staff = Staff.findById(staffId);
        if (staff == null || !staff.unitCode.equals(cycle.unitCode)) {
            throw ProblemException.notFound("Cán bộ (staff)", staffId);
        }
        return staff;
    }

    /** A group is known by its members: some staff record of the school carries its code. */
    private static void requireGroup(Cycle cycle, String groupCode) {
        if (groupCode == null || Staff.count("unitCode = ?1 and groupCode = ?2", cycle.unitCode, groupCode) == 0) {
            throw ProblemException.notFound("Tổ chuyên môn (group)", groupCode);
        }
    }

    private static ProblemException notRegistered(String who) {
        return new ProblemException(404, "not-registered", "Chưa đăng ký (not registered yet)",
                who + " chưa đăng ký thi đua trong chu kỳ này; gửi PUT trước (has not registered in this cycle yet: PUT "
                        + "the targets first)", List.of());
    }

    private static void requireRevision(Registration registration, Long expected) {
        long current = registration == null ? 0 : registration.revision;
        if (expected != null && expected != current) {
            throw ProblemException.preconditionFailed(current);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(StaffService.SCHOOL_ZONE);
    }

    private static void flush() {
        try {
            Registration.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Đăng ký vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
        } catch (PersistenceException e) {
            throw ProblemException.conflict("Đăng ký này vừa được tạo (created meanwhile; retry)");
        }
    }
}
