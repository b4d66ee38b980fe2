package vn.thidua.award.nomination;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revocation grounds and what a revocation owes, row by row with the source of each rule. */
class RecoveryRulesTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2025-07-01|15|2025-07-22|NĐ 152/2025 Điều 56, 58 [text]: 15 ngày làm việc; Tue → Tue three weeks later",
        "2025-07-04|15|2025-07-25|a Friday: the weekends in between are not working days",
        "2025-07-05|15|2025-07-25|a Saturday: counting starts on Monday",
        "2025-07-06|15|2025-07-25|a Sunday: likewise",
        "2025-07-04|1|2025-07-07|the first working day after a Friday is Monday",
        "2026-12-25|15|2027-01-15|across the new year: 1/1/2027 (a holiday) counted — documented limitation",
        "2025-08-28|15|2025-09-18|across 1–2/9/2025 (Quốc khánh): counted, so the law's date (22/9) is later — limitation",
    })
    void dueDatesSkipWeekendsOnly(LocalDate from, int days, LocalDate due, String source) {
        assertEquals(due, WorkingDays.after(from, days), source);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "FALSE_DECLARATION|FALSE_DECLARATION",
        "forged_documents|FORGED_DOCUMENTS",
        " WRONGFUL_APPRAISAL |WRONGFUL_APPRAISAL",
        "LATER_VIOLATION|LATER_VIOLATION",
    })
    void theFourGroundsOfDieu93Khoan2AreCodes(String given, RevocationGround ground) {
        assertEquals(ground, Recoveries.ground(given));
        assertTrue(RevocationGround.SOURCE.contains("Điều 93 khoản 2 [secondary]"), RevocationGround.SOURCE);
        assertEquals(false, RevocationGround.VERIFIED, "secondary source only: cần đối chiếu");
    }

    @ParameterizedTest(name = "ground \"{0}\" is refused")
    @CsvSource(value = {"''", "'   '", "KY_LUAT", "FALSE DECLARATION"}, emptyValue = "")
    void aMissingOrUnknownGroundIs422NamingIt(String given) {
        ProblemException e = assertThrows(ProblemException.class, () -> Recoveries.ground(given));
        assertEquals(422, e.status());
        assertEquals("ground", e.toProblem("/x").errors().get(0).field());
        assertTrue(e.getMessage().contains("FALSE_DECLARATION"), e.getMessage());
    }

    @Test
    void aNullGroundIs422() {
        assertEquals(422, assertThrows(ProblemException.class, () -> Recoveries.ground(null)).status());
    }

    @Test
    void theDecidedPrizeMoneyIsOwedFifteenWorkingDaysAfterTheRevocation() {
        Nomination paid = new Nomination();
        paid.prizeAmount = 710_000L;
        Recoveries.revoked(paid, RevocationGround.FALSE_DECLARATION, LocalDate.of(2025, 7, 4));
        assertEquals(RevocationGround.FALSE_DECLARATION, paid.revokedGround);
        assertEquals(710_000L, paid.recoveryAmount);
        assertEquals(LocalDate.of(2025, 7, 25), paid.recoveryDueOn);

        Nomination unpaid = new Nomination();
        Recoveries.revoked(unpaid, RevocationGround.LATER_VIOLATION, LocalDate.of(2025, 7, 4));
        assertEquals(RevocationGround.LATER_VIOLATION, unpaid.revokedGround);
        assertNull(unpaid.recoveryAmount, "no prize money was decided: nothing to pay back");
        assertNull(unpaid.recoveryDueOn);
    }
}
