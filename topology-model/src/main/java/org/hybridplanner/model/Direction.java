package org.hybridplanner.model;

/** Traffic direction as seen from the integration runtime's machine. */
public enum Direction {
    INBOUND("Inbound"),
    OUTBOUND("Outbound");

    private final String displayName;

    Direction(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
