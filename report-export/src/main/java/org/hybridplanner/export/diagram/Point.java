package org.hybridplanner.export.diagram;

/** A point in diagram units. */
public record Point(double x, double y) {
}
