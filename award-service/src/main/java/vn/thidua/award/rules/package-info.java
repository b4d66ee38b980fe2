/**
 * Rule sets (bộ quy tắc thi đua): versions with their legal basis, dates in force, parameters and
 * authority table; read and chosen by date ({@code RuleSets}), published once per version
 * ({@code RuleSetPublishing}), served at {@code /api/v1/rulesets}. The titles and forms
 * ({@code Title}) live here because the rule set names them.
 */
package vn.thidua.award.rules;
