package vn.thidua.award.nomination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Where a recovery stands on a day: SETTLED paid back in full; OVERDUE still owed after its due date; OUTSTANDING
 * still owed, not yet due. As a filter of the list, {@code outstanding} is everything still owed, overdue included
 * ({@link #matches}).
 */
@Schema(description = "OUTSTANDING (còn phải nộp, chưa quá hạn), OVERDUE (quá hạn), SETTLED (đã nộp đủ)")
public enum RecoveryStatus {
    OUTSTANDING, OVERDUE, SETTLED;

    static RecoveryStatus of(Nomination item, LocalDate today) {
        long paid = item.recoveredAmount == null ? 0 : item.recoveredAmount;
        if (item.recoveryAmount != null && paid >= item.recoveryAmount) {
            return SETTLED;
        }
        return item.recoveryDueOn != null && item.recoveryDueOn.isBefore(today) ? OVERDUE : OUTSTANDING;
    }

    /** Whether a recovery standing at {@code actual} is listed under this filter. */
    boolean matches(RecoveryStatus actual) {
        return this == actual || (this == OUTSTANDING && actual == OVERDUE);
    }

    /** {@code outstanding|overdue|settled} as the list's query names it; 400 naming {@code status} otherwise. */
    static RecoveryStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (RecoveryStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "phải là outstanding, overdue hoặc settled (one of outstanding, "
                + "overdue, settled): " + text);
    }
}
