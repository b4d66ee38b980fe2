package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The eligibility of a whole cycle (one school, one school year): every staff member, the CSTĐCS
 * quota, every professional group and the school itself. Plain Java: the service loads the facts
 * and histories, this computes.
 */
final class CycleEligibility {

    public record Outcome(String ruleSetVersion, List<IndividualResult> staff, List<CollectiveResult> collectives,
            List<Condition> unitChecks) {
    }

    private CycleEligibility() {
    }

    public static Outcome compute(String unitCode, List<StaffFacts> staff, Map<UUID, History> histories,
            RuleSet rules) {
        return compute(unitCode, staff, histories, History.NONE, rules);
    }

    /** With the school's own achievement file ({@code schoolHistory}), read by its Bằng khen and Cờ thi đua. */
    public static Outcome compute(String unitCode, List<StaffFacts> staff, Map<UUID, History> histories,
            History schoolHistory, RuleSet rules) {
        List<StaffFacts> ordered = staff.stream().sorted(Comparator.comparing(StaffFacts::staffId)).toList();
        List<IndividualResult> before = ordered.stream()
                .map(f -> EligibilityRules.evaluate(f, histories.getOrDefault(f.staffId(), History.NONE), rules))
                .toList();
        Map<UUID, Quotas.Seat> seats = Quotas.cstdcs(before, rules);
        List<IndividualResult> results = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            StaffFacts facts = ordered.get(i);
            Quotas.Seat seat = seats.get(facts.staffId());
            results.add(seat == null ? before.get(i) : EligibilityRules.evaluate(facts,
                    histories.getOrDefault(facts.staffId(), History.NONE), rules, seat));
        }
        Map<String, List<IndividualResult>> groups = new TreeMap<>();
        for (IndividualResult result : results) {
            if (result.groupCode() != null) {
                groups.computeIfAbsent(result.groupCode(), g -> new ArrayList<>()).add(result);
            }
        }
        List<CollectiveResult> collectives = new ArrayList<>();
        groups.forEach((code, members) ->
                collectives.add(CollectiveRules.evaluate(code, CollectiveResult.Kind.GROUP, members, rules)));
        collectives.add(CollectiveRules.evaluate(unitCode, CollectiveResult.Kind.SCHOOL, results, rules,
                ordered.isEmpty() ? null : ordered.get(0).schoolYear(), schoolHistory));
        return new Outcome(rules.version(), results, collectives,
                List.of(Quotas.cstdcsShare(results, rules), Quotas.htxsShare(results, rules)));
    }
}
