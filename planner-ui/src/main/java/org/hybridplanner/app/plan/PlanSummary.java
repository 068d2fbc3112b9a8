package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the plan list, read from the indexed columns without parsing the document. {@code yours} is false for a
 * plan another account shared with the caller through an edit link.
 */
public record PlanSummary(UUID id, String name, String owner, boolean yours, Instant updatedAt, int stores, int flows,
        int warnings) {
}
