package vn.thidua.evaluation.cycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** What this service reads of {@code vn.thidua.plan.published.v1} and {@code .amended.v1}; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanPublished(UUID planId, int version, String unitCode, String schoolYear, String title,
        List<Content> contents) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String number, String text) {
    }
}

