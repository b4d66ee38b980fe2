package vn.thidua.evaluation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What this service reads of {@code vn.thidua.plan.phase-changed.v1} and {@code .withdrawn.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPhaseChanged(UUID planId, String toPhase) {
}
