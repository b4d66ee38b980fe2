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
 * Publishing a rule set version: the one place a version is created. Only a {@code district} caller
 * whose unit is a province (the root of the unit tree) publishes: the rule sets apply to every unit
 * of the deployment, and an office publishing them would change the rules of offices it does not
 * oversee. A new version starts later than every other and never changes once stored; it goes out
 * as {@code vn.thidua.rules.ruleset-published.v1} in the same transaction.
 */
@ApplicationScoped
@Transactional
class RuleSetPublishing {

    /** A new version as published: fields left null are copied from the latest version. */
    record Draft(String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<RuleSet.LegalDocument> legalBasis, List<RuleSet.Parameter> parameters,
            List<RuleSet.Authority> authority) {
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
        requirePublisher();
        if (RuleSetVersion.findById(draft.version()) != null) {
            throw RuleSetProblems.versionExists(draft.version());
        }
        RuleSet latest = ruleSets.all().stream().max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new IllegalStateException("no rule set is stored"));
        if (!draft.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw RuleSetProblems.notAfterLatest(draft.effectiveFrom(), latest);
        }
        if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
            throw RuleSetProblems.endsBeforeItStarts();
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.parameters() != null) {
            // Checked as given, so the fields name the client's own list.
            RuleSet.problems(draft.parameters(), false).forEach(p -> errors.add(RuleSetProblems.field(p)));
        }
        if (!errors.isEmpty()) {
            throw RuleSetProblems.invalid(errors);
        }
        RuleSet rules = new RuleSet(draft.version(),
                draft.legalBasis() != null ? draft.legalBasis() : latest.legalBasis(),
                draft.effectiveFrom(), draft.effectiveTo(), merge(latest.parameters(), draft.parameters()),
                draft.authority() != null ? draft.authority() : latest.authority(),
                caller.actor(), time.now());
        for (String[] problem : rules.problems()) {
            errors.add(RuleSetProblems.field(problem));
        }
        if (rules.legalBasis().isEmpty()) {
            errors.add(RuleSetProblems.noLegalBasis());
        }
        if (!errors.isEmpty()) {
            throw RuleSetProblems.invalid(errors);
        }
        RuleSetVersion row = RuleSetVersion.of(rules);
        row.announcedAt = rules.publishedAt();
        row.persist();
        events.published(rules, caller.unitCode());
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
                extra.add(change);
                continue;
            }
            merged.put(change.key(), new RuleSet.Parameter(change.key(), change.value(),
                    change.unit() != null ? change.unit() : old.unit(),
                    change.description() != null ? change.description() : old.description(), change.source()));
        }
        List<RuleSet.Parameter> all = new ArrayList<>(merged.values());
        all.addAll(extra);
        return all;
    }

    /** 403 unless the caller's unit is at PROVINCE level in the unit tree. */
    private void requirePublisher() {
        String unit = caller.unitCode();
        boolean province = tree.unit(unit).map(UnitTree.Node::level).filter("PROVINCE"::equals).isPresent();
        if (!province) {
            throw RuleSetProblems.onlyProvincePublishes(unit);
        }
    }
}
