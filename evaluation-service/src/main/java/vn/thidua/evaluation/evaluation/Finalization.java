package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.rules.RatingLimits;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one finalisation policy, for a principal's single rating and a school's bulk post alike:
 * the facts as the rules see them, what {@link RatingRules} say of the rating, whether the HTXS
 * share allows it, what the audit keeps and what the {@code finalized} event carries. Plain Java:
 * only the writers differ (JPA for one evaluation, COPY for many), the policy does not.
 *
 * <p>The share situation is an input, not a query: the single path counts the cycle's other
 * finalised ratings, the bulk path the ratings outside the call and those before the record in it.
 * Its limit comes from {@link HtxsShareLimit}.
 */
final class Finalization {

    /** The person as the policy needs them. */
    record Person(UUID staffId, String groupCode, LocalDate hireDate, LocalDate activeFrom, LocalDate activeTo) {
    }

    /** The cycle the rating is given in, with the rating thresholds of its rule set. */
    record Setting(UUID cycleId, String unitCode, String schoolYear, SchoolYear year, RatingLimits limits) {

        static Setting of(Cycle cycle, RatingLimits limits) {
            return new Setting(cycle.id, cycle.unitCode, cycle.schoolYear, SchoolYear.parse(cycle.schoolYear), limits);
        }
    }

    private final Rating rating;
    private final Person person;
    private final Setting setting;
    private final Facts effective;
    private final List<RatingRules.Violation> violations;

    private Finalization(Rating rating, Person person, Setting setting, Facts effective,
            List<RatingRules.Violation> violations) {
        this.rating = rating;
        this.person = person;
        this.setting = setting;
        this.effective = effective;
        this.violations = violations;
    }

    /** {@code given}: the facts as recorded (null: none); months worked are derived when not given. */
    static Finalization of(Rating rating, Facts given, Person person, Setting setting) {
        Facts effective = (given == null ? Facts.NONE : given)
                .effective(person.hireDate(), person.activeFrom(), person.activeTo(), setting.year());
        return new Finalization(rating, person, setting, effective, RatingRules.check(rating, effective, setting.year(),
                setting.limits()));
    }

    Rating rating() {
        return rating;
    }

    /** The rating rules the rating breaks; empty when it may stand. */
    List<RatingRules.Violation> violations() {
        return violations;
    }

    /** The share once this rating is finalised on top of {@code before}. */
    HtxsShare share(HtxsShare before) {
        return before.with(rating);
    }

    /** Whether this rating takes the share over its limit; only an HTXS can. */
    boolean exceeds(HtxsShare before) {
        return rating == Rating.HTXS && share(before).exceeded();
    }

    /** The facts of the school year the rating was given on, as the event and the audit keep them. */
    Facts ofYear() {
        return effective.ofYear(setting.year());
    }

    /** What the audit keeps after a single finalisation: the evaluation's snapshot and the facts of the year. */
    Map<String, Object> auditAfter(Map<String, Object> snapshot) {
        Map<String, Object> after = new LinkedHashMap<>(snapshot);
        after.put("facts", ofYear());
        return after;
    }

    /** The data of {@code vn.thidua.evaluation.finalized.v1}. */
    EvaluationEvents.Finalized event(UUID evaluationId, String finalizedBy, OffsetDateTime finalizedAt) {
        return new EvaluationEvents.Finalized(evaluationId, setting.cycleId(), person.staffId(), setting.unitCode(),
                setting.schoolYear(), rating, EvaluationEvents.FactsData.of(ofYear()), person.hireDate(),
                person.groupCode(), finalizedBy, finalizedAt);
    }
}
