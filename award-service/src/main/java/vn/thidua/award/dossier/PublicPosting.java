package vn.thidua.award.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Công khai danh sách đề nghị: a council session's nominees posted at the school for comment, from / to. */
@Entity
@Table(name = "public_posting")
class PublicPosting extends PanacheEntityBase {

    /** A nominee as posted: the agenda item, and the name and award printed on the list. */
    record Nominee(UUID itemId, String nomineeType, String nomineeId, String name, String awardCode) {
    }

    @Id
    public UUID id;

    @Column(name = "council_session_id", nullable = false)
    public UUID councilSessionId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "posted_from", nullable = false)
    public LocalDate postedFrom;

    @Column(name = "posted_to", nullable = false)
    public LocalDate postedTo;

    @Column(nullable = false)
    public String place;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Nominee> nominees;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closing_note")
    public String closingNote;

    boolean closed() {
        return closedAt != null;
    }

    static PublicPosting ofSession(UUID sessionId) {
        return find("councilSessionId", sessionId).firstResult();
    }
}
