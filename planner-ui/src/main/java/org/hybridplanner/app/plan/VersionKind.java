package org.hybridplanner.app.plan;

/** How a version entered a plan's history. */
public enum VersionKind {
    CREATED,
    IMPORTED,
    AUTOSAVE,
    NAMED,
    RESTORED
}
