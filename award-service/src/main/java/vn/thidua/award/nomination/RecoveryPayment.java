package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One payment back of the prize money of a revoked award (nộp lại tiền thưởng), as the revoking unit recorded it. */
@Entity
@Table(name = "recovery_payment")
class RecoveryPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(nullable = false)
    public long amount;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    /** The receipt (chứng từ) or a remark. */
    @Column
    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static List<RecoveryPayment> of(UUID nominationId) {
        return list("nominationId = ?1 order by paidOn, recordedAt", nominationId);
    }

    /** The payments of these nominations, each list in payment order (one query for a page of recoveries). */
    static Map<UUID, List<RecoveryPayment>> of(Collection<UUID> nominationIds) {
        if (nominationIds.isEmpty()) {
            return Map.of();
        }
        return RecoveryPayment.<RecoveryPayment>list("nominationId in ?1 order by paidOn, recordedAt", nominationIds)
                .stream().collect(Collectors.groupingBy(p -> p.nominationId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
    }
}
