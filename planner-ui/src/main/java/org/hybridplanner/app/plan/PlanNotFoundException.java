package org.hybridplanner.app.plan;

import java.util.UUID;

/** No plan with this id that the caller may see. Another user's plan is reported the same way, on purpose. */
public class PlanNotFoundException extends RuntimeException {
    public PlanNotFoundException(UUID id) {
        super("No plan " + id);
    }
}
