package vn.thidua.evaluation.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.staff.StaffViews.MoveRequest;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.DateRange;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Điều chuyển cán bộ: a person moves from one school to another. The old record ends the day before the
 * move, a new record at the new school starts on it with the same person (id and code), so whatever
 * follows the person — their achievement file — follows the move. Both records and the move go out on
 * {@code thidua.staff.v1} in the same transaction.
 */
@ApplicationScoped
@Transactional
class StaffMoves {

    private static final Logger LOG = Logger.getLogger(StaffMoves.class);

    private final StaffAccess access;
    private final StaffQueries queries;
    private final UnitTree tree;
    private final TimeSource time;
    private final StaffEvents events;

    StaffMoves(StaffAccess access, StaffQueries queries, UnitTree tree, TimeSource time, StaffEvents events) {
        this.access = access;
        this.queries = queries;
        this.tree = tree;
        this.time = time;
        this.events = events;
    }

    /** Answers the new record. {@code expectedRevision} (If-Match, optional) is the old record's. */
    Staff move(UUID id, Long expectedRevision, MoveRequest request) {
        Staff from = queries.read(id);
        String toUnit = StaffTexts.clean(request.toUnit());
        if (tree.unit(toUnit).isEmpty()) {
            throw StaffProblems.unknownUnit(toUnit);
        }
        access.requireMove(from.unitCode, toUnit);
        if (toUnit.equals(from.unitCode)) {
            throw StaffProblems.sameUnit(toUnit);
        }
        Staff.getEntityManager().refresh(from, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(expectedRevision, from.revision, false);
        LocalDate effectiveOn = request.effectiveOn();
        if (!DateRange.accepts(effectiveOn)) {
            throw StaffProblems.badMoveDate(effectiveOn);
        }
        if (!effectiveOn.isAfter(from.activeFrom)) {
            throw StaffProblems.moveBeforeStart(effectiveOn, from.activeFrom);
        }
        if (from.activeTo != null && from.activeTo.isBefore(effectiveOn)) {
            throw StaffProblems.alreadyEnded(from.activeTo, effectiveOn);
        }
        StaffData old = from.data();
        StaffData moved = new StaffData(request.code() != null ? request.code() : old.code(), old.fullName(),
                old.gender(), old.birthDate(), request.position() != null ? request.position() : old.position(),
                request.groupCode(), request.groupName(), old.employment(), old.hireDate(), effectiveOn, null,
                old.userName(), old.personCode()).normalized();
        List<StaffData.Violation> violations = moved.check(time.today());
        if (!violations.isEmpty()) {
            throw StaffProblems.invalidFields(violations);
        }
        if (Staff.ofCode(toUnit, moved.code()).isPresent()) {
            throw StaffProblems.codeTaken(moved.code(), toUnit);
        }
        if (moved.userName() != null) {
            Staff.ofUser(toUnit, moved.userName()).ifPresent(holder -> {
                throw StaffProblems.accountTaken(moved.userName(), holder.code);
            });
        }

        OffsetDateTime now = time.now();
        from.set(new StaffData(old.code(), old.fullName(), old.gender(), old.birthDate(), old.position(),
                old.groupCode(), old.groupName(), old.employment(), old.hireDate(), old.activeFrom(),
                effectiveOn.minusDays(1), old.userName(), old.personCode()), now);
        Staff to = new Staff();
        to.id = TimeOrderedIds.next();
        to.personId = from.personId;
        to.movedFrom = from.id;
        to.unitCode = toUnit;
        to.createdAt = now;
        to.set(moved, now);
        to.persist();
        StaffEdits.flush();
        events.upserted(from);
        events.upserted(to);
        events.moved(from, to, effectiveOn);
        LOG.infof("Moved person %s from %s (%s) to %s (%s) on %s", from.personId, from.unitCode, from.id, toUnit,
                to.id, effectiveOn);
        return to;
    }
}
