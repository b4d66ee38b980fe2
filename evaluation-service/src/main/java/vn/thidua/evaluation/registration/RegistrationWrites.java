package vn.thidua.evaluation.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.evaluation.common.Answers;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.registration.RegistrationQueries.Listed;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Đăng ký thi đua: each staff member registers their targets for the cycle, each professional
 * group its collective titles. Until the cycle's deadline the people themselves (and the principal)
 * change and submit them; after it only the principal, with a reason. Every change is kept in the
 * history; a submission publishes registration-submitted through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class RegistrationWrites {

    private final RegistrationAccess access;
    private final CycleService cycles;
    private final RegistrationEvents events;
    private final TimeSource time;

    RegistrationWrites(RegistrationAccess access, CycleService cycles, RegistrationEvents events, TimeSource time) {
        this.access = access;
        this.cycles = cycles;
        this.events = events;
        this.time = time;
    }

    /** Sets the cycle's registration deadline (null: open until set again). */
    void setDeadline(UUID cycleId, LocalDate deadline) {
        Cycle cycle = cycles.read(cycleId);
        access.requirePrincipal(cycle.unitCode);
        cycle.requireWritable();
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        if (deadline != null && !year.contains(deadline)) {
            throw RegistrationProblems.deadlineOutsideYear(deadline, cycle.schoolYear, year);
        }
        cycle.registrationDeadline = deadline;
        flush();
    }

    /** Writes a person's targets; a submitted registration goes back to DRAFT and needs a new submit. */
    Listed putStaff(UUID cycleId, UUID staffId, Long expectedRevision, List<RegistrationTarget> targets, String reason) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = RegistrationQueries.staffOf(cycle, staffId);
        access.requireWrite(staff);
        if (!staff.worksDuring(SchoolYear.parse(cycle.schoolYear))) {
            throw RegistrationProblems.notWorkingThatYear(staff.fullName, cycle.schoolYear);
        }
        Registration registration = Registration.ofStaff(cycleId, staffId).orElse(null);
        if (registration == null) {
            // Two first writers run one after another: the second finds the first's registration.
            Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
            registration = Registration.ofStaff(cycleId, staffId).orElse(null);
        }
        return put(cycle, staff, null, RegistrationKind.INDIVIDUAL, registration, expectedRevision, targets, reason);
    }

    Listed submitStaff(UUID cycleId, UUID staffId, Long expectedRevision, String reason) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = RegistrationQueries.staffOf(cycle, staffId);
        access.requireWrite(staff);
        Registration registration = Registration.ofStaff(cycleId, staffId)
                .orElseThrow(() -> RegistrationProblems.notRegistered(staff.fullName));
        return submit(new Listed(registration, cycle, staff), expectedRevision, reason);
    }

    Listed putGroup(UUID cycleId, String groupCode, Long expectedRevision, List<RegistrationTarget> targets,
            String reason) {
        Cycle cycle = cycles.read(cycleId);
        RegistrationQueries.requireGroup(cycle, groupCode);
        access.requireWriteGroup(cycle.unitCode, groupCode);
        Registration registration = Registration.ofGroup(cycleId, groupCode).orElse(null);
        if (registration == null) {
            Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
            registration = Registration.ofGroup(cycleId, groupCode).orElse(null);
        }
        return put(cycle, null, groupCode, RegistrationKind.COLLECTIVE, registration, expectedRevision, targets, reason);
    }

    Listed submitGroup(UUID cycleId, String groupCode, Long expectedRevision, String reason) {
        Cycle cycle = cycles.read(cycleId);
        RegistrationQueries.requireGroup(cycle, groupCode);
        access.requireWriteGroup(cycle.unitCode, groupCode);
        Registration registration = Registration.ofGroup(cycleId, groupCode)
                .orElseThrow(() -> RegistrationProblems.notRegistered("Tổ " + groupCode));
        return submit(new Listed(registration, cycle, null), expectedRevision, reason);
    }

    private Listed put(Cycle cycle, Staff staff, String groupCode, RegistrationKind kind, Registration registration,
            Long expectedRevision, List<RegistrationTarget> targets, String reason) {
        cycle.requireWritable();
        requireRevision(registration, expectedRevision);
        String why = allowedNow(cycle, reason);
        List<FieldError> errors = RegistrationRules.check(kind, targets);
        if (!errors.isEmpty()) {
            throw Answers.unprocessable(errors);
        }
        OffsetDateTime now = time.now();
        if (registration == null) {
            registration = new Registration();
            registration.id = TimeOrderedIds.next();
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
        cycle.requireWritable();
        requireRevision(registration, expectedRevision);
        String why = allowedNow(cycle, reason);
        if (registration.state == RegistrationState.SUBMITTED) {
            throw RegistrationProblems.alreadySubmitted(registration.state);
        }
        if (registration.targets.isEmpty()) {
            throw RegistrationProblems.nothingToSubmit();
        }
        Map<String, Object> before = registration.snapshot();
        OffsetDateTime now = time.now();
        registration.state = RegistrationState.SUBMITTED;
        registration.submittedAt = now;
        registration.submittedBy = access.actor();
        registration.updatedAt = now;
        RegistrationHistory.record(registration.id, access.actor(), now, RegistrationHistory.Action.SUBMITTED, why,
                before, registration.snapshot());
        events.submitted(registration, cycle, listed.groupCode());
        flush();
        return listed;
    }

    /**
     * The reason to record for a change now: before the deadline anyone allowed may change, with or
     * without a reason; after it only the principal, and only with one.
     */
    private String allowedNow(Cycle cycle, String reason) {
        String given = Texts.blankToNull(reason);
        if (given != null && given.length() > RegistrationRules.MAX_REASON) {
            throw RegistrationProblems.reasonTooLong(RegistrationRules.MAX_REASON);
        }
        LocalDate deadline = cycle.registrationDeadline;
        if (!RegistrationRules.closed(deadline, time.today())) {
            return given;
        }
        if (!access.isPrincipalOf(cycle.unitCode)) {
            throw RegistrationProblems.closed(deadline);
        }
        if (given == null) {
            throw RegistrationProblems.reasonRequired(deadline);
        }
        return given;
    }

    /** Locks and re-reads the registration first, so of concurrent writers naming one revision one passes. */
    private static void requireRevision(Registration registration, Long expected) {
        if (registration != null) {
            Registration.getEntityManager().refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        }
        long current = registration == null ? 0 : registration.revision;
        if (expected != null && expected != current) {
            throw ProblemException.preconditionFailed(current);
        }
    }

    private static void flush() {
        try {
            Registration.flush();
        } catch (OptimisticLockException e) {
            throw RegistrationProblems.changedMeanwhile();
        } catch (PersistenceException e) {
            throw RegistrationProblems.createdMeanwhile();
        }
    }
}
