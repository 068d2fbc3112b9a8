package org.hybridplanner.model;

/** How urgently a reviewer should look at a warning. */
public enum Severity {
    INFO("Info"),
    WARNING("Warning"),
    ERROR("Error");

    private final String displayName;

    Severity(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
