package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;

import java.util.List;

/** Whether a subject is eligible for one title or form, and every condition checked for it. */
public record TitleCheck(Title title, boolean eligible, List<Condition> conditions) {

    public TitleCheck {
        conditions = List.copyOf(conditions);
    }

    static TitleCheck of(Title title, List<Condition> conditions) {
        return new TitleCheck(title, conditions.stream().allMatch(Condition::passed), conditions);
    }

    public List<String> failing() {
        return conditions.stream().filter(c -> !c.passed()).map(Condition::code).toList();
    }
}
