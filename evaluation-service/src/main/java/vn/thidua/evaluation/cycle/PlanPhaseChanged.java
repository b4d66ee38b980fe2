package vn.thidua.evaluation.cycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What this service reads of {@code vn.thidua.plan.phase-changed.v1} and {@code .withdrawn.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanPhaseChanged(UUID planId, String toPhase) {
}
