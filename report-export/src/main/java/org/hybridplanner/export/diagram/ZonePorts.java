package org.hybridplanner.export.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inside of one zone, for routing (the first of two levels, see {@link ZoneLayout}): the way of each member from
 * its box through the zone's own gaps to a port on the zone's left or right border, and the way between two members
 * of the zone. Everything is worked out relative to the zone's top-left corner from the zone's size and its members'
 * boxes alone, so a zone that moves keeps the same legs, shifted: a layout that finds a zone with the same contents
 * as one it was given before reuses that zone's legs ({@link ZoneLayout}'s cache), and a zone move costs only the
 * routes between zones.
 *
 * <p>A member leaves by the side of its box towards the port's side: straight to the border when no other member
 * stands in the way, else into the gap beside it and along the gap below its row, which no member of the zone's grid
 * crosses (so the port lies at the height of its centre or of that gap, one port per row gap and per member that has
 * a free way: ports of a side are as far apart as the zone's rows). Members the user put across those gaps are
 * avoided by the shortest orthogonal way inside the zone ({@link Detours#within}). Within one zone, a flow runs
 * along the zone's left padding like a bus, as before.
 */
final class ZonePorts {
    /** The lanes just inside the zone's left and right borders, on which a member's way reaches its port. */
    private static final double LANE = ZoneLayout.ZONE_PADDING / 2;
    /** The search keeps this far inside the border: a detour never runs along the zone's edge. */
    private static final double INSET = 3;

    /** What the legs depend on: the zone's size, where its members start below the header, and the members' boxes. */
    record Contents(double width, double height, double header, List<Box> members) {
        Contents {
            members = List.copyOf(members);
        }
    }

    private final Contents contents;
    private final Box window;
    private final Map<Integer, List<Point>> legs = new HashMap<>();
    private final Map<Long, List<Point>> buses = new HashMap<>();
    private Detours detours;

    ZonePorts(Contents contents) {
        this.contents = contents;
        double top = contents.header() - ZoneLayout.NODE_GAP_Y / 2;
        for (Box box : contents.members()) {
            top = Math.min(top, box.y() - ZoneLayout.NODE_GAP_Y / 2);
        }
        top = Math.max(INSET, top);
        this.window = new Box(INSET, top, contents.width() - 2 * INSET, contents.height() - INSET - top);
    }

    Contents contents() {
        return contents;
    }

    /**
     * The way of member {@code member} from its box to its port on the zone's right ({@code right}) or left border,
     * relative to the zone; the last point is the port, on the border.
     */
    synchronized List<Point> leg(int member, boolean right) {
        return legs.computeIfAbsent(member * 2 + (right ? 1 : 0), key -> {
            double lane = right ? contents.width() - LANE : LANE;
            List<Point> way = way(member, right, lane);
            List<Point> points = new ArrayList<>(detours().within(way, contents.members().get(member), null, window));
            Point last = points.getLast();
            points.add(new Point(right ? contents.width() : 0, last.y()));
            return List.copyOf(simplify(points));
        });
    }

    /** The way from member {@code from} to member {@code to} of this zone, along its left padding, relative to it. */
    synchronized List<Point> bus(int from, int to) {
        return buses.computeIfAbsent(from * 1_000_003L + to, key -> {
            List<Point> points = new ArrayList<>(way(from, false, LANE));
            points.addAll(way(to, false, LANE).reversed());
            List<Point> route = simplify(points);
            return List.copyOf(detours().within(route, contents.members().get(from), contents.members().get(to),
                    window));
        });
    }

    private Detours detours() {
        if (detours == null) {
            detours = new Detours(contents.members(), List.of());
        }
        return detours;
    }

    /**
     * The way out of member {@code member} by its right or left side to the vertical line at {@code x}: straight
     * across when no other member stands in between, else into the gap beside it and down to the gap below its row,
     * and along that. Ends on the line.
     */
    private List<Point> way(int member, boolean right, double x) {
        Box box = contents.members().get(member);
        double side = right ? box.maxX() : box.x();
        double y = box.centerY();
        Point start = new Point(side, y);
        if (!standsBetween(member, side, x, y)) {
            return List.of(start, new Point(x, y));
        }
        double beside = right ? side + ZoneLayout.NODE_GAP_X / 2 : side - ZoneLayout.NODE_GAP_X / 2;
        double below = box.maxY() + ZoneLayout.NODE_GAP_Y / 2;
        return List.of(start, new Point(beside, y), new Point(beside, below), new Point(x, below));
    }

    /** True when another member stands across the line at height {@code y} between {@code fromX} and {@code toX}. */
    private boolean standsBetween(int member, double fromX, double toX, double y) {
        double low = Math.min(fromX, toX);
        double high = Math.max(fromX, toX);
        List<Box> members = contents.members();
        for (int i = 0; i < members.size(); i++) {
            Box box = members.get(i);
            if (i != member && box.y() < y && box.maxY() > y && box.x() < high && box.maxX() > low) {
                return true;
            }
        }
        return false;
    }

    /** {@code points} moved by ({@code dx}, {@code dy}). */
    static List<Point> shifted(List<Point> points, double dx, double dy) {
        List<Point> moved = new ArrayList<>(points.size());
        for (Point point : points) {
            moved.add(new Point(point.x() + dx, point.y() + dy));
        }
        return moved;
    }

    /** Drops repeated points and points in the middle of straight runs. */
    static List<Point> simplify(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point point : points) {
            if (!out.isEmpty() && near(out.getLast(), point)) {
                continue;
            }
            if (out.size() >= 2 && collinear(out.get(out.size() - 2), out.getLast(), point)) {
                out.set(out.size() - 1, point);
            } else {
                out.add(point);
            }
        }
        return out;
    }

    private static boolean near(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
    }

    private static boolean collinear(Point a, Point b, Point c) {
        boolean vertical = Math.abs(a.x() - b.x()) < 0.01 && Math.abs(b.x() - c.x()) < 0.01
                && (b.y() - a.y()) * (c.y() - b.y()) >= 0;
        boolean horizontal = Math.abs(a.y() - b.y()) < 0.01 && Math.abs(b.y() - c.y()) < 0.01
                && (b.x() - a.x()) * (c.x() - b.x()) >= 0;
        return vertical || horizontal;
    }
}
