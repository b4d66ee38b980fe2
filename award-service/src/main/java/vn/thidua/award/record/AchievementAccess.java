package vn.thidua.award.record;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.award.eligibility.EligibilityAccess;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Set;
import java.util.UUID;

/**
 * Who reads and changes achievement files. Staff and group leaders read their own file: the token's {@code staff}
 * claim, through People to the person. The school (principal, council) reads the files of its people and
 * collectives, offices those of the schools below them, dashboards ({@code viewer}) what their unit reaches. A
 * person's file is the school's to read when the person has (or had) a staff record there. A file the caller may
 * not read answers 404, its existence not told; a collective of a unit outside the caller's reach 403.
 * Importing and revoking imported records: the school's principal, or an office above it.
 */
@RequestScoped
public class AchievementAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final EligibilityAccess eligibility;
    private final AchievementFile file;

    AchievementAccess(Caller caller, UnitAccess units, EligibilityAccess eligibility, AchievementFile file) {
        this.caller = caller;
        this.units = units;
        this.eligibility = eligibility;
        this.file = file;
    }

    String actor() {
        return caller.actor();
    }

    String unit() {
        return caller.unitCode();
    }

    boolean reaches(String unitCode) {
        return units.canAccess(unitCode);
    }

    /** 404 unless it is the caller's own file or a file of a person of a unit the caller reads. */
    public void requireReadPerson(UUID personId) {
        boolean own = eligibility.ownStaffId().map(file::personOf).filter(personId::equals).isPresent();
        if (own) {
            return;
        }
        if (eligibility.readsWholeUnits()) {
            Set<String> unitsOfPerson = file.unitsOfPerson(personId);
            if (unitsOfPerson.stream().anyMatch(units::canAccess)) {
                return;
            }
        }
        throw AchievementProblems.personNotFound(personId);
    }

    /** 403 unless the caller reads whole units and reaches this one. */
    public void requireReadCollective(String unitCode) {
        units.require(unitCode);
        if (!eligibility.readsWholeUnits()) {
            throw AchievementProblems.onlyOwnFile();
        }
    }

    /** Importing into a unit's files: its principal, or an office at or above it. */
    void requireImport(String unitCode) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(unitCode);
        if (!principal && !office) {
            throw AchievementProblems.onlyPrincipalOrOffice(unitCode);
        }
    }
}
