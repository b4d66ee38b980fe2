package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.UUID;

/** Records that the prize money of a revoked award came back: by the revoking unit, once, no more than owed. */
@ApplicationScoped
@Transactional
class RecoveryService {

    /** What came back and when; {@code note}: the receipt (chứng từ) or remark. */
    record Recovered(long amount, LocalDate recoveredOn, String note) {
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
        if (item.recoveredAt != null) {
            throw Recoveries.alreadyRecorded(item);
        }
        if (recovered.amount() > item.recoveryAmount) {
            throw Recoveries.amountOverDue(recovered.amount(), item.recoveryAmount);
        }
        LocalDate revokedOn = TimeSource.dayInVietnam(item.revokedAt);
        if (recovered.recoveredOn().isBefore(revokedOn)) {
            throw Recoveries.beforeRevocation(recovered.recoveredOn(), revokedOn);
        }
        if (recovered.recoveredOn().isAfter(time.today())) {
            throw Recoveries.inTheFuture(recovered.recoveredOn());
        }
        item.recoveredAmount = recovered.amount();
        item.recoveredOn = recovered.recoveredOn();
        item.recoveredNote = recovered.note() == null || recovered.note().isBlank() ? null : recovered.note().strip();
        item.recoveredBy = access.actor();
        item.recoveredAt = time.now();
        item.updatedAt = item.recoveredAt;
        return item;
    }
}
