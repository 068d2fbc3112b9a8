package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.UUID;
import org.hybridplanner.model.Plan;

/**
 * A plan loaded for editing, with the version a later save must match. {@code revision} is random and new on every
 * save: a version number can come round again after a crash or a restore from backup, a revision cannot, so
 * clients that outlive the server (API callers holding an ETag) name both.
 */
public record OpenedPlan(UUID id, Plan plan, long version, Instant updatedAt, String updatedBy, UUID revision) {
}
