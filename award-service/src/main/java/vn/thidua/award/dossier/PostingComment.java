package vn.thidua.award.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Ý kiến góp ý received during a posting: who, when, about whom (an agenda item or the whole list), what. */
@Entity
@Table(name = "posting_comment")
class PostingComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    @Column(name = "about_name")
    public String aboutName;

    /** The account that sent it, or that recorded it from paper. */
    @Column(nullable = false)
    public String author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false)
    public String body;

    static List<PostingComment> of(UUID postingId) {
        return list("postingId = ?1 order by receivedOn, recordedAt, id", postingId);
    }
}
