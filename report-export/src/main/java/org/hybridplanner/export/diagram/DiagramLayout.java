package org.hybridplanner.export.diagram;

import java.util.List;

/**
 * Where everything of a {@link DiagramModel} is drawn. Computed by {@link ZoneLayout}; drawn by
 * {@link DiagramPainter}. Every piece of text is a {@link TextBox}, so tests can check that none overlap.
 *
 * @param width canvas width
 * @param height canvas height
 * @param zones zone rectangles, in column order
 * @param nodes node rectangles
 * @param edges routed edges as polylines
 * @param texts every text drawn
 * @param legend sample marks of the legend
 */
public record DiagramLayout(double width, double height, List<Placed> zones, List<Placed> nodes, List<Route> edges,
        List<TextBox> texts, List<LegendSample> legend) {

    public DiagramLayout {
        zones = List.copyOf(zones);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        texts = List.copyOf(texts);
        legend = List.copyOf(legend);
    }

    /** A node or zone and its rectangle. */
    public record Placed(DiagramNode node, Box bounds) {
    }

    /** An edge and the polyline it is drawn along, from its source to its target. */
    public record Route(DiagramEdge edge, List<Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /** A sample of an edge kind, marker or zone border drawn in the legend, in {@code box}. */
    public record LegendSample(String kind, Box box) {
    }
}
