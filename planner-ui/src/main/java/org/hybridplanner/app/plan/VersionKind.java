package org.hybridplanner.app.plan;

/** How a version entered a plan's history. */
public enum VersionKind {
    CREATED("Created"),
    IMPORTED("Imported"),
    AUTOSAVE("Autosave"),
    NAMED("Named version"),
    RESTORED("Restored");

    private final String displayName;

    VersionKind(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows for this kind of version. */
    public String displayName() {
        return displayName;
    }
}
