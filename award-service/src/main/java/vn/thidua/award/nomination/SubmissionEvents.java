package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A submission's event ({@code vn.thidua.award.submitted.v1}, subject the submission), through the outbox. */
@ApplicationScoped
class SubmissionEvents {

    record Submitted(UUID submissionId, String fromUnitCode, String toUnitCode, String schoolYear,
            List<UUID> nominationIds, OffsetDateTime submittedAt) {
    }

    private final Outbox outbox;

    SubmissionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void submitted(Submission s, List<Nomination> items) {
        outbox.publish(EventTypes.SUBMITTED, s.id.toString(), s.fromUnitCode, s.schoolYear,
                new Submitted(s.id, s.fromUnitCode, s.toUnitCode, s.schoolYear, items.stream().map(n -> n.id).toList(),
                        s.submittedAt));
    }
}
