package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleSet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One rule checked for one title: its code, whether it holds, what the rule asks and what the
 * person or collective has, in Vietnamese the staff member reads, and the legal basis it rests on.
 * {@code deferred}: not decided yet (a discipline procedure still open), neither passed nor failed.
 * {@code parameters}: each rule set parameter the check read, with its value, the layer and version it
 * came from, its source and whether that source was checked against the legal text.
 */
public record Condition(String code, boolean passed, String expected, String actual, String legalBasis,
        boolean deferred, List<Basis> parameters) {

    /** A parameter as a condition used it. */
    public record Basis(String key, Object value, RuleSet.Layer layer, String version, String source,
            boolean verified) {
    }

    public Condition {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public Condition(String code, boolean passed, String expected, String actual, String legalBasis) {
        this(code, passed, expected, actual, legalBasis, false, List.of());
    }

    /** A condition on the parameters {@code keys} of {@code rules}; its legal basis is the first one's source. */
    static Condition of(String code, boolean passed, String expected, String actual, RuleSet rules, String... keys) {
        return new Condition(code, passed, expected, actual, keys.length == 0 ? "" : rules.source(keys[0]), false,
                basis(rules, keys));
    }

    static List<Basis> basis(RuleSet rules, String... keys) {
        return Arrays.stream(keys).map(rules::find).filter(java.util.Optional::isPresent).map(java.util.Optional::get)
                .map(p -> new Basis(p.key(), p.value(), p.layer() != null ? p.layer() : rules.layer(),
                        p.layerVersion() != null ? p.layerVersion() : rules.version(), p.source(), p.isVerified()))
                .toList();
    }

    Condition renamed(String newCode) {
        return new Condition(newCode, passed, expected, actual, legalBasis, deferred, parameters);
    }

    Condition deferring() {
        return new Condition(code, false, expected, actual, legalBasis, true, parameters);
    }

    Condition withBasis(String otherLegalBasis) {
        return new Condition(code, passed, expected, actual, Objects.requireNonNullElse(otherLegalBasis, legalBasis),
                deferred, parameters);
    }
}
