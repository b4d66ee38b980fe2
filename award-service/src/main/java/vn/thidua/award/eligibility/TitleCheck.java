package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;

import java.util.List;

/**
 * Whether a subject is eligible for one title or form, and every condition checked for it. {@code deferred}:
 * no condition failed but one is not decided yet (a discipline procedure still open), so the title waits —
 * it is not refused.
 */
public record TitleCheck(Title title, boolean eligible, boolean deferred, List<Condition> conditions) {

    public TitleCheck {
        conditions = List.copyOf(conditions);
    }

    static TitleCheck of(Title title, List<Condition> conditions) {
        boolean eligible = conditions.stream().allMatch(Condition::passed);
        boolean deferred = !eligible && conditions.stream().allMatch(c -> c.passed() || c.deferred());
        return new TitleCheck(title, eligible, deferred, conditions);
    }

    public List<String> failing() {
        return conditions.stream().filter(c -> !c.passed()).map(Condition::code).toList();
    }
}
