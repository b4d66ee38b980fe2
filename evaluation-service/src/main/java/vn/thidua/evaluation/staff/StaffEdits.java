package vn.thidua.evaluation.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Editing one staff record: create, replace, deactivate; only the school's principal. Each change goes out
 * as {@code vn.thidua.staff.upserted.v1} in the same transaction.
 */
@ApplicationScoped
@Transactional
class StaffEdits {

    private static final Logger LOG = Logger.getLogger(StaffEdits.class);

    private final StaffAccess access;
    private final StaffQueries queries;
    private final TimeSource time;
    private final PersonCodes personCodes;
    private final StaffEvents events;

    StaffEdits(StaffAccess access, StaffQueries queries, TimeSource time, PersonCodes personCodes,
            StaffEvents events) {
        this.access = access;
        this.queries = queries;
        this.time = time;
        this.personCodes = personCodes;
        this.events = events;
    }

    Staff create(String unitCode, StaffData incoming) {
        String unit = unitCode != null ? unitCode : access.unitCode();
        access.requireManage(unit);
        StaffData data = checked(StaffData.merge(null, incoming.normalized(), EnumSet.allOf(StaffField.class),
                time.today()));
        if (Staff.ofCode(unit, data.code()).isPresent()) {
            throw StaffProblems.codeTaken(data.code(), unit);
        }
        requireFreeUserName(unit, data.userName(), null);
        OffsetDateTime now = time.now();
        Staff staff = new Staff();
        staff.id = TimeOrderedIds.next();
        staff.personId = TimeOrderedIds.next();
        personCodes.claim(data.personCode(), staff.personId);
        staff.unitCode = unit;
        staff.createdAt = now;
        staff.set(data, now);
        staff.persist();
        flush();
        events.upserted(staff);
        LOG.infof("Created staff %s %s in %s", staff.id, staff.code, unit);
        return staff;
    }

    /** Replaces a record; a null "active from" keeps the current one. */
    Staff update(UUID id, Long expectedRevision, StaffData incoming) {
        Staff staff = managed(id, expectedRevision, true);
        StaffData data = checked(StaffData.merge(staff.data(), incoming.normalized(), EnumSet.allOf(StaffField.class),
                time.today()));
        if (!data.code().equals(staff.code) && Staff.ofCode(staff.unitCode, data.code()).isPresent()) {
            throw StaffProblems.codeTaken(data.code(), staff.unitCode);
        }
        requireFreeUserName(staff.unitCode, data.userName(), staff.id);
        if (data.personCode() != null && !data.personCode().equals(staff.personCode)) {
            personCodes.claim(data.personCode(), staff.personId);
        }
        if (staff.set(data, time.now())) {
            flush();
            events.upserted(staff);
        }
        return staff;
    }

    /** Ends the record's activity on {@code activeTo} (default today): the person left the school. */
    Staff deactivate(UUID id, Long expectedRevision, LocalDate activeTo) {
        Staff staff = managed(id, expectedRevision, false);
        LocalDate end = activeTo != null ? activeTo : time.today();
        if (end.isBefore(staff.activeFrom)) {
            throw StaffProblems.endsBeforeStart(end, staff.activeFrom);
        }
        StaffData current = staff.data();
        // The same field checks as an edit: a day outside 1900–2100 never reaches the database
        if (staff.set(checked(new StaffData(current.code(), current.fullName(), current.gender(), current.birthDate(),
                current.position(), current.groupCode(), current.groupName(), current.employment(), current.hireDate(),
                current.activeFrom(), end, current.userName(), current.personCode())), time.now())) {
            flush();
            events.upserted(staff);
        }
        return staff;
    }

    private Staff managed(UUID id, Long expectedRevision, boolean revisionRequired) {
        Staff staff = queries.read(id);
        access.requireManage(staff.unitCode);
        // Locked and re-read first, so of concurrent editors naming one revision exactly one passes the check.
        Staff.getEntityManager().refresh(staff, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(expectedRevision, staff.revision, revisionRequired);
        return staff;
    }

    private StaffData checked(StaffData data) {
        List<StaffData.Violation> violations = data.check(time.today());
        if (!violations.isEmpty()) {
            throw StaffProblems.invalidFields(violations);
        }
        return data;
    }

    private static void requireFreeUserName(String unitCode, String userName, UUID self) {
        if (userName == null) {
            return;
        }
        Staff.ofUser(unitCode, userName).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw StaffProblems.accountTaken(userName, other.code);
        });
    }

    /** Unique keys are checked first; a concurrent writer can still win the race, and then it is a 409. */
    static void flush() {
        try {
            Staff.flush();
        } catch (OptimisticLockException e) {
            throw StaffProblems.changedMeanwhile();
        } catch (PersistenceException e) {
            throw StaffProblems.takenMeanwhile();
        }
    }
}
