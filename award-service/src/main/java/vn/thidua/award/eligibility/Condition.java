package vn.thidua.award.eligibility;

/**
 * One rule checked for one title: its code, whether it holds, what the rule asks and what the
 * person or collective has, in Vietnamese the staff member reads, and the legal basis it rests on.
 */
public record Condition(String code, boolean passed, String expected, String actual, String legalBasis) {
}
