package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.rules.RuleSetCopies;
import vn.thidua.evaluation.rules.ShareLimit;
import vn.thidua.platform.time.SchoolYear;

/**
 * Where the HTXS share limit of a cycle comes from: the one place both finalisation paths ask. The
 * limit is award-service's rule set parameters {@code htxs.maxSharePercent}, {@code htxs.shareBase}
 * and {@code htxs.shareScope}, read from this service's copy of the rule sets, in the version the
 * cycle is pinned to — the one award-service's quota check uses for the same cycle, so the two can
 * never disagree.
 */
@ApplicationScoped
class HtxsShareLimit {

    private final RuleSetCopies ruleSets;

    HtxsShareLimit(RuleSetCopies ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The cap of {@code cycle}: percent, base and scope. */
    ShareLimit of(Cycle cycle) {
        return ruleSets.htxsShareLimit(cycle.id, SchoolYear.parse(cycle.schoolYear));
    }

    /** The group a person's rating is counted in: their staff record's group per STAFF_GROUP, else the school (null). */
    static String groupOf(ShareLimit limit, String groupCode) {
        return limit.scope() == ShareLimit.Scope.STAFF_GROUP ? (groupCode == null ? NO_GROUP : groupCode) : null;
    }

    /** Staff without a group on their record form one group of their own. */
    static final String NO_GROUP = "(chưa có tổ)";
}
