package vn.thidua.evaluation.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.staff.Staff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading registrations: a cycle's list as the caller may see it, one registration, a person's or a group's, the history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RegistrationQueries {

    /** A registration with its cycle and, for a person's, their staff record. */
    record Listed(Registration registration, Cycle cycle, Staff staff) {

        String groupCode() {
            return staff == null ? registration.groupCode : staff.groupCode;
        }
    }

    /** Collectives first by group, then people by given name in Vietnamese order. */
    static Comparator<Listed> order() {
        return Comparator.<Listed, Boolean>comparing(l -> l.staff() != null)
                .thenComparing(l -> l.staff() == null ? l.registration().groupCode : "")
                .thenComparing(Listed::staff, Comparator.nullsFirst(Staff.order()));
    }

    private final RegistrationAccess access;
    private final CycleService cycles;

    RegistrationQueries(RegistrationAccess access, CycleService cycles) {
        this.access = access;
        this.cycles = cycles;
    }

    /** Every match in the list's own order; the resource sorts by {@code sort} and pages. */
    List<Listed> list(UUID cycleId, String groupCode, RegistrationState state, RegistrationKind kind) {
        Cycle cycle = cycles.read(cycleId);
        access.requireUnit(cycle);
        if (groupCode != null && !access.readsWholeUnits() && access.ledGroup().filter(groupCode::equals).isEmpty()) {
            throw RegistrationProblems.otherGroup();
        }
        List<Registration> registrations = Registration.ofCycle(cycleId);
        List<UUID> staffIds = registrations.stream().map(r -> r.staffId).filter(Objects::nonNull).toList();
        Map<UUID, Staff> staff = staffIds.isEmpty() ? Map.of() : Staff.<Staff>list("id in ?1", staffIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        // A school has tens of registrations: visibility and Vietnamese collation are applied here, not in SQL.
        return registrations.stream()
                .map(r -> new Listed(r, cycle, r.staffId == null ? null : staff.get(r.staffId)))
                .filter(this::canRead)
                .filter(l -> groupCode == null || groupCode.equals(l.groupCode()))
                .filter(l -> state == null || l.registration().state == state)
                .filter(l -> kind == null || l.registration().kind == kind)
                .sorted(order())
                .toList();
    }

    /** The registration, or 404 when it does not exist or is not the caller's to see. */
    Listed read(UUID id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw RegistrationProblems.notFound(id);
        }
        Staff staff = registration.staffId == null ? null : Staff.findById(registration.staffId);
        Listed listed = new Listed(registration, Cycle.findById(registration.cycleId), staff);
        if (!canRead(listed)) {
            throw RegistrationProblems.notFound(id);
        }
        return listed;
    }

    List<RegistrationHistory> history(UUID id) {
        return RegistrationHistory.of(read(id).registration().id);
    }

    Listed ofStaff(UUID cycleId, UUID staffId) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = staffOf(cycle, staffId);
        if (!access.canRead(staff, cycle)) {
            throw RegistrationProblems.staffNotFound(staffId);
        }
        Registration registration = Registration.ofStaff(cycleId, staffId)
                .orElseThrow(() -> RegistrationProblems.notRegistered(staff.fullName));
        return new Listed(registration, cycle, staff);
    }

    Listed ofGroup(UUID cycleId, String groupCode) {
        Cycle cycle = cycles.read(cycleId);
        requireGroup(cycle, groupCode);
        if (!access.canReadGroup(cycle, groupCode)) {
            throw RegistrationProblems.groupNotFound(groupCode);
        }
        Registration registration = Registration.ofGroup(cycleId, groupCode)
                .orElseThrow(() -> RegistrationProblems.notRegistered("Tổ " + groupCode));
        return new Listed(registration, cycle, null);
    }

    private boolean canRead(Listed listed) {
        if (listed.cycle() == null) {
            return false;
        }
        return listed.staff() != null ? access.canRead(listed.staff(), listed.cycle())
                : access.canReadGroup(listed.cycle(), listed.registration().groupCode);
    }

    /** A staff member of the cycle's school; 404 otherwise. */
    static Staff staffOf(Cycle cycle, UUID staffId) {
        Staff staff = Staff.findById(staffId);
        if (staff == null || !staff.unitCode.equals(cycle.unitCode)) {
            throw RegistrationProblems.staffNotFound(staffId);
        }
        return staff;
    }

    /** A group is known by its members: some staff record of the school carries its code. */
    static void requireGroup(Cycle cycle, String groupCode) {
        if (groupCode == null || Staff.count("unitCode = ?1 and groupCode = ?2", cycle.unitCode, groupCode) == 0) {
            throw RegistrationProblems.groupNotFound(groupCode);
        }
    }
}
