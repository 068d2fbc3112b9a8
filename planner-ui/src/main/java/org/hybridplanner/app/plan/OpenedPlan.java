package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.UUID;
import org.hybridplanner.model.Plan;

/** A plan loaded for editing, with the version a later save must match. */
public record OpenedPlan(UUID id, Plan plan, long version, Instant updatedAt, String updatedBy) {
}
