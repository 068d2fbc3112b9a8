package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hybridplanner.export.ExportCases;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flow lines run around the boxes of stores, runtimes and the factory, never through one that is not their own end
 * (so a reader never takes a line passing under a box for a flow into it): for the fixtures, every example plan, a
 * generated 200-store plan (zones of many stores, drawn as a grid), and the same plans with stores and zones where a
 * user put them on the canvas.
 */
class FlowRoutesAroundNodesTest {
    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>(ExportCases.all());
        cases.add(ExportFixtures.large(200, 120));
        return cases.stream();
    }

    static Stream<Case> positionedCases() {
        return cases().map(FlowRoutesAroundNodesTest::positioned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flowLinesPassNoNodeButTheirEnds(Case c) {
        assertThat(crossings(layout(c.plan(), c))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positionedCases")
    void flowLinesPassNoNodeButTheirEndsWhenTheUserPlacedTheElements(Case c) {
        DiagramLayout layout = layout(c.plan(), c);
        DiagramLayoutTest.assertNoOverlap(layout.nodes().stream().map(Placed::bounds).toList(), "nodes");
        DiagramLayoutTest.assertNoOverlap(layout.zones().stream().map(Placed::bounds).toList(), "zones");
        assertThat(crossings(layout)).isEmpty();
    }

    /**
     * The plan as a canvas user leaves it: in each zone every second store put by hand, four to a row in cells wider
     * and taller than the grid's and staggered, so that they line up neither with each other nor with the grid the
     * other stores take; then every zone moved (so routes run directly between elements rather than through the
     * column gutters).
     */
    private static Case positioned(Case c) {
        PlanLayout layout = PlanLayout.EMPTY;
        java.util.Map<String, Integer> placedInZone = new java.util.HashMap<>();
        int i = 0;
        for (Placed node : layout(c.plan(), c).nodes()) {
            if (node.node().kind() != DiagramNode.NodeKind.DATA_STORE || i++ % 2 == 0) {
                continue;
            }
            int k = placedInZone.merge(node.node().zone(), 1, Integer::sum) - 1;
            layout = layout.withDataStore(node.node().id().substring("store:".length()), new Position(
                    20 + (k % 4) * 300 + (k % 3) * 20, 80 + (k / 4) * 110 + (k % 2) * 12));
        }
        for (Placed zone : layout(c.plan().withLayout(layout), c).zones()) {
            String id = zone.node().id();
            if (!id.equals(DiagramModel.SERVICE_ZONE)) {
                layout = layout.withLocation(id.substring("zone:".length()), new Position(
                        (int) zone.bounds().x() + 40, (int) zone.bounds().y() + 30));
            }
        }
        return new Case(c.name() + ", placed by hand", c.plan().withLayout(layout), c.recommendation());
    }

    static DiagramLayout layout(Plan plan, Case c) {
        return new ZoneLayout().layout(DiagramModel.of(plan, c.recommendation(), StoreTypeNames.of(null)));
    }

    /** "edge crosses node" for every flow segment that passes through a node box other than the edge's ends. */
    static List<String> crossings(DiagramLayout layout) {
        List<String> found = new ArrayList<>();
        for (Route route : layout.edges()) {
            if (route.edge().kind() == EdgeKind.LINK) {
                continue;
            }
            List<Point> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                for (Placed node : layout.nodes()) {
                    if (isEnd(node.bounds(), points) || !passesThrough(a, b, node.bounds())) {
                        continue;
                    }
                    found.add(route.edge().id() + " crosses " + node.node().id());
                }
            }
        }
        return found;
    }

    private static boolean isEnd(Box box, List<Point> points) {
        return onOrIn(box, points.getFirst()) || onOrIn(box, points.getLast());
    }

    private static boolean onOrIn(Box box, Point p) {
        return p.x() >= box.x() - 0.5 && p.x() <= box.maxX() + 0.5 && p.y() >= box.y() - 0.5
                && p.y() <= box.maxY() + 0.5;
    }

    /** True when the segment runs through the box's interior (touching its border does not count). */
    private static boolean passesThrough(Point a, Point b, Box box) {
        double x0 = Math.min(a.x(), b.x());
        double x1 = Math.max(a.x(), b.x());
        double y0 = Math.min(a.y(), b.y());
        double y1 = Math.max(a.y(), b.y());
        return x0 < box.maxX() - 0.01 && x1 > box.x() + 0.01 && y0 < box.maxY() - 0.01 && y1 > box.y() + 0.01;
    }
}
