package vn.thidua.award.messaging;

import vn.thidua.award.Title;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The data of the council's event, as contracts/schemas/vn.thidua.award.council-voted.v1.schema.json fixes it. */
public final class CouncilEvents {

    private CouncilEvents() {
    }

    /** {@code vn.thidua.award.council-voted.v1}: key and subject are the session id. */
    public record CouncilVoted(UUID sessionId, String unitCode, String schoolYear, int membersTotal, int membersPresent,
            List<Result> results, OffsetDateTime votedAt) {
    }

    /** One ballot: nomineeId is the staff id or the collective's code. */
    public record Result(String nomineeId, Title awardCode, int agree, int disagree, int abstain,
            BigDecimal percentAgree, boolean passed) {
    }
}
