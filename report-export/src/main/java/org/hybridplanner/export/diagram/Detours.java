package org.hybridplanner.export.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

/**
 * Takes an edge's route around the boxes it would pass through. {@link ZoneLayout} routes edges by rules (gutters,
 * corridors, elbows between facing sides) that know zones but not what stands inside them, so a route can run
 * through another store's box: out of a store in a zone's second grid column across the first, or in an elbow
 * between elements the user placed. Such a route is replaced by the shortest orthogonal path (fewest bends on a
 * tie) between the same two attachment points that keeps clear of every node box and of every zone its ends do
 * not stand in, found on the grid of lines half a node gap outside those boxes (so detours run in the gaps between a
 * zone's rows and columns, as a person would draw them). A route that passes through nothing is kept as it is.
 */
final class Detours {
    /** Half the gap between grid columns and rows: detours run midway between neighbouring boxes. */
    private static final double CLEAR_X = ZoneLayout.NODE_GAP_X / 2;
    private static final double CLEAR_Y = ZoneLayout.NODE_GAP_Y / 2;
    /** What a bend costs, in diagram units of length: a slightly longer path with fewer bends reads better. */
    private static final double BEND = 40;
    /** Searches around the route first within this margin, then a wider one, then the whole drawing. */
    private static final double[] MARGINS = {3 * ZoneLayout.NODE_GAP_X, 600, Double.MAX_VALUE};
    /** A search grid larger than this is not searched (the route is kept as it was): it bounds the cost. */
    private static final long MAX_GRID_POINTS = 250_000;
    private static final double CELL = 200;

    /** Below this many routes to search, one thread searches them all: a parallel loop would cost more. */
    private static final int PARALLEL_FROM = 16;

    private final List<Box> nodes;
    private final List<Box> zones;
    private final CellIndex<Integer> nodeCells = new CellIndex<>();
    private final Box drawing;
    /**
     * The searches' arrays, kept from one search to the next (a layout searches for hundreds of routes), one set per
     * thread searching at a time; a set is taken from here and given back.
     */
    private final ConcurrentLinkedDeque<Memory> memories = new ConcurrentLinkedDeque<>();

    /**
     * @param nodes the boxes of every node (stores, runtimes, the factory)
     * @param zones the boxes of every zone
     */
    Detours(List<Box> nodes, List<Box> zones) {
        this.nodes = List.copyOf(nodes);
        this.zones = List.copyOf(zones);
        for (int i = 0; i < nodes.size(); i++) {
            Box box = nodes.get(i);
            for (long cx = cell(box.x()); cx <= cell(box.maxX()); cx++) {
                for (long cy = cell(box.y()); cy <= cell(box.maxY()); cy++) {
                    nodeCells.add(CellIndex.key(cx, cy), i);
                }
            }
        }
        double maxX = 0;
        double maxY = 0;
        // Node boxes lie in zones; when an instance holds the zones themselves as its nodes they make the drawing.
        for (List<Box> boxes : List.of(zones, nodes)) {
            for (Box box : boxes) {
                maxX = Math.max(maxX, box.maxX());
                maxY = Math.max(maxY, box.maxY());
            }
        }
        drawing = new Box(0, 0, maxX + 200, maxY + 200);
    }

    /**
     * {@code route} from node box {@code from} to node box {@code to}, or a detour with the same ends when it passes
     * through another node's box. {@code ownZones} are the zones the ends stand in, which the route may cross.
     */
    List<Point> around(List<Point> route, Box from, Box to, List<Box> ownZones) {
        return around(List.of(new Wanted(route, from, to, ownZones))).getFirst();
    }

    /** An edge's route between its node boxes {@code from} and {@code to}, and the zones its ends stand in. */
    record Wanted(List<Point> route, Box from, Box to, List<Box> ownZones) {
    }

    /**
     * {@link #around(List, Box, Box, List)} for each of {@code routes}, in their order. The searches are
     * independent of each other, so those of a large layout run on every core (an edit's latency is what the user
     * feels); each result depends on its route alone, so the drawing is the same whatever the threads do.
     */
    List<List<Point>> around(List<Wanted> routes) {
        List<Integer> searched = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            Wanted wanted = routes.get(i);
            if (passesThroughANode(wanted.route(), wanted.from(), wanted.to())) {
                searched.add(i);
            }
        }
        Stream<Integer> searches = searched.size() < PARALLEL_FROM ? searched.stream() : searched.parallelStream();
        // An ordered stream: toList keeps the routes' order whichever thread searched each.
        List<List<Point>> detours = searches.map(i -> {
            Memory memory = memories.pollFirst();
            if (memory == null) {
                memory = new Memory(nodes.size());
            }
            Wanted wanted = routes.get(i);
            List<Point> path = detour(wanted.route(), wanted.from(), wanted.to(), wanted.ownZones(), memory);
            memories.addFirst(memory);
            return path;
        }).toList();
        List<List<Point>> result = new ArrayList<>(routes.size());
        routes.forEach(wanted -> result.add(wanted.route()));
        for (int k = 0; k < searched.size(); k++) {
            result.set(searched.get(k), detours.get(k));
        }
        return result;
    }

    /**
     * {@code route} from node box {@code from} to node box {@code to} (or, when {@code to} is null, to its last point),
     * or, when it runs through another node's box, the shortest orthogonal way between the same ends that stays
     * inside {@code window}. Searches that one window only: a zone's inside, whose nodes an instance made for the zone
     * holds alone, so that the result depends on the zone's contents and not on where the zone stands.
     */
    List<Point> within(List<Point> route, Box from, Box to, Box window) {
        if (!passesThroughANode(route, from, to == null ? from : to)) {
            return route;
        }
        Point start = route.getFirst();
        Point end = route.getLast();
        Point leave = stub(start, from);
        Point arrive = to == null ? end : stub(end, to);
        if (leave.equals(arrive) || enclosed(leave) || enclosed(arrive) || !window.contains(new Box(leave.x(),
                leave.y(), 0, 0)) || !window.contains(new Box(arrive.x(), arrive.y(), 0, 0))) {
            return route;
        }
        Memory memory = memories.pollFirst();
        if (memory == null) {
            memory = new Memory(nodes.size());
        }
        List<Point> path = search(leave, arrive, window, List.of(), memory);
        memories.addFirst(memory);
        if (path == null) {
            return route;
        }
        List<Point> points = new ArrayList<>();
        points.add(start);
        points.addAll(path);
        if (to != null) {
            points.add(end);
        }
        return points;
    }

    /**
     * A route between two zones, from a port on the border of zone box {@code from} to one on {@code to}, when this
     * instance's "nodes" are the zones' boxes: {@code route} when it runs through no zone (its own two included), else
     * the shortest orthogonal way between the points just outside the two ports that keeps clear of every zone.
     */
    List<Point> between(List<Point> route, Box from, Box to) {
        Box none = new Box(-1, -1, 0, 0);
        if (!passesThroughANode(route, none, none)) {
            return route;
        }
        Point start = route.getFirst();
        Point end = route.getLast();
        Point leave = stub(start, from);
        Point arrive = stub(end, to);
        if (enclosed(leave) || enclosed(arrive)) {
            return route;
        }
        Memory memory = memories.pollFirst();
        if (memory == null) {
            memory = new Memory(nodes.size());
        }
        try {
            return widening(route, leave, arrive, List.of(), memory);
        } finally {
            memories.addFirst(memory);
        }
    }

    /** The detour of a route that passes through a node's box, or the route when there is none. */
    private List<Point> detour(List<Point> route, Box from, Box to, List<Box> ownZones, Memory memory) {
        Point start = route.getFirst();
        Point end = route.getLast();
        Point leave = stub(start, from);
        Point arrive = stub(end, to);
        if (!leave.equals(arrive) && (enclosed(leave) || enclosed(arrive))) {
            // No window has a way out of (or into) a box: searching every window in turn would find nothing, after
            // visiting the whole of each (at 1,000 stores, most of a zone move's time went there).
            return route;
        }
        return widening(route, leave, arrive, ownZones, memory);
    }

    /**
     * The route's ends joined by the shortest way from {@code leave} to {@code arrive} found in the first of the
     * widening windows around the route that has one, or the route when none has.
     */
    private List<Point> widening(List<Point> route, Point leave, Point arrive, List<Box> ownZones, Memory memory) {
        for (double margin : MARGINS) {
            Box window = window(route, margin);
            List<Point> path = search(leave, arrive, window, ownZones, memory);
            if (path != null) {
                List<Point> points = new ArrayList<>();
                points.add(route.getFirst());
                points.addAll(path);
                points.add(route.getLast());
                return points;
            }
            if (window.equals(drawing)) {
                break;
            }
        }
        return route;
    }

    /**
     * True when {@code p} lies inside a node's box (a store the user put on top of another, so that the other's way
     * out starts inside it): every step from {@code p} runs through that box, which every search takes as an obstacle.
     */
    private boolean enclosed(Point p) {
        List<Integer> near = nodeCells.get(CellIndex.key(cell(p.x()), cell(p.y())));
        for (int k = 0; k < near.size(); k++) {
            Box box = nodes.get(near.get(k));
            if (p.x() > box.x() + 0.01 && p.x() < box.maxX() - 0.01 && p.y() > box.y() + 0.01
                    && p.y() < box.maxY() - 0.01) {
                return true;
            }
        }
        return false;
    }

    private boolean passesThroughANode(List<Point> route, Box from, Box to) {
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            for (long cx = cell(Math.min(a.x(), b.x())); cx <= cell(Math.max(a.x(), b.x())); cx++) {
                for (long cy = cell(Math.min(a.y(), b.y())); cy <= cell(Math.max(a.y(), b.y())); cy++) {
                    // Indexes, not an iterator: this runs for every segment of every route of a layout.
                    List<Integer> near = nodeCells.get(CellIndex.key(cx, cy));
                    for (int k = 0; k < near.size(); k++) {
                        Box box = nodes.get(near.get(k));
                        // The cheap test first: a record's equals compares four doubles, for every box nearby.
                        if (through(a, b, box) && !box.equals(from) && !box.equals(to)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The point just outside {@code box} from {@code p}, which lies on one of its sides, straight out. */
    private static Point stub(Point p, Box box) {
        if (Math.abs(p.x() - box.x()) < 0.5) {
            return new Point(p.x() - CLEAR_X, p.y());
        }
        if (Math.abs(p.x() - box.maxX()) < 0.5) {
            return new Point(p.x() + CLEAR_X, p.y());
        }
        if (Math.abs(p.y() - box.y()) < 0.5) {
            return new Point(p.x(), p.y() - CLEAR_Y);
        }
        return new Point(p.x(), p.y() + CLEAR_Y);
    }

    private Box window(List<Point> route, double margin) {
        if (margin == Double.MAX_VALUE) {
            return drawing;
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Point p : route) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return new Box(x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin);
    }

    /** The shortest orthogonal path from {@code a} to {@code b} inside {@code window}, or null. */
    private List<Point> search(Point a, Point b, Box window, List<Box> ownZones, Memory memory) {
        List<Box> obstacles = new ArrayList<>();
        int stamp = ++memory.searches;
        int[] taken = memory.taken;
        for (long cx = cell(window.x()); cx <= cell(window.maxX()); cx++) {
            for (long cy = cell(window.y()); cy <= cell(window.maxY()); cy++) {
                List<Integer> near = nodeCells.get(CellIndex.key(cx, cy));
                for (int k = 0; k < near.size(); k++) {
                    int i = near.get(k);
                    if (taken[i] != stamp && nodes.get(i).overlaps(window)) {
                        taken[i] = stamp;
                        obstacles.add(nodes.get(i));
                    }
                }
            }
        }
        for (Box box : zones) {
            // A zone the route starts or ends in is no obstacle, even one the ends' zones overlap.
            if (box.overlaps(window) && !ownZones.contains(box) && !box.contains(new Box(a.x(), a.y(), 0, 0))
                    && !box.contains(new Box(b.x(), b.y(), 0, 0))) {
                obstacles.add(box);
            }
        }
        double[] xs = new double[2 * obstacles.size() + 4];
        double[] ys = new double[xs.length];
        int n = 0;
        for (Box box : obstacles) {
            xs[n] = box.x() - CLEAR_X;
            ys[n++] = box.y() - CLEAR_Y;
            xs[n] = box.maxX() + CLEAR_X;
            ys[n++] = box.maxY() + CLEAR_Y;
        }
        xs = lines(xs, n, a.x(), b.x(), window.x(), window.maxX());
        ys = lines(ys, n, a.y(), b.y(), window.y(), window.maxY());
        if ((long) xs.length * ys.length > MAX_GRID_POINTS) {
            return null;
        }
        return new Search(xs, ys, obstacles, memory).path(Arrays.binarySearch(xs, a.x()), Arrays.binarySearch(ys, a.y()),
                Arrays.binarySearch(xs, b.x()), Arrays.binarySearch(ys, b.y()));
    }

    /**
     * The grid's lines on one axis: {@code count} values from {@code values} and the two ends, inside the window
     * from {@code low} to {@code high}, sorted, each once. Values a rounding error apart are one line (the line after
     * one box and the line before its neighbour), the ends' values kept exact.
     */
    private static double[] lines(double[] values, int count, double endA, double endB, double low, double high) {
        values[count++] = low;
        values[count++] = high;
        Arrays.sort(values, 0, count);
        double[] lines = new double[count + 2];
        int n = 0;
        for (int i = 0; i < count; i++) {
            double value = values[i];
            if (value >= low && value <= high && (n == 0 || value - lines[n - 1] > 1e-6)) {
                lines[n++] = value;
            }
        }
        for (double end : new double[] {endA, endB}) {
            int at = Arrays.binarySearch(lines, 0, n, end);
            if (at < 0) {
                at = -at - 1;
                System.arraycopy(lines, at, lines, at + 1, n - at);
                lines[at] = end;
                n++;
            }
        }
        return Arrays.copyOf(lines, n);
    }

    /**
     * A* over the grid's points, a state being a point and the direction it was reached in. Which grid steps run
     * through an obstacle is worked out once, from the obstacles, before the search.
     */
    private static final class Search {
        private static final int[] DX = {1, -1, 0, 0};
        private static final int[] DY = {0, 0, 1, -1};
        private final double[] xs;
        private final double[] ys;
        private final int width;
        private final Memory memory;
        private final int stamp;

        Search(double[] xs, double[] ys, List<Box> obstacles, Memory memory) {
            this.xs = xs;
            this.ys = ys;
            this.width = xs.length;
            this.memory = memory;
            this.stamp = memory.next(xs.length * ys.length);
            for (Box box : obstacles) {
                int x0 = firstAbove(xs, box.x());
                int x1 = lastBelow(xs, box.maxX());
                int y0 = firstAbove(ys, box.y());
                int y1 = lastBelow(ys, box.maxY());
                // Horizontal steps on lines strictly inside the box's height that overlap its width.
                for (int j = y0; j <= y1; j++) {
                    for (int i = Math.max(0, x0 - 1); i <= Math.min(xs.length - 2, x1); i++) {
                        memory.rightBlocked[j * width + i] = stamp;
                    }
                }
                for (int i = x0; i <= x1; i++) {
                    for (int j = Math.max(0, y0 - 1); j <= Math.min(ys.length - 2, y1); j++) {
                        memory.downBlocked[j * width + i] = stamp;
                    }
                }
            }
        }

        /** The first index whose value lies strictly above {@code value} (by more than a rounding error). */
        private static int firstAbove(double[] values, double value) {
            int i = Arrays.binarySearch(values, value + 0.01);
            return i >= 0 ? i : -i - 1;
        }

        /** The last index whose value lies strictly below {@code value}. */
        private static int lastBelow(double[] values, double value) {
            int i = Arrays.binarySearch(values, value - 0.01);
            return i >= 0 ? i : -i - 2;
        }

        private boolean blocked(int x, int y, int d) {
            return switch (d) {
                case 0 -> memory.rightBlocked[y * width + x] == stamp;
                case 1 -> memory.rightBlocked[y * width + x - 1] == stamp;
                case 2 -> memory.downBlocked[y * width + x] == stamp;
                default -> memory.downBlocked[(y - 1) * width + x] == stamp;
            };
        }

        List<Point> path(int ax, int ay, int bx, int by) {
            if (ax < 0 || ay < 0 || bx < 0 || by < 0) {
                return null;
            }
            double[] cost = memory.cost;
            int[] previous = memory.previous;
            Heap open = memory.open;
            open.clear();
            for (int d = 0; d < 4; d++) {
                int state = (ay * width + ax) * 4 + d;
                reach(state, 0, -1);
                open.add(estimate(ax, ay, bx, by), state);
            }
            while (open.size() > 0) {
                double key = open.topKey();
                int state = open.poll();
                int point = state / 4;
                int direction = state % 4;
                int x = point % width;
                int y = point / width;
                if (key > cost[state] + estimate(x, y, bx, by) + 1e-9) {
                    continue;
                }
                if (x == bx && y == by) {
                    return points(previous, state);
                }
                boolean started = previous[state] != -1;
                for (int d = 0; d < 4; d++) {
                    int nx = x + DX[d];
                    int ny = y + DY[d];
                    if (nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length || started && (d ^ 1) == direction
                            || blocked(x, y, d)) {
                        continue;
                    }
                    double step = Math.abs(xs[nx] - xs[x]) + Math.abs(ys[ny] - ys[y])
                            + (started && d != direction ? BEND : 0);
                    int target = (ny * width + nx) * 4 + d;
                    if (cost[state] + step < cost(target)) {
                        reach(target, cost[state] + step, state);
                        open.add(cost[target] + estimate(nx, ny, bx, by), target);
                    }
                }
            }
            return null;
        }

        /** The cost found so far to reach {@code state}: unreached in this search whatever an earlier one left. */
        private double cost(int state) {
            return memory.reached[state] == stamp ? memory.cost[state] : Double.MAX_VALUE;
        }

        private void reach(int state, double cost, int from) {
            memory.reached[state] = stamp;
            memory.cost[state] = cost;
            memory.previous[state] = from;
        }

        private double estimate(int x, int y, int bx, int by) {
            return Math.abs(xs[x] - xs[bx]) + Math.abs(ys[y] - ys[by]);
        }

        private List<Point> points(int[] previous, int last) {
            List<Point> reversed = new ArrayList<>();
            for (int state = last; state != -1; state = previous[state]) {
                int point = state / 4;
                reversed.add(new Point(xs[point % width], ys[point / width]));
            }
            List<Point> points = new ArrayList<>();
            for (int i = reversed.size() - 1; i >= 0; i--) {
                Point p = reversed.get(i);
                if (points.size() >= 2 && inLine(points.get(points.size() - 2), points.getLast(), p)) {
                    points.set(points.size() - 1, p);
                } else {
                    points.add(p);
                }
            }
            return points;
        }

        private static boolean inLine(Point a, Point b, Point c) {
            return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(b.x() - c.x()) < 0.01
                    || Math.abs(a.y() - b.y()) < 0.01 && Math.abs(b.y() - c.y()) < 0.01;
        }
    }

    /**
     * Arrays the searches share, grown as needed and never cleared: an entry counts only when it carries the stamp of
     * the search under way.
     */
    private static final class Memory {
        /** The search that last took each node as an obstacle, so that one in several cells is taken once. */
        final int[] taken;
        int searches;
        int[] rightBlocked = new int[0];
        int[] downBlocked = new int[0];
        int[] reached = new int[0];
        double[] cost = new double[0];
        int[] previous = new int[0];
        final Heap open = new Heap();
        private int stamp;

        Memory(int nodes) {
            taken = new int[nodes];
        }

        /** Makes room for a grid of {@code points} points; returns the new search's stamp. */
        int next(int points) {
            if (rightBlocked.length < points) {
                int size = Math.max(points, 2 * rightBlocked.length);
                rightBlocked = new int[size];
                downBlocked = new int[size];
                reached = new int[4 * size];
                cost = new double[4 * size];
                previous = new int[4 * size];
            }
            return ++stamp;
        }
    }

    /** A binary min-heap of states by key, without a boxed object per entry. */
    private static final class Heap {
        private double[] keys = new double[64];
        private int[] values = new int[64];
        private int size;

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        double topKey() {
            return keys[0];
        }

        void add(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0 && keys[(i - 1) / 2] > key) {
                keys[i] = keys[(i - 1) / 2];
                values[i] = values[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            keys[i] = key;
            values[i] = value;
        }

        int poll() {
            int top = values[0];
            size--;
            double key = keys[size];
            int value = values[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }

    /** True when the axis-parallel segment runs through the box's interior (along its border does not count). */
    static boolean through(Point a, Point b, Box box) {
        return Math.min(a.x(), b.x()) < box.maxX() - 0.01 && Math.max(a.x(), b.x()) > box.x() + 0.01
                && Math.min(a.y(), b.y()) < box.maxY() - 0.01 && Math.max(a.y(), b.y()) > box.y() + 0.01;
    }

    private static long cell(double value) {
        return (long) Math.floor(value / CELL);
    }
}
