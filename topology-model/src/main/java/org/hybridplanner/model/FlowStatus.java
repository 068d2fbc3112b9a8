package org.hybridplanner.model;

/** Whether a flow can run as planned. A blocked flow has no runtime and a warning saying what would fix it. */
public enum FlowStatus {
    OK("Can run"),
    BLOCKED("Blocked");

    private final String displayName;

    FlowStatus(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
