package vn.thidua.evaluation.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An evaluation cycle as the API shows it. */
public record CycleView(UUID id, String unitCode, String schoolYear, UUID planId, int planVersion, CycleStatus status,
        OffsetDateTime openedAt, LocalDate registrationDeadline, List<CriterionView> criteria) {

    public record CriterionView(Criterion.Source source, String number, String text) {
    }

    public static CycleView of(Cycle cycle) {
        return new CycleView(cycle.id, cycle.unitCode, cycle.schoolYear, cycle.planId, cycle.planVersion, cycle.status,
                cycle.openedAt, cycle.registrationDeadline,
                cycle.criteria.stream().map(c -> new CriterionView(c.source, c.number, c.text)).toList());
    }
}
