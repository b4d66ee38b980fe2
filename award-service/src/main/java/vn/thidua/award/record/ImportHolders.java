package vn.thidua.award.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.award.people.People;
import vn.thidua.award.people.StaffMember;
import vn.thidua.platform.security.UnitTree;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who an import row is about: the person (by person id, personal code or staff code, through the staff copy) or the
 * collective (a unit of the tree at or below the importing unit, optionally one of its groups), each within the
 * caller's reach; every row that names no one the caller may import for adds an error naming its line and column.
 */
@ApplicationScoped
class ImportHolders {

    /** A row and its holder: a person ({@code personId}, maybe a staff record) or a collective, never both. */
    record Resolved(ImportRows.Row row, UUID personId, StaffMember staff, String collectiveUnit,
            String collectiveGroup) {
    }

    private final AchievementAccess access;
    private final People people;
    private final UnitTree tree;

    ImportHolders(AchievementAccess access, People people, UnitTree tree) {
        this.access = access;
        this.people = people;
        this.tree = tree;
    }

    /**
     * The person a row names, and their staff record in the importing unit's reach. A person id that People does
     * not know is taken as a staff id (the file then works before the staff copy arrives); every reference given
     * must name the same person.
     */
    Optional<Resolved> resolve(ImportRows.Row row, String unitCode, ImportRows.Result parsed,
            List<ImportRows.LineError> errors) {
        if (row.collective() != null) {
            return collective(row, unitCode, parsed, errors);
        }
        ImportRows.PersonRef ref = row.person();
        String column = parsed.header(ref.column());
        Optional<StaffMember> staff;
        UUID personId;
        switch (ref.column()) {
            case PERSON_ID -> {
                UUID id;
                try {
                    id = UUID.fromString(ref.value());
                } catch (IllegalArgumentException e) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Mã định danh không hợp lệ \"" + ref.value()
                            + "\" (not a UUID)"));
                    return Optional.empty();
                }
                List<UUID> staffIds = people.staffIdsOf(id);
                if (!staffIds.isEmpty()) {
                    personId = id;
                    staff = staffIds.stream().map(people::staff).flatMap(Optional::stream)
                            .filter(s -> access.reaches(s.unitCode))
                            .max(Comparator.comparing((StaffMember s) -> s.unitCode.equals(unitCode))
                                    .thenComparing(s -> s.active));
                } else {
                    staff = people.staff(id);
                    personId = staff.map(s -> s.personId).orElse(id);
                    if (staff.isEmpty() && !ownUnitHasResults(id, unitCode)) {
                        errors.add(new ImportRows.LineError(row.line(), column, "Không tìm thấy người có mã " + id
                                + " trong đơn vị (unknown person)"));
                        return Optional.empty();
                    }
                }
            }
            case PERSON_CODE -> {
                staff = people.byPersonCode(ref.value());
                if (staff.isEmpty()) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Không tìm thấy người có số CCCD / mã số "
                            + ref.value() + " (unknown person code)"));
                    return Optional.empty();
                }
                personId = staff.get().personId;
            }
            default -> {
                staff = people.byCode(unitCode, ref.value());
                if (staff.isEmpty()) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Không có cán bộ mã " + ref.value() + " ở "
                            + unitCode + " (no staff with that code in the unit)"));
                    return Optional.empty();
                }
                personId = staff.get().personId;
            }
        }
        if (staff.isPresent() && !access.reaches(staff.get().unitCode)) {
            errors.add(new ImportRows.LineError(row.line(), column, "Người này không thuộc đơn vị của bạn (the person "
                    + "belongs to " + staff.get().unitCode + ", outside your units)"));
            return Optional.empty();
        }
        return Optional.of(new Resolved(row, personId, staff.orElse(null), null, null));
    }

    /**
     * A staff id the staff copy does not know yet but the school's own evaluation results do: before the staff
     * events arrive, the school can import for the people it has evaluated.
     */
    private static boolean ownUnitHasResults(UUID staffId, String unitCode) {
        return ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                "select count(*) from evaluation_result where staff_id = ?1 and unit_code = ?2")
                .setParameter(1, staffId).setParameter(2, unitCode).getSingleResult()).longValue() > 0;
    }

    /** A collective of the importing unit's subtree (the unit itself, a school below it), in the caller's reach. */
    private Optional<Resolved> collective(ImportRows.Row row, String unitCode, ImportRows.Result parsed,
            List<ImportRows.LineError> errors) {
        ImportRows.CollectiveRef ref = row.collective();
        String column = parsed.header(ImportColumn.COLLECTIVE_UNIT);
        String unit = ref.unitCode().strip();
        if (tree.unit(unit).isEmpty()) {
            errors.add(new ImportRows.LineError(row.line(), column, "Không có đơn vị mã " + unit + " (unknown unit)"));
            return Optional.empty();
        }
        if (!access.reaches(unit) || !(unit.equals(unitCode) || tree.contains(unitCode, unit))) {
            errors.add(new ImportRows.LineError(row.line(), column, "Đơn vị " + unit + " không thuộc " + unitCode
                    + " (outside the importing unit)"));
            return Optional.empty();
        }
        String group = ref.groupCode() == null ? null : ref.groupCode().strip();
        return Optional.of(new Resolved(row, null, null, unit, group));
    }
}
