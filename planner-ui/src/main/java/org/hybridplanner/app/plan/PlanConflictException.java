package org.hybridplanner.app.plan;

import java.util.UUID;

/** The plan changed since the caller loaded it; saving would overwrite someone else's work. */
public class PlanConflictException extends RuntimeException {
    private final UUID planId;

    public PlanConflictException(UUID planId) {
        super("Plan " + planId + " was changed elsewhere");
        this.planId = planId;
    }

    public UUID planId() {
        return planId;
    }
}
