package org.hybridplanner.model;

/** Azure integration runtime (managed by Microsoft) or self-hosted integration runtime (on a machine you run). */
public enum RuntimeType {
    AZURE("Azure"),
    SELF_HOSTED("Self-hosted");

    private final String displayName;

    RuntimeType(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
