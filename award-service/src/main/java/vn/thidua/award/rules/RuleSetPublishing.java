package vn.thidua.award.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing a rule set version: the one place a version is created. A national version (complete) is
 * published by a {@code district} caller whose unit is a province (the root of the unit tree): it applies to
 * every unit of the deployment, and it goes out as {@code vn.thidua.rules.ruleset-published.v1} in the same
 * transaction. A layer holds only the parameters it changes and applies below its unit: a PROVINCE layer is
 * published by the province's district user, a UNIT layer by an office's, commune's or Sở's, for their own
 * unit; layers stay in award-service (evaluation-service applies only national parameters, which a layer may
 * not change). Either way a new version starts later than every other of its layer and unit, and never
 * changes once stored, so results computed before keep their rules.
 */
@ApplicationScoped
@Transactional
class RuleSetPublishing {

    /** A new version as published: fields left null are copied from the latest version. */
    record Draft(String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<RuleSet.LegalDocument> legalBasis, List<RuleSet.Parameter> parameters,
            List<RuleSet.Authority> authority, RuleSet.Layer layer) {
    }

    private final RuleSets ruleSets;
    private final Caller caller;
    private final UnitTree tree;
    private final TimeSource time;
    private final RuleSetEvents events;

    RuleSetPublishing(RuleSets ruleSets, Caller caller, UnitTree tree, TimeSource time, RuleSetEvents events) {
        this.ruleSets = ruleSets;
        this.caller = caller;
        this.tree = tree;
        this.time = time;
        this.events = events;
    }

    RuleSet publish(Draft draft) {
        RuleSet.Layer layer = draft.layer() == null ? RuleSet.Layer.NATIONAL : draft.layer();
        String scope = requirePublisher(layer);
        if (RuleSetVersion.findById(draft.version()) != null) {
            throw RuleSetProblems.versionExists(draft.version());
        }
        java.util.Optional<RuleSet> latest = ruleSets.all().stream()
                .filter(r -> r.layer() == layer && java.util.Objects.equals(r.scopeUnit(), scope))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
        if (latest.isEmpty() && layer == RuleSet.Layer.NATIONAL) {
            throw new IllegalStateException("no rule set is stored");
        }
        if (latest.isPresent() && !draft.effectiveFrom().isAfter(latest.get().effectiveFrom())) {
            throw RuleSetProblems.notAfterLatest(draft.effectiveFrom(), latest.get());
        }
        if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
            throw RuleSetProblems.endsBeforeItStarts();
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.parameters() != null) {
            // Checked as given, so the fields name the client's own list.
            RuleParameters.problems(draft.parameters(), false).forEach(p -> errors.add(RuleSetProblems.field(p)));
        }
        if (!errors.isEmpty()) {
            throw RuleSetProblems.invalid(errors);
        }
        if (layer != RuleSet.Layer.NATIONAL && draft.parameters() != null) {
            for (int i = 0; i < draft.parameters().size(); i++) {
                if (RuleParameters.nationalOnly(draft.parameters().get(i).key())) {
                    throw RuleSetProblems.nationalOnly(i, draft.parameters().get(i).key());
                }
            }
        }
        List<RuleSet.Parameter> base = latest.map(RuleSet::parameters).orElse(List.of());
        RuleSet rules = new RuleSet(draft.version(),
                draft.legalBasis() != null ? draft.legalBasis() : latest.map(RuleSet::legalBasis).orElse(List.of()),
                draft.effectiveFrom(), draft.effectiveTo(), merge(base, draft.parameters()),
                draft.authority() != null ? draft.authority() : latest.map(RuleSet::authority).orElse(List.of()),
                caller.actor(), time.now(), layer, scope);
        List<String[]> problems = layer == RuleSet.Layer.NATIONAL ? rules.problems()
                : RuleParameters.problems(rules.parameters(), false);
        for (String[] problem : problems) {
            errors.add(RuleSetProblems.field(problem));
        }
        if (rules.legalBasis().isEmpty()) {
            errors.add(RuleSetProblems.noLegalBasis());
        }
        if (!errors.isEmpty()) {
            throw RuleSetProblems.invalid(errors);
        }
        RuleSetVersion row = RuleSetVersion.of(rules);
        if (layer == RuleSet.Layer.NATIONAL) {
            row.announcedAt = rules.publishedAt();
        }
        row.persist();
        if (layer == RuleSet.Layer.NATIONAL) {
            events.published(rules, caller.unitCode());
        }
        return rules;
    }

    /**
     * The latest version's parameters with the given ones in their place (matched by key); a given
     * parameter carries its own source, its unit and description default to the old ones.
     */
    static List<RuleSet.Parameter> merge(List<RuleSet.Parameter> base, List<RuleSet.Parameter> changes) {
        if (changes == null) {
            return base;
        }
        Map<String, RuleSet.Parameter> merged = new LinkedHashMap<>();
        base.forEach(p -> merged.put(p.key(), p));
        List<RuleSet.Parameter> extra = new ArrayList<>();
        for (RuleSet.Parameter change : changes) {
            RuleSet.Parameter old = change == null || change.key() == null ? null : merged.get(change.key());
            if (old == null) {
                extra.add(change == null ? null : new RuleSet.Parameter(change.key(), change.value(), change.unit(),
                        change.description(), change.source(), change.isVerified(), null, null));
                continue;
            }
            merged.put(change.key(), new RuleSet.Parameter(change.key(), change.value(),
                    change.unit() != null ? change.unit() : old.unit(),
                    change.description() != null ? change.description() : old.description(), change.source(),
                    change.isVerified(), null, null));
        }
        List<RuleSet.Parameter> all = new ArrayList<>(merged.values());
        all.addAll(extra);
        return all;
    }

    /**
     * The unit the version is for (null: national), 403 unless the caller may publish it: national and PROVINCE
     * layers from a PROVINCE-level unit, UNIT layers from an OFFICE, COMMUNE or DEPARTMENT (Sở) unit.
     */
    private String requirePublisher(RuleSet.Layer layer) {
        String unit = caller.unitCode();
        String level = tree.unit(unit).map(UnitTree.Node::level).orElse("");
        boolean allowed = layer == RuleSet.Layer.UNIT ? List.of("OFFICE", "COMMUNE", "DEPARTMENT").contains(level)
                : "PROVINCE".equals(level);
        if (!allowed) {
            throw RuleSetProblems.cannotPublish(layer, unit);
        }
        return layer == RuleSet.Layer.NATIONAL ? null : unit;
    }
}
