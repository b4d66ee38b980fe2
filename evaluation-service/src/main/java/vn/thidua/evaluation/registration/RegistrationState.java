package vn.thidua.evaluation.registration;

/**
 * DRAFT while being written; SUBMITTED once handed in (publishes registration-submitted). Any later
 * change brings it back to DRAFT, to be submitted again.
 */
enum RegistrationState {
    DRAFT, SUBMITTED
}
