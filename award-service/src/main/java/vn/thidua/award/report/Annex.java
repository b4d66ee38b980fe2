package vn.thidua.award.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The lists that go in decisions' annexes (phụ lục quyết định): per decision and award code, the
 * nominees the caller may see. Revoked awards stay on the list as signed, marked with the reason,
 * and are left out of {@code count}. Nominees are listed by unit (Vietnamese collation of the unit's name),
 * then by name: a person's full name from the staff copy ({@code People}), by given name.
 */
public record Annex(String unit, String schoolYear, List<Decision> decisions) {

    public record Decision(UUID decisionId, String decisionNumber, LocalDate decisionDate, String signer,
            String decidingUnit, List<Group> awards) {
    }

    public record Group(String awardCode, String awardName, long count, List<Nominee> nominees) {
    }

    /** {@code prizeAmount}: the tiền thưởng the decided event carried for it, đồng (null: none carried). */
    public record Nominee(UUID nominationId, String nomineeType, String nomineeId, String nomineeName, String unitCode,
            String unitName, boolean revoked, String revokedReason, Long prizeAmount) {
    }
}
