package vn.thidua.evaluation.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Đăng ký thi đua: the targets of one staff member, or of one professional group as a collective, in a cycle. */
@Entity
@Table(name = "registration")
class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationKind kind;

    /** The person registering; null for a collective. */
    @Column(name = "staff_id")
    public UUID staffId;

    /** The registering group of a collective; null for a person (their group is on their staff record). */
    @Column(name = "group_code")
    public String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationState state;

    /** Only strings and enums inside, so Hibernate's own JSON mapping stores it as is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RegistrationTarget> targets = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic concurrency: exposed as the ETag; 1 from the first write, since "0" means none yet. */
    @Version
    public long revision = 1;

    public static Optional<Registration> ofStaff(UUID cycleId, UUID staffId) {
        return find("cycleId = ?1 and kind = ?2 and staffId = ?3", cycleId, RegistrationKind.INDIVIDUAL, staffId)
                .firstResultOptional();
    }

    public static Optional<Registration> ofGroup(UUID cycleId, String groupCode) {
        return find("cycleId = ?1 and kind = ?2 and groupCode = ?3", cycleId, RegistrationKind.COLLECTIVE, groupCode)
                .firstResultOptional();
    }

    public static List<Registration> ofCycle(UUID cycleId) {
        return list("cycleId", cycleId);
    }

    /** What the history keeps of each change. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", state);
        snapshot.put("targets", targets);
        return snapshot;
    }
}
