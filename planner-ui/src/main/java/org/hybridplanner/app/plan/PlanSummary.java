package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.UUID;

/** A row of the plan list, read from the indexed columns without parsing the document. */
public record PlanSummary(UUID id, String name, String owner, Instant updatedAt, int stores, int flows,
        int warnings) {
}
