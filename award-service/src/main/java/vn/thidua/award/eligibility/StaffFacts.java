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

    /**
     * Kinds of leave: MATERNITY and COUNTED_AS_WORK (leave the law counts as time worked: annual leave,
     * holidays, paid personal leave) count as work for titles and are no absence; the others are absence.
     */
    public enum LeaveKind {
        MATERNITY, SICK, STUDY, UNPAID, OTHER, COUNTED_AS_WORK;

        public boolean countsAsWork() {
            return this == MATERNITY || this == COUNTED_AS_WORK;
        }
    }

    /**
     * A discipline, or with {@code pending} a procedure still open (đang bị xem xét xử lý kỷ luật; {@code date}
     * is when it opened); {@code endsOn} the end of its term (thời hạn thi hành kỷ luật), when given. Both are
     * optional in the event: absent means false and no term.
     */
    public record Discipline(DisciplineForm form, LocalDate date, Boolean pending, LocalDate endsOn) {

        public Discipline(DisciplineForm form, LocalDate date) {
            this(form, date, null, null);
        }

        public boolean isPending() {
            return Boolean.TRUE.equals(pending);
        }

        /** The last day it counts: the end of its term, else its date. */
        public LocalDate lastDay() {
            return endsOn != null && date != null && endsOn.isAfter(date) ? endsOn : date;
        }
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
