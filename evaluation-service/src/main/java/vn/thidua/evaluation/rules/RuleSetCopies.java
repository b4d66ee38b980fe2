package vn.thidua.evaluation.rules;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;
import vn.thidua.platform.time.Versions;

import java.util.List;
import java.util.UUID;

/**
 * This service's read copy of award-service's rule sets, the one source of every rule parameter. A
 * cycle is checked under one version for good: the national version in force on the first day of its
 * school year, or — for a year older than every version — the earliest, the day and fallback
 * award-service's eligibility resolves for the same cycle (its layers may not change htxs.* or
 * rating.*, so the national version decides them in both services). Pinned on first use.
 */
@ApplicationScoped
public class RuleSetCopies {

    static final String HTXS_SHARE = "htxs.maxSharePercent";
    static final String HTXS_SHARE_BASE = "htxs.shareBase";
    static final String HTXS_SHARE_SCOPE = "htxs.shareScope";
    static final String CAPPED_ABSENCE = "rating.cappedAbsenceMonths";
    static final String NOT_RATED_ABSENCE = "rating.notRatedAbsenceMonths";

    private static final Logger LOG = Logger.getLogger(RuleSetCopies.class);

    private final TimeSource time;

    RuleSetCopies(TimeSource time) {
        this.time = time;
    }

    /** Stores a published version; versions never change, so a version already held is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    void apply(RuleSetPublished event) {
        if (RuleSetCopy.findById(event.version()) != null) {
            LOG.debugf("Rule set %s already copied", event.version());
            return;
        }
        RuleSetCopy copy = new RuleSetCopy();
        copy.version = event.version();
        copy.effectiveFrom = event.effectiveFrom();
        copy.effectiveTo = event.effectiveTo();
        copy.legalBasis = event.legalBasis() == null ? List.of() : event.legalBasis();
        copy.parameters = event.parameters() == null ? List.of() : event.parameters();
        copy.publishedBy = event.publishedBy();
        copy.publishedAt = event.publishedAt();
        copy.receivedAt = time.now();
        copy.persist();
    }

    /**
     * The HTXS cap of a cycle, pinning the cycle to a version on first use. Base and scope are newer
     * parameters: a version without them keeps the behaviour from before (HTT_AND_ABOVE, UNIT).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ShareLimit htxsShareLimit(UUID cycleId, SchoolYear year) {
        RuleSetCopy rules = RuleSetCopy.findById(pinnedVersion(cycleId, year));
        RuleSetPublished.Parameter share = rules.parameter(HTXS_SHARE)
                .orElseThrow(() -> RuleSetProblems.parameterMissing(rules.version, HTXS_SHARE));
        return new ShareLimit(((Number) share.value()).doubleValue(),
                choice(rules, HTXS_SHARE_BASE, ShareLimit.Base.class, ShareLimit.Base.HTT_AND_ABOVE),
                choice(rules, HTXS_SHARE_SCOPE, ShareLimit.Scope.class, ShareLimit.Scope.UNIT),
                rules.version, share.source());
    }

    /**
     * The absence thresholds of a cycle's ratings, pinning the cycle like {@link #htxsShareLimit}: the
     * rule set is their one source; a version without them takes {@link RatingLimits#DEFAULTS}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RatingLimits ratingLimits(UUID cycleId, SchoolYear year) {
        RuleSetCopy rules = RuleSetCopy.findById(pinnedVersion(cycleId, year));
        return new RatingLimits(number(rules, CAPPED_ABSENCE, RatingLimits.DEFAULT_CAPPED_ABSENCE_MONTHS),
                number(rules, NOT_RATED_ABSENCE, RatingLimits.DEFAULT_NOT_RATED_ABSENCE_MONTHS), rules.version);
    }

    private static double number(RuleSetCopy rules, String key, double absent) {
        Object value = rules.parameter(key).map(RuleSetPublished.Parameter::value).orElse(null);
        if (value == null) {
            return absent;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw RuleSetProblems.parameterMalformed(rules.version, key, value);
    }

    private static <E extends Enum<E>> E choice(RuleSetCopy rules, String key, Class<E> type, E absent) {
        Object value = rules.parameter(key).map(RuleSetPublished.Parameter::value).orElse(null);
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(String.valueOf(value).strip())) {
                return constant;
            }
        }
        throw RuleSetProblems.parameterMalformed(rules.version, key, value);
    }

    private String pinnedVersion(UUID cycleId, SchoolYear year) {
        String pinned = pinOf(cycleId);
        if (pinned != null) {
            return pinned;
        }
        List<RuleSetCopy> all = RuleSetCopy.listAll();
        RuleSetCopy chosen = Versions.inForce(all, year.start()).or(() -> Versions.earliest(all))
                .orElseThrow(RuleSetProblems::noRuleSetYet);
        // Two finalisations of one cycle at once pin the same way; the first insert wins, both read it.
        Panache.getEntityManager().createNativeQuery("""
                insert into cycle_rule_set (cycle_id, version, pinned_at) values (?1, ?2, ?3)
                on conflict (cycle_id) do nothing""")
                .setParameter(1, cycleId).setParameter(2, chosen.version).setParameter(3, time.now())
                .executeUpdate();
        return pinOf(cycleId);
    }

    private static String pinOf(UUID cycleId) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select version from cycle_rule_set where cycle_id = ?1")
                .setParameter(1, cycleId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
