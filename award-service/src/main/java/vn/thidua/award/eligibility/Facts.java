package vn.thidua.award.eligibility;

import java.util.List;

/** The facts of a finalized evaluation as the event carries them (stored as they came, jsonb). */
public record Facts(double monthsWorked, List<StaffFacts.Discipline> discipline, List<StaffFacts.Leave> leave,
        List<StaffFacts.Initiative> initiatives) {

    public Facts {
        discipline = discipline == null ? List.of() : List.copyOf(discipline);
        leave = leave == null ? List.of() : List.copyOf(leave);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }
}
