package vn.thidua.award.nomination;

import vn.thidua.award.nomination.NominationRules.AwardKind;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the nomination, submission and decision endpoints return. */
final class NominationViews {

    private NominationViews() {
    }

    /**
     * A nomination; {@code ruleSetVersion} is the set its school year's eligibility used, {@code
     * decisionRuleSetVersion} the set it is decided under (in force when the deciding unit received it, {@code
     * receivedOn}; null before it is submitted or when the school decides).
     */
    public record NominationView(UUID id, String unitCode, String schoolYear, NomineeType nomineeType, String nomineeId,
            String nomineeName, String recipient, Title awardCode, String awardName, AwardKind awardKind, String achievementRef,
            String achievementSummary, List<String> evidence, UUID councilSessionId, String ruleSetVersion,
            String deciderLevel, String decider, String deciderUnitCode, Nomination.Status status, UUID submissionId,
            UUID decisionId, String rejectedReason, String revokedReason, OffsetDateTime revokedAt, String nominatedBy,
            OffsetDateTime nominatedAt, OffsetDateTime updatedAt, String decisionRuleSetVersion, LocalDate receivedOn,
            Long prizeAmount, String prizeBasis, RevocationView revocation) {

        static NominationView of(Nomination n) {
            return of(n, n.nomineeName);
        }

        /** With the nominee's name as the staff copy knows it ({@code name}) instead of the one typed at nomination. */
        static NominationView of(Nomination n, String name) {
            return new NominationView(n.id, n.unitCode, n.schoolYear, n.nomineeType, n.nomineeId, name,
                    n.recipient, n.awardCode, n.awardCode.label, n.awardKind, n.achievementRef, n.achievementSummary, n.evidence,
                    n.councilSessionId, n.ruleSetVersion, n.deciderLevel, n.decider, n.deciderUnitCode, n.status,
                    n.submissionId, n.decisionId, n.rejectedReason, n.revokedReason, n.revokedAt, n.nominatedBy,
                    n.nominatedAt, n.updatedAt, n.decisionRuleSetVersion, n.receivedOn, n.prizeAmount, n.prizeBasis,
                    RevocationView.of(n));
        }
    }

    /**
     * A revoked award: its ground (code, wording, source, verified flag), the prize money to pay back ({@code
     * amountToRecover}, null when none was decided) by {@code dueOn} (15 working days, NĐ 152/2025 Điều 56, 58),
     * and what came back, when, recorded by whom; {@code outstanding} what is still owed. Null unless revoked.
     */
    public record RevocationView(RevocationGround ground, String groundLabel, String groundSource,
            boolean groundVerified, Long amountToRecover, LocalDate dueOn, String dueSource, Long recoveredAmount,
            LocalDate recoveredOn, String recoveredNote, String recoveredBy, OffsetDateTime recoveredAt,
            Long outstanding, List<PaymentView> payments) {

        static RevocationView of(Nomination n) {
            if (n.revokedAt == null) {
                return null;
            }
            return of(n, n.recoveryAmount == null ? List.of() : RecoveryPayment.of(n.id));
        }

        static RevocationView of(Nomination n, List<RecoveryPayment> payments) {
            Long outstanding = n.recoveryAmount == null ? null
                    : n.recoveryAmount - (n.recoveredAmount == null ? 0 : n.recoveredAmount);
            return new RevocationView(n.revokedGround, n.revokedGround == null ? null : n.revokedGround.label,
                    n.revokedGround == null ? null : RevocationGround.SOURCE, RevocationGround.VERIFIED,
                    n.recoveryAmount, n.recoveryDueOn, n.recoveryDueOn == null ? null : n.recoveryDueBasis == null
                            ? Recoveries.DUE_SOURCE : Recoveries.DUE_SOURCE + ". " + n.recoveryDueBasis,
                    n.recoveredAmount, n.recoveredOn, n.recoveredNote, n.recoveredBy, n.recoveredAt, outstanding,
                    payments.stream().map(PaymentView::of).toList());
        }
    }

    /** One payment back: how much, the day, the receipt or remark, who recorded it and when. */
    public record PaymentView(UUID id, long amount, LocalDate paidOn, String note, String recordedBy,
            OffsetDateTime recordedAt) {

        static PaymentView of(RecoveryPayment p) {
            return new PaymentView(p.id, p.amount, p.paidOn, p.note, p.recordedBy, p.recordedAt);
        }
    }

    /**
     * A line of the recoveries list: the revoked award (nominee, title, school, year), the decision it came from and
     * its deciding (revoking) unit, what is owed, paid and outstanding, the due date and where it stands today.
     */
    public record RecoveryView(UUID nominationId, String unitCode, String schoolYear, NomineeType nomineeType,
            String nomineeId, String nomineeName, Title awardCode, String awardName, UUID decisionId,
            String decisionNumber, LocalDate decisionDate, String revokingUnitCode, OffsetDateTime revokedAt,
            RevocationGround ground, long amountToRecover, long recoveredAmount, long outstanding, LocalDate dueOn,
            RecoveryStatus status, List<PaymentView> payments) {

        static RecoveryView of(RecoveryService.Recovery r) {
            Nomination n = r.item();
            long paid = n.recoveredAmount == null ? 0 : n.recoveredAmount;
            return new RecoveryView(n.id, n.unitCode, n.schoolYear, n.nomineeType, n.nomineeId, n.nomineeName,
                    n.awardCode, n.awardCode.label, n.decisionId, r.decision() == null ? null : r.decision().decisionNumber,
                    r.decision() == null ? null : r.decision().decisionDate,
                    r.decision() == null ? null : r.decision().unitCode, n.revokedAt, n.revokedGround, n.recoveryAmount,
                    paid, n.recoveryAmount - paid, n.recoveryDueOn, r.status(),
                    r.payments().stream().map(PaymentView::of).toList());
        }
    }

    /** A tờ trình with its items and how many items are in each state. */
    public record SubmissionView(UUID id, String fromUnitCode, String toUnitCode, String schoolYear,
            String documentNumber, String signer, String note, String status, String submittedBy,
            OffsetDateTime submittedAt, Map<Nomination.Status, Long> itemCounts, List<NominationView> items) {

        static SubmissionView of(NominationQueries.SubmissionData data) {
            Submission s = data.submission();
            Map<Nomination.Status, Long> counts = new LinkedHashMap<>();
            data.items().forEach(n -> counts.merge(n.status, 1L, Long::sum));
            return new SubmissionView(s.id, s.fromUnitCode, s.toUnitCode, s.schoolYear, s.documentNumber, s.signer,
                    s.note, s.status, s.submittedBy, s.submittedAt, counts,
                    data.items().stream().map(NominationView::of).toList());
        }
    }

    /** Submissions and their counts per status, e.g. {"SUBMITTED":3,"DECIDED":5,"REJECTED":1}. */
    public record SubmissionListView(Map<String, Long> counts, List<SubmissionView> items) {

        static SubmissionListView of(NominationQueries.SubmissionList list) {
            return new SubmissionListView(list.counts(), list.items().stream().map(SubmissionView::of).toList());
        }
    }

    /**
     * A decision with its items; {@code prizeTotal}: the prize money of the items shown that are not revoked. Items
     * name people as the staff copy knows them ({@code names}), the typed name only for a person it does not know.
     */
    public record DecisionView(UUID id, String unitCode, String schoolYear, String decisionNumber,
            LocalDate decisionDate, String signer, String decidedBy, OffsetDateTime decidedAt,
            List<NominationView> items, long prizeTotal) {

        static DecisionView of(NominationQueries.DecisionData data, java.util.function.Function<Nomination, String> names) {
            Decision d = data.decision();
            return new DecisionView(d.id, d.unitCode, d.schoolYear, d.decisionNumber, d.decisionDate, d.signer,
                    d.decidedBy, d.decidedAt,
                    data.items().stream().map(n -> NominationView.of(n, names.apply(n))).toList(),
                    Prizes.sum(data.items().stream().filter(n -> n.status == Nomination.Status.DECIDED).toList())
                            .orElse(0L));
        }
    }

    /** Quỹ thi đua, khen thưởng spent: the prize money decided (not revoked) for a school year, by deciding unit. */
    public record FundView(String schoolYear, Map<String, Long> byDecidingUnit, long total, int items) {
    }
}
