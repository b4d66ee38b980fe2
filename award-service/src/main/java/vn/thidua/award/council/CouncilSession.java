package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A session of the school's Hội đồng Thi đua – Khen thưởng (see V4__council_sessions.sql). */
@Entity
@Table(name = "council_session")
class CouncilSession extends PanacheEntityBase {

    /** DRAFT: being prepared; VOTING: quorum reached and ballots open; CLOSED: results final, never changed. */
    public enum Status { DRAFT, VOTING, CLOSED }

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "meeting_at", nullable = false)
    public OffsetDateTime meetingAt;

    @Column(nullable = false)
    public String place;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<CouncilMember> members;

    @Column(name = "chair_account", nullable = false)
    public String chairAccount;

    @Column(name = "secretary_account", nullable = false)
    public String secretaryAccount;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @Column(name = "rule_set_note")
    public String ruleSetNote;

    @Column(nullable = false)
    public String quorum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "members_total")
    public Integer membersTotal;

    @Column(name = "members_present")
    public Integer membersPresent;

    public Optional<CouncilMember> member(String account) {
        return members.stream().filter(m -> m.account().equals(account)).findFirst();
    }

    public long presentCount() {
        return members.stream().filter(CouncilMember::isPresent).count();
    }

    public static List<CouncilSession> ofUnits(Collection<String> unitCodes, String schoolYear) {
        if (schoolYear == null) {
            return list("unitCode in ?1 order by meetingAt desc", unitCodes);
        }
        return list("unitCode in ?1 and schoolYear = ?2 order by meetingAt desc", unitCodes, schoolYear);
    }
}
