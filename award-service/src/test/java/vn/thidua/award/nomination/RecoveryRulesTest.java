package vn.thidua.award.nomination;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revocation grounds, what a revocation owes and by when (holidays of V19 skipped), row by row with the source of each rule. */
class RecoveryRulesTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2025-07-01|15|2025-07-22|NĐ 152/2025 Điều 56, 58 [text]: 15 ngày làm việc; Tue → Tue three weeks later",
        "2025-07-04|15|2025-07-25|a Friday: the weekends in between are not working days",
        "2025-07-05|15|2025-07-25|a Saturday: counting starts on Monday",
        "2025-07-06|15|2025-07-25|a Sunday: likewise",
        "2025-07-04|1|2025-07-07|the first working day after a Friday is Monday",
        "2025-01-20|15|2025-02-17|BLLĐ 2019 Đ112 [secondary]: Tết Ất Tỵ 27–31/01/2025 skipped (plan [verify])",
        "2026-02-06|15|2026-03-06|Tết Bính Ngọ 16–20/02/2026 skipped (plan [verify])",
        "2027-02-01|15|2027-03-01|Tết Đinh Mùi: 05, 08, 09/02/2027 and 10, 11/02 for mùng 1–2 on the weekend (Đ111 k3 [verify])",
        "2025-04-25|15|2025-05-20|30/4 and 1/5/2025 (Wed, Thu) skipped, Đ112 k1 c, d [secondary]",
        "2026-04-20|15|2026-05-14|Giỗ Tổ on Sunday 26/4/2026 gives Monday 27/4 off; 30/4, 1/5/2026 skipped",
        "2025-08-28|15|2025-09-22|Quốc khánh 1–2/9/2025 skipped, Đ112 k1 đ [secondary]; the day next to 2/9 [verify]",
        "2026-12-25|15|2027-01-18|Tết Dương lịch 1/1/2027 (a Friday) skipped, Đ112 k1 a [secondary]",
    })
    void dueDatesSkipWeekendsAndHolidays(LocalDate from, int days, LocalDate due, String source) {
        assertEquals(due, WorkingDays.after(from, days, ShippedHolidays.calendar()), source);
    }

    @Test
    void theDueDateSaysWhatItSkippedAndWhereTheCalendarEnds() {
        Holidays calendar = ShippedHolidays.calendar();
        LocalDate due = WorkingDays.after(LocalDate.of(2026, 2, 6), 15, calendar);
        String basis = WorkingDays.explain(LocalDate.of(2026, 2, 6), 15, due, calendar);
        assertTrue(basis.contains("17/02/2026 Tết Bính Ngọ (mùng 1)"), basis);
        assertTrue(basis.contains("Điều 112 [secondary]"), basis);
        assertFalse(basis.contains("chưa có"), basis);
        LocalDate late = WorkingDays.after(LocalDate.of(2027, 12, 20), 15, calendar);
        String uncovered = WorkingDays.explain(LocalDate.of(2027, 12, 20), 15, late, calendar);
        assertTrue(uncovered.contains("năm 2028 chưa có"), uncovered);
        // Without a calendar only weekends are skipped: the five days of Tết are counted, a week earlier.
        assertEquals(LocalDate.of(2026, 2, 27), WorkingDays.after(LocalDate.of(2026, 2, 6), 15, Holidays.NONE));
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
        Recoveries.revoked(paid, RevocationGround.FALSE_DECLARATION, LocalDate.of(2025, 7, 4), ShippedHolidays.calendar());
        assertEquals(RevocationGround.FALSE_DECLARATION, paid.revokedGround);
        assertEquals(710_000L, paid.recoveryAmount);
        assertEquals(LocalDate.of(2025, 7, 25), paid.recoveryDueOn);
        assertTrue(paid.recoveryDueBasis.startsWith("15 ngày làm việc"), paid.recoveryDueBasis);

        Nomination unpaid = new Nomination();
        Recoveries.revoked(unpaid, RevocationGround.LATER_VIOLATION, LocalDate.of(2025, 7, 4), ShippedHolidays.calendar());
        assertEquals(RevocationGround.LATER_VIOLATION, unpaid.revokedGround);
        assertNull(unpaid.recoveryAmount, "no prize money was decided: nothing to pay back");
        assertNull(unpaid.recoveryDueOn);
    }

    @ParameterizedTest(name = "owed {0}, paid {1}, due {2}, today 2026-03-10: {3}")
    @CsvSource(delimiter = '|', value = {
        "710000|0|2026-03-20|OUTSTANDING", "710000|300000|2026-03-20|OUTSTANDING", "710000|300000|2026-03-09|OVERDUE",
        "710000|710000|2026-03-09|SETTLED", "710000|0|2026-03-10|OUTSTANDING",
    })
    void whereARecoveryStands(long owed, long paid, LocalDate due, RecoveryStatus expected) {
        Nomination item = new Nomination();
        item.recoveryAmount = owed;
        item.recoveredAmount = paid == 0 ? null : paid;
        item.recoveryDueOn = due;
        RecoveryStatus actual = RecoveryStatus.of(item, LocalDate.of(2026, 3, 10));
        assertEquals(expected, actual);
        assertEquals(actual != RecoveryStatus.SETTLED, RecoveryStatus.OUTSTANDING.matches(actual),
                "outstanding lists everything still owed, overdue included");
        assertEquals(actual == RecoveryStatus.OVERDUE, RecoveryStatus.OVERDUE.matches(actual));
    }

    @Test
    void anUnknownStatusIs400NamingIt() {
        ProblemException e = assertThrows(ProblemException.class, () -> RecoveryStatus.parse("late"));
        assertEquals(400, e.status());
        assertEquals("status", e.toProblem("/x").errors().get(0).field());
        assertEquals(RecoveryStatus.OVERDUE, RecoveryStatus.parse(" Overdue "));
        assertNull(RecoveryStatus.parse(""));
    }
}
