package vn.thidua.award.nomination;

import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * What a revocation owes: its ground (a code of Luật 2022 Điều 93 khoản 2, required), the prize money paid for
 * the award to pay back, due 15 working days after the revocation (NĐ 152/2025 Điều 56, 58 [text]) skipping the
 * holidays of {@link Holidays}, counted from the day it is recorded (the day the recipient receives the decision is
 * not recorded: the earliest possible); paid back in one or several payments.
 */
final class Recoveries {

    static final int DUE_WORKING_DAYS = 15;
    static final String DUE_SOURCE = "Nghị định 152/2025/NĐ-CP, Điều 56, 58 [text]: nộp lại tiền thưởng trong 15 ngày "
            + "làm việc; " + WorkingDays.CALENDAR_SOURCE;

    private Recoveries() {
    }

    /** The ground as a code; 422 naming {@code ground} when missing or unknown. */
    static RevocationGround ground(String code) {
        return RevocationGround.parse(code).orElseThrow(() -> ProblemException.unprocessable("ground",
                (code == null || code.isBlank() ? "Thiếu căn cứ thu hồi (ground required)" : "Căn cứ không có: " + code)
                        + "; một trong " + RevocationGround.choices() + " (" + RevocationGround.SOURCE
                        + ", cần đối chiếu)"));
    }

    /** Fills the ground and what is owed on a revoked item: nothing when no prize money was decided. */
    static void revoked(Nomination item, RevocationGround ground, LocalDate day, Holidays holidays) {
        item.revokedGround = ground;
        boolean owed = item.prizeAmount != null && item.prizeAmount > 0;
        item.recoveryAmount = owed ? item.prizeAmount : null;
        item.recoveryDueOn = owed ? WorkingDays.after(day, DUE_WORKING_DAYS, holidays) : null;
        item.recoveryDueBasis = owed ? WorkingDays.explain(day, DUE_WORKING_DAYS, item.recoveryDueOn, holidays) : null;
    }

    static ProblemException notRevoked(Nomination item) {
        return ProblemException.conflict("Đề nghị " + item.id + " chưa bị thu hồi (" + item.status
                + "): không có tiền thưởng phải nộp lại (not revoked: nothing to recover)");
    }

    static ProblemException nothingOwed(Nomination item) {
        return ProblemException.conflict("Khen thưởng thu hồi của đề nghị " + item.id + " không có tiền thưởng phải "
                + "nộp lại (no prize money was decided for it)");
    }

    static ProblemException alreadySettled(Nomination item) {
        return ProblemException.conflict("Đã nộp lại đủ " + item.recoveredAmount + " đ, lần cuối ngày " + item.recoveredOn
                + " (already fully recovered; last recorded by " + item.recoveredBy + ")");
    }

    static ProblemException amountOverDue(long amount, long outstanding, long owed) {
        return ProblemException.unprocessable("amount", "Số tiền nộp lại " + amount + " đ lớn hơn số còn phải nộp "
                + outstanding + " đ (trên tổng " + owed + " đ) (more than outstanding)");
    }

    static ProblemException beforeRevocation(LocalDate recoveredOn, LocalDate revokedOn) {
        return ProblemException.unprocessable("recoveredOn", "Ngày nộp lại " + recoveredOn + " trước ngày thu hồi "
                + revokedOn + " (before the revocation)");
    }

    static ProblemException inTheFuture(LocalDate recoveredOn) {
        return ProblemException.unprocessable("recoveredOn", "Ngày nộp lại " + recoveredOn + " chưa đến (in the future)");
    }
}
