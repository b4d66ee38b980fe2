package vn.thidua.award.eligibility;

import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the rules know of one staff member in one school year: the finalized rating and the facts it
 * was given with ({@code vn.thidua.evaluation.finalized.v1}). {@code monthsWorked} counts maternity
 * leave as work, as evaluation-service sends it.
 */
public record StaffFacts(UUID staffId, String unitCode, SchoolYear schoolYear, String groupCode, Rating rating,
        double monthsWorked, List<Discipline> discipline, List<Leave> leave, List<Initiative> initiatives,
        LocalDate hireDate) {

    public enum LeaveKind { MATERNITY, SICK, STUDY, UNPAID, OTHER }

    public record Discipline(DisciplineForm form, LocalDate date) {
    }

    public record Leave(LeaveKind kind, LocalDate from, LocalDate to) {
    }

    public record Initiative(String title, InitiativeLevel level, LocalDate recognisedOn) {
    }

    public StaffFacts {
        discipline = discipline == null ? List.of() : List.copyOf(discipline);
        leave = leave == null ? List.of() : List.copyOf(leave);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }
}
