package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One nominee and award on a session's agenda, its ballot method and threshold, and its result once closed. */
@Entity
@Table(name = "council_agenda_item")
class CouncilAgendaItem extends PanacheEntityBase {

    /** A staff member (staff id) or a collective (professional group or unit code), as in the eligibility events. */
    public enum NomineeType { STAFF, COLLECTIVE }

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    public NomineeType nomineeType;

    @Column(name = "nominee_id", nullable = false)
    public String nomineeId;

    @Column(name = "nominee_name")
    public String nomineeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_code", nullable = false)
    public Title awardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilRules.Method method;

    @Column(name = "threshold_percent", nullable = false)
    public BigDecimal thresholdPercent;

    /** What the agreement is a share of (council.agreeBase / council.titleRules of the session's rule set). */
    @Enumerated(EnumType.STRING)
    @Column(name = "agree_base", nullable = false)
    public CouncilRules.Base agreeBase = CouncilRules.Base.PRESENT;

    /** Agreeing votes counted at closing, and of how many (present, present + written, or all members). */
    @Column(name = "counted_agree")
    public Integer countedAgree;

    @Column(name = "counted_of")
    public Integer countedOf;

    @Column(name = "tally_entered", nullable = false)
    public boolean tallyEntered;

    public Integer agree;
    public Integer disagree;
    public Integer abstain;

    @Column(name = "percent_agree")
    public BigDecimal percentAgree;

    public Boolean passed;

    public static List<CouncilAgendaItem> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    public static List<CouncilAgendaItem> ofSessions(List<UUID> sessionIds) {
        return list("sessionId in ?1 order by sessionId, position", sessionIds);
    }
}
