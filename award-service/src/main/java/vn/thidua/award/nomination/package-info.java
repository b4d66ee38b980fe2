/**
 * Nominations to decisions: nominate ({@code NominationService}), submit upward in a tờ trình
 * ({@code SubmissionService}), approve, reject and decide ({@code DecisionService}), revoke
 * ({@code RevocationService}); one publisher per aggregate for their events; served at
 * {@code /api/v1/nominations}, {@code /submissions} and {@code /decisions}.
 */
package vn.thidua.award.nomination;
