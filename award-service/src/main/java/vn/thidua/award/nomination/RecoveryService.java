package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The prize money of revoked awards coming back: payments recorded by the revoking unit, several until the amount
 * owed is reached and never more (under the nomination's row lock); the list of recoveries of the units the
 * caller revokes for.
 */
@ApplicationScoped
@Transactional
class RecoveryService {

    /** What came back and when; {@code note}: the receipt (chứng từ) or remark. */
    record Recovered(long amount, LocalDate recoveredOn, String note) {
    }

    /** A recovery with its payments, where it stands on {@code today}. */
    record Recovery(Nomination item, Decision decision, List<RecoveryPayment> payments, RecoveryStatus status) {
    }

    private final NominationAccess access;
    private final TimeSource time;

    RecoveryService(NominationAccess access, TimeSource time) {
        this.access = access;
        this.time = time;
    }

    Nomination record(UUID id, Recovered recovered) {
        Nomination item = Items.lockOne(id);
        Decision decision = item.decisionId == null ? null : Decision.findById(item.decisionId);
        if (decision == null) {
            access.requireActsFor(item);
            throw Recoveries.notRevoked(item);
        }
        access.requireRevoker(decision);
        if (item.status != Nomination.Status.REVOKED) {
            throw Recoveries.notRevoked(item);
        }
        if (item.recoveryAmount == null) {
            throw Recoveries.nothingOwed(item);
        }
        long paid = item.recoveredAmount == null ? 0 : item.recoveredAmount;
        long outstanding = item.recoveryAmount - paid;
        if (outstanding <= 0) {
            throw Recoveries.alreadySettled(item);
        }
        if (recovered.amount() > outstanding) {
            throw Recoveries.amountOverDue(recovered.amount(), outstanding, item.recoveryAmount);
        }
        LocalDate revokedOn = TimeSource.dayInVietnam(item.revokedAt);
        if (recovered.recoveredOn().isBefore(revokedOn)) {
            throw Recoveries.beforeRevocation(recovered.recoveredOn(), revokedOn);
        }
        if (recovered.recoveredOn().isAfter(time.today())) {
            throw Recoveries.inTheFuture(recovered.recoveredOn());
        }
        RecoveryPayment payment = new RecoveryPayment();
        payment.id = TimeOrderedIds.next();
        payment.nominationId = item.id;
        payment.amount = recovered.amount();
        payment.paidOn = recovered.recoveredOn();
        payment.note = recovered.note() == null || recovered.note().isBlank() ? null : recovered.note().strip();
        payment.recordedBy = access.actor();
        payment.recordedAt = time.now();
        payment.persist();
        item.recoveredAmount = paid + payment.amount;
        if (item.recoveredOn == null || !payment.paidOn.isBefore(item.recoveredOn)) {
            item.recoveredOn = payment.paidOn;
        }
        item.recoveredNote = payment.note;
        item.recoveredBy = payment.recordedBy;
        item.recoveredAt = payment.recordedAt;
        item.updatedAt = item.recoveredAt;
        return item;
    }

    /** The payments of one nomination, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<RecoveryPayment> payments(UUID nominationId) {
        return RecoveryPayment.of(nominationId);
    }

    /**
     * Revoked awards that owe money, decided (and so revoked) by the units the caller reaches: its own and those
     * below; {@code status} null: all ({@link RecoveryStatus#matches}). Another unit's recoveries are simply not listed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    List<Recovery> list(RecoveryStatus status, String schoolYear) {
        Set<String> units = access.visibleUnits(schoolYear);
        if (units.isEmpty()) {
            return List.of();
        }
        var query = Panache.getEntityManager().createNativeQuery("""
                select n.id from nomination n join decision d on d.id = n.decision_id
                where n.status = 'REVOKED' and n.recovery_amount is not null and d.unit_code in (?1)"""
                + (schoolYear == null ? "" : " and n.school_year = ?2") + " order by n.recovery_due_on, n.id", UUID.class)
                .setParameter(1, units);
        if (schoolYear != null) {
            query.setParameter(2, schoolYear);
        }
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = time.today();
        Map<UUID, List<RecoveryPayment>> payments = RecoveryPayment.of(ids);
        Map<UUID, Nomination> items = new java.util.HashMap<>();
        Nomination.<Nomination>list("id in ?1", ids).forEach(n -> items.put(n.id, n));
        Map<UUID, Decision> decisions = new java.util.HashMap<>();
        Decision.<Decision>list("id in ?1", items.values().stream().map(n -> n.decisionId).distinct().toList())
                .forEach(d -> decisions.put(d.id, d));
        List<Recovery> recoveries = new ArrayList<>();
        for (UUID id : ids) {
            Nomination item = items.get(id);
            RecoveryStatus itemStatus = RecoveryStatus.of(item, today);
            if (status == null || status.matches(itemStatus)) {
                recoveries.add(new Recovery(item, decisions.get(item.decisionId), payments.getOrDefault(id, List.of()),
                        itemStatus));
            }
        }
        return recoveries;
    }
}
