/**
 * Council sessions (Hội đồng Thi đua – Khen thưởng): preparation (members, attendance, opening with
 * a quorum), the agenda from eligibility, the vote, closing with one result per nominee and the
 * {@code council-voted} event, and the minutes; served at {@code /api/v1/councils}.
 * {@code CouncilOutcomes} tells the nominations what the council proposed.
 */
package vn.thidua.award.council;
