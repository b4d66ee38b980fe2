package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/**
 * One vote on an agenda item. A secret vote has no account and no time, and a random id: the fact
 * that a member voted is kept apart in council_ballot_cast, so no row links a member to a choice.
 */
@Entity
@Table(name = "council_vote")
class CouncilVote extends PanacheEntityBase {

    public enum Choice { AGREE, DISAGREE, ABSTAIN }

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public boolean secret;

    public String account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Choice choice;

    public static List<CouncilVote> ofItem(UUID itemId) {
        return list("itemId", itemId);
    }
}
