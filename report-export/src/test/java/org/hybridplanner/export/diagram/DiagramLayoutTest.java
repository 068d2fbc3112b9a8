package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.text.StoreTypeNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramLayoutTest {
    static Stream<Case> cases() {
        return Stream.concat(ExportFixtures.all().stream(), Stream.of(ExportFixtures.large(2_000, 1_000)));
    }

    static DiagramLayout layout(Case c) {
        return new ZoneLayout().layout(DiagramModel.of(c.plan(), c.recommendation(), StoreTypeNames.of(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noTwoNodesZonesOrLabelsOverlap(Case c) {
        DiagramLayout layout = layout(c);
        assertNoOverlap(layout.zones().stream().map(Placed::bounds).toList(), "zones");
        assertNoOverlap(layout.nodes().stream().map(Placed::bounds).toList(), "nodes");
        assertNoOverlap(layout.texts().stream().map(TextBox::bounds).toList(), "labels");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyNodeAndLabelStaysInsideWhatItLabels(Case c) {
        DiagramLayout layout = layout(c);
        Map<String, Box> owners = Stream.concat(layout.zones().stream(), layout.nodes().stream())
                .collect(Collectors.toMap(placed -> placed.node().id(), Placed::bounds));
        for (Placed node : layout.nodes()) {
            assertThat(owners.get(node.node().zone()).contains(node.bounds())).as(node.node().id()).isTrue();
        }
        Box canvas = new Box(0, 0, layout.width(), layout.height());
        for (TextBox text : layout.texts()) {
            assertThat(canvas.contains(text.bounds())).as(text.text()).isTrue();
            Box owner = owners.get(text.owner());
            if (owner != null) {
                assertThat(owner.contains(text.bounds())).as("%s inside %s", text.text(), text.owner()).isTrue();
            }
            double inner = text.bounds().width() - (text.style().boxed() ? 2 * TextStyle.BOX_PADDING : 0);
            assertThat(text.style().width(text.text())).as(text.text()).isLessThanOrEqualTo(inner + 0.01);
        }
    }

    @Test
    void zonesRunFromOnPremisesThroughAzureToOtherClouds() {
        DiagramLayout layout = layout(ExportFixtures.mixedAzureAndAwsEstate());
        Function<String, Double> x = id -> layout.zones().stream().filter(z -> z.node().id().equals(id))
                .findFirst().orElseThrow().bounds().x();
        assertThat(x.apply("zone:dc1")).isLessThan(x.apply("zone:hub"));
        assertThat(x.apply("zone:hub")).isLessThan(x.apply("zone:azure"));
        assertThat(x.apply("zone:azure")).isLessThan(x.apply("zone:aws"));
        assertThat(x.apply("zone:aws")).isLessThan(x.apply("zone:saas"));
        assertThat(x.apply("zone:dc1")).isEqualTo(x.apply("zone:dc2"));
    }

    @Test
    void runtimesStandInTheZoneTheyArePlacedInAndTheAzureRuntimeInTheServiceZone() {
        DiagramModel model = DiagramModel.of(ExportFixtures.mixedAzureAndAwsEstate().plan(),
                ExportFixtures.mixedAzureAndAwsEstate().recommendation(), StoreTypeNames.of(null));
        assertThat(model.node("runtime:shir-hub").zone()).isEqualTo("zone:hub");
        assertThat(model.node("runtime:shir-aws").zone()).isEqualTo("zone:aws");
        assertThat(model.node("runtime:azure-ir").zone()).isEqualTo(DiagramModel.SERVICE_ZONE);
        assertThat(model.node("zone:hub").has(DiagramNode.Marker.FIREWALL_BOUNDARY)).isTrue();
        assertThat(model.node("store:hr").has(DiagramNode.Marker.WARNING)).isTrue();
        assertThat(model.graph().edgeSet()).anyMatch(edge -> edge.kind() == DiagramEdge.EdgeKind.BLOCKED_FLOW
                && edge.flows().equals(List.of("hr-to-s3")));
    }

    @Test
    void layoutIsDeterministic() {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        assertThat(layout(c)).isEqualTo(layout(c));
    }

    @Test
    void edgesBetweenDistantColumnsDoNotCrossZonesInBetween() {
        DiagramLayout layout = layout(ExportFixtures.mixedAzureAndAwsEstate());
        for (DiagramLayout.Route route : layout.edges()) {
            List<Point> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                Box segment = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()),
                        Math.max(0.01, Math.abs(a.x() - b.x())), Math.max(0.01, Math.abs(a.y() - b.y())));
                for (Placed zone : layout.zones()) {
                    if (touchesEnd(zone, route, layout)) {
                        continue;
                    }
                    assertThat(segment.overlaps(zone.bounds()))
                            .as("%s crosses %s", route.edge().id(), zone.node().id()).isFalse();
                }
            }
        }
    }

    @Test
    void routesPassingOverOrUnderAZoneKeepClearOfItsEdges() {
        DiagramLayout layout = layout(ExportFixtures.mixedAzureAndAwsEstate());
        double clearance = ZoneLayout.ZONE_CLEARANCE - 0.5;
        int passes = 0;
        for (DiagramLayout.Route route : layout.edges()) {
            List<Point> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                if (Math.abs(a.y() - b.y()) > 0.01) {
                    continue;
                }
                for (Placed zone : layout.zones()) {
                    Box box = zone.bounds();
                    boolean passesAlong = Math.min(a.x(), b.x()) < box.x() + 1
                            && Math.max(a.x(), b.x()) > box.maxX() - 1;
                    if (!passesAlong || touchesEnd(zone, route, layout)) {
                        continue;
                    }
                    passes++;
                    assertThat(Math.min(Math.abs(a.y() - box.y()), Math.abs(a.y() - box.maxY())))
                            .as("%s runs along the edge of %s", route.edge().id(), zone.node().id())
                            .isGreaterThanOrEqualTo(clearance);
                }
            }
        }
        assertThat(passes).as("the estate has routes that pass zones").isPositive();
    }

    /** An edge may run inside the zones its ends stand in. */
    private static boolean touchesEnd(Placed zone, DiagramLayout.Route route, DiagramLayout layout) {
        List<String> ends = new ArrayList<>();
        for (Placed node : layout.nodes()) {
            if (route.points().getFirst().equals(route.points().getFirst()) && (node.bounds().contains(
                    new Box(route.points().getFirst().x() - 0.5, route.points().getFirst().y() - 0.5, 0, 0))
                    || onBorder(node.bounds(), route.points().getFirst())
                    || onBorder(node.bounds(), route.points().getLast()))) {
                ends.add(node.node().zone());
            }
        }
        return ends.contains(zone.node().id()) || onBorder(zone.bounds(), route.points().getFirst())
                || onBorder(zone.bounds(), route.points().getLast());
    }

    private static boolean onBorder(Box box, Point p) {
        boolean onVertical = (Math.abs(p.x() - box.x()) < 0.5 || Math.abs(p.x() - box.maxX()) < 0.5)
                && p.y() >= box.y() && p.y() <= box.maxY();
        boolean onHorizontal = (Math.abs(p.y() - box.y()) < 0.5 || Math.abs(p.y() - box.maxY()) < 0.5)
                && p.x() >= box.x() && p.x() <= box.maxX();
        return onVertical || onHorizontal;
    }

    /** Sweep over x so the 2,000-store plan stays fast. */
    static void assertNoOverlap(List<Box> boxes, String what) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::x));
        for (int i = 0; i < sorted.size(); i++) {
            Box a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < a.maxX(); j++) {
                assertThat(a.overlaps(sorted.get(j))).as("%s overlap: %s and %s", what, a, sorted.get(j)).isFalse();
            }
        }
    }
}
