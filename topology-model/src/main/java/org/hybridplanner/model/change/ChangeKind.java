package org.hybridplanner.model.change;

/** How an element differs between an earlier and a later plan. */
public enum ChangeKind {
    ADDED("Added"),
    REMOVED("Removed"),
    CHANGED("Changed");

    private final String displayName;

    ChangeKind(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people ("Added"). */
    public String displayName() {
        return displayName;
    }
}
