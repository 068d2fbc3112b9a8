package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two-level routing once zones stand where the user put them: inside a zone a flow runs to a port on the zone's border
 * that depends on the zone's contents alone (so a moved zone's legs move with it), between zones from port to port
 * around the zones.
 */
class ZonePortsTest {
    static Stream<Case> placedCases() {
        List<Case> cases = new ArrayList<>(ExportCases.all());
        cases.add(ExportFixtures.large(200, 120));
        return cases.stream().map(ZonePortsTest::placed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placedCases")
    void routesAreElbowsThatStayInTheirOwnZonesAndLeaveThemByTheSideFacingTheOtherZone(Case c) {
        DiagramModel model = model(c.plan(), c);
        DiagramLayout layout = new ZoneLayout().layout(model);
        Map<String, Box> zones = zoneBoxes(layout);
        for (Route route : layout.edges()) {
            if (route.edge().kind() == EdgeKind.LINK) {
                continue;
            }
            List<Point> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                assertThat(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01)
                        .as("%s segment %d is orthogonal", route.edge().id(), i).isTrue();
            }
            DiagramNode source = model.graph().getEdgeSource(route.edge());
            DiagramNode target = model.graph().getEdgeTarget(route.edge());
            Box from = zones.get(source.zone());
            Box to = zones.get(target.zone());
            for (Map.Entry<String, Box> zone : zones.entrySet()) {
                if (zone.getValue() == from || zone.getValue() == to) {
                    continue;
                }
                for (int i = 1; i < points.size(); i++) {
                    assertThat(Detours.through(points.get(i - 1), points.get(i), zone.getValue()))
                            .as("%s crosses %s", route.edge().id(), zone.getKey()).isFalse();
                }
            }
            if (from == to) {
                points.forEach(p -> assertThat(from.contains(new Box(p.x(), p.y(), 0, 0)))
                        .as("%s stays inside its zone", route.edge().id()).isTrue());
            } else if (to.x() >= from.maxX() + 8) {
                assertThat(leavesBy(points, from)).as(route.edge().id()).isEqualTo(from.maxX());
            } else if (from.x() >= to.maxX() + 8) {
                assertThat(leavesBy(points, from)).as(route.edge().id()).isEqualTo(from.x());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placedCases")
    void noTwoRoutesRunAlongOneLineBetweenZones(Case c) {
        DiagramLayout layout = new ZoneLayout().layout(model(c.plan(), c));
        List<Box> zones = List.copyOf(zoneBoxes(layout).values());
        List<String> shared = new ArrayList<>();
        List<double[]> runs = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Route route : layout.edges()) {
            if (route.edge().kind() == EdgeKind.LINK) {
                continue;
            }
            List<Point> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                // Runs wholly outside every zone, not starting at a port: the part searched between the zones.
                if (onOrIn(a, zones) || onOrIn(b, zones)) {
                    continue;
                }
                boolean horizontal = Math.abs(a.y() - b.y()) < 0.01;
                double[] run = horizontal ? new double[] {1, a.y(), Math.min(a.x(), b.x()), Math.max(a.x(), b.x())}
                        : new double[] {0, a.x(), Math.min(a.y(), b.y()), Math.max(a.y(), b.y())};
                for (int k = 0; k < runs.size(); k++) {
                    double[] other = runs.get(k);
                    if (other[0] == run[0] && Math.abs(other[1] - run[1]) < 0.5 && other[2] < run[3] - 0.01
                            && run[2] < other[3] - 0.01 && !owners.get(k).equals(route.edge().id())) {
                        shared.add(route.edge().id() + " and " + owners.get(k));
                    }
                }
                runs.add(run);
                owners.add(route.edge().id());
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void aZoneMovedUpOrDownKeepsTheLegsInsideItTheSameShape() {
        Case c = placed(ExportFixtures.large(200, 120));
        DiagramLayout before = new ZoneLayout().layout(model(c.plan(), c));
        Placed biggest = before.zones().stream().filter(zone -> !zone.node().id().equals(DiagramModel.SERVICE_ZONE))
                .max((a, b) -> Double.compare(a.bounds().height(), b.bounds().height())).orElseThrow();
        double bottom = before.zones().stream().mapToDouble(zone -> zone.bounds().maxY()).max().orElseThrow();
        String location = biggest.node().id().substring("zone:".length());
        Box old = biggest.bounds();
        // Straight down below every other zone: the zones it stands beside stay on the same sides of it.
        Plan moved = c.plan().withLayout(c.plan().layout().withLocation(location,
                new Position((int) old.x(), (int) (bottom + 100))));
        DiagramModel model = model(moved, c);
        DiagramLayout after = new ZoneLayout().layout(model);
        Box now = zoneBoxes(after).get(biggest.node().id());
        double dy = now.y() - old.y();
        assertThat(now.x()).isEqualTo(old.x());
        Map<String, List<Point>> earlier = new HashMap<>();
        before.edges().forEach(route -> earlier.put(route.edge().id(), route.points()));
        int inside = 0;
        int leaving = 0;
        for (Route route : after.edges()) {
            DiagramNode source = model.graph().getEdgeSource(route.edge());
            DiagramNode target = model.graph().getEdgeTarget(route.edge());
            if (route.edge().kind() == EdgeKind.LINK) {
                continue;
            }
            List<Point> then = earlier.get(route.edge().id());
            boolean fromMoved = source.zone().equals(biggest.node().id());
            boolean toMoved = target.zone().equals(biggest.node().id());
            if (fromMoved && toMoved) {
                inside++;
                assertThat(route.points()).as(route.edge().id()).isEqualTo(ZonePorts.shifted(then, 0, dy));
            } else if (fromMoved || toMoved) {
                leaving++;
                // The leg from the moved zone's node to its port: the points inside the zone, the same shifted.
                List<Point> leg = inZone(fromMoved ? route.points() : route.points().reversed(), now);
                List<Point> legBefore = inZone(fromMoved ? then : then.reversed(), old);
                assertThat(leg).as(route.edge().id()).isEqualTo(ZonePorts.shifted(legBefore, 0, dy));
            }
        }
        assertThat(inside).isPositive();
        assertThat(leaving).isPositive();
    }

    /**
     * The points of {@code points} from its start while they lie in {@code zone}, and the point where it then crosses
     * the zone's border (a route leaves its zone by a straight run through the port, so the port is no point of it).
     */
    private static List<Point> inZone(List<Point> points, Box zone) {
        List<Point> leg = new ArrayList<>();
        for (Point p : points) {
            if (!zone.contains(new Box(p.x(), p.y(), 0, 0))) {
                Point last = leg.getLast();
                if (Math.abs(last.y() - p.y()) < 0.01) {
                    leg.add(new Point(p.x() > last.x() ? zone.maxX() : zone.x(), p.y()));
                } else {
                    leg.add(new Point(p.x(), p.y() > last.y() ? zone.maxY() : zone.y()));
                }
                return ZonePorts.simplify(leg);
            }
            leg.add(p);
        }
        return leg;
    }

    /** The x at which {@code points} leaves {@code zone} (NaN when it leaves by the top or bottom). */
    private static double leavesBy(List<Point> points, Box zone) {
        List<Point> leg = inZone(points, zone);
        Point port = leg.getLast();
        return Math.abs(port.x() - zone.x()) < 0.01 || Math.abs(port.x() - zone.maxX()) < 0.01 ? port.x() : Double.NaN;
    }

    private static boolean onOrIn(Point p, List<Box> zones) {
        for (Box zone : zones) {
            if (zone.contains(new Box(p.x(), p.y(), 0, 0))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Box> zoneBoxes(DiagramLayout layout) {
        Map<String, Box> boxes = new HashMap<>();
        layout.zones().forEach(zone -> boxes.put(zone.node().id(), zone.bounds()));
        return boxes;
    }

    private static DiagramModel model(Plan plan, Case c) {
        return DiagramModel.of(plan, c.recommendation(), StoreTypeNames.of(null));
    }

    /**
     * Every zone moved from its automatic place a little, every second one a little lower (less than the gap between
     * zones), as a canvas user might.
     */
    static Case placed(Case c) {
        PlanLayout layout = PlanLayout.EMPTY;
        int i = 0;
        for (Placed zone : new ZoneLayout().layout(model(c.plan(), c)).zones()) {
            String id = zone.node().id();
            if (!id.equals(DiagramModel.SERVICE_ZONE)) {
                layout = layout.withLocation(id.substring("zone:".length()), new Position(
                        (int) zone.bounds().x() + 40, (int) zone.bounds().y() + 30 + (i++ % 2) * 14));
            }
        }
        return new Case(c.name() + ", zones placed", c.plan().withLayout(layout), c.recommendation());
    }
}
