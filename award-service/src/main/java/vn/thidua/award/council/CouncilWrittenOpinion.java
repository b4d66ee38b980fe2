package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Ý kiến bằng văn bản: an absent member's written opinion on one agenda item, recorded by the principal. */
@Entity
@Table(name = "council_written_opinion")
class CouncilWrittenOpinion extends PanacheEntityBase {

    @Embeddable
    record Key(@Column(name = "item_id") UUID itemId, @Column(name = "account") String account) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilVote.Choice choice;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static List<CouncilWrittenOpinion> ofItem(UUID itemId) {
        return list("key.itemId = ?1 order by key.account", itemId);
    }
}
