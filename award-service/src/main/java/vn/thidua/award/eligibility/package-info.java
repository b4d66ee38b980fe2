/**
 * Eligibility for titles and forms: the finalized results kept from the evaluation events
 * ({@code EvaluationConsumer}), the individual and collective rules and the CSTĐCS quota as plain
 * functions, one cycle computed and stored per event ({@code EligibilityService}) and announced
 * ({@code EligibilityEvents}), read at {@code /api/v1/eligibility}.
 */
package vn.thidua.award.eligibility;
