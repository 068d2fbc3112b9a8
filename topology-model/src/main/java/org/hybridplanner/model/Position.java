package org.hybridplanner.model;

/**
 * Where the user put an element on the diagram, in diagram units (1 unit = 1 CSS pixel at zoom 100 %), whole
 * numbers from 0 to {@link PlanLayout#MAX_COORDINATE}. A location's position is its zone's top-left corner on the
 * canvas; a data store's is its node's top-left corner relative to its location's zone, so that moving a zone
 * carries its stores along.
 */
public record Position(int x, int y) {
    public Position {
        if (x < 0 || y < 0 || x > PlanLayout.MAX_COORDINATE || y > PlanLayout.MAX_COORDINATE) {
            throw new IllegalArgumentException("coordinates must lie between 0 and " + PlanLayout.MAX_COORDINATE
                    + ": " + x + ", " + y);
        }
    }

    /** The position nearest to (x, y) within the bounds. */
    public static Position clamped(double x, double y) {
        return new Position(clamp(x), clamp(y));
    }

    private static int clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return (int) Math.round(Math.max(0, Math.min(PlanLayout.MAX_COORDINATE, value)));
    }
}
