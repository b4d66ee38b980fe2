/**
 * Eligibility for titles and forms: the finalized results kept from the evaluation events
 * ({@code EvaluationConsumer}), the individual and collective rules and the CSTĐCS quota as plain
 * functions, each cycle a batch of events touched recomputed once ({@code EligibilityService},
 * {@code CycleRecomputer}), its changed rows stored ({@code EligibilityStore}) and announced
 * ({@code EligibilityEvents}), read at {@code /api/v1/eligibility}.
 */
package vn.thidua.award.eligibility;
