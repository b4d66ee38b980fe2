package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cycle's eligibility event ({@code vn.thidua.award.eligibility-computed.v1}, subject the cycle): a
 * snapshot of the whole cycle, written to the outbox in the caller's transaction.
 */
@ApplicationScoped
class EligibilityEvents {

    record EligibilityComputed(UUID cycleId, String unitCode, String schoolYear, String ruleSetVersion,
            List<Subject> subjects, OffsetDateTime computedAt) {
    }

    /** STAFF (staff id) or COLLECTIVE (group or unit code) and the titles it is eligible for. */
    record Subject(String subjectType, String subjectId, List<Title> eligible) {
    }

    private final Outbox outbox;

    EligibilityEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void computed(EligibilityCycle cycle, CycleEligibility.Outcome outcome, OffsetDateTime computedAt) {
        List<Subject> subjects = new ArrayList<>();
        outcome.staff().forEach(s -> subjects.add(new Subject("STAFF", s.staffId().toString(), s.eligible())));
        outcome.collectives().forEach(c -> subjects.add(new Subject("COLLECTIVE", c.code(), c.eligible())));
        outbox.publish(EventTypes.ELIGIBILITY_COMPUTED, cycle.cycleId.toString(), cycle.unitCode, cycle.schoolYear,
                new EligibilityComputed(cycle.cycleId, cycle.unitCode, cycle.schoolYear, outcome.ruleSetVersion(),
                        subjects, computedAt));
    }
}
