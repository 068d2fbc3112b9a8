package org.hybridplanner.export.diagram;

/**
 * How a node or edge of a comparison diagram differs from the earlier version ({@link DiagramComparison}): drawn
 * highlighted when added or changed, dashed when removed, each with a badge in words so colour is never the only
 * sign.
 */
public enum Difference {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed");

    private final String badge;

    Difference(String badge) {
        this.badge = badge;
    }

    /** The badge text drawn on a node or zone. */
    public String badge() {
        return badge;
    }
}
