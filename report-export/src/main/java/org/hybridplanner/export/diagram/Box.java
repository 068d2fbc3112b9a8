package org.hybridplanner.export.diagram;

/** An axis-aligned rectangle in diagram units (1 unit = 1 CSS pixel = 0.75 pt before scaling). */
public record Box(double x, double y, double width, double height) {
    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when the interiors overlap; boxes that only touch do not. */
    public boolean overlaps(Box other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** True when {@code other} lies inside this box (edges may touch). */
    public boolean contains(Box other) {
        return other.x >= x - 1e-6 && other.y >= y - 1e-6 && other.maxX() <= maxX() + 1e-6
                && other.maxY() <= maxY() + 1e-6;
    }
}
