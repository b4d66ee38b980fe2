package vn.thidua.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service reads of {@code vn.thidua.plan.published.v1}; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPublished(UUID planId, int version, String unitCode, String schoolYear, String title,
        OffsetDateTime publishedAt) {
}
