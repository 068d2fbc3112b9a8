package org.hybridplanner.model;

/** Cloud: both ends publicly reachable. Hybrid: at least one end behind a firewall or in a private network. */
public enum Scenario {
    CLOUD("Cloud"),
    HYBRID("Hybrid");

    private final String displayName;

    Scenario(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
