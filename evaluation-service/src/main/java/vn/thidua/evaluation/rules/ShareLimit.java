package vn.thidua.evaluation.rules;

/**
 * The HTXS cap that applies to a cycle: at most {@code percent} % of those rated at least HTT, from
 * rule set {@code ruleSetVersion}'s {@code htxs.maxSharePercent}, whose legal source is {@code source}.
 */
public record ShareLimit(double percent, String ruleSetVersion, String source) {
}
