package org.hybridplanner.export.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramLayout.LegendSample;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.diagram.DiagramNode.Marker;
import org.hybridplanner.export.diagram.DiagramNode.NodeKind;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.model.Network;
import org.jgrapht.Graph;

/**
 * A deterministic, zone-aware layout. Zones stand in columns from left to right (on-premises, Azure virtual
 * networks, Azure public endpoints with the Data Factory service, AWS, internet/SaaS), stacked in plan order
 * within a column. Nodes sit in a grid inside their zone (runtimes first), every node the same size, so nothing
 * can overlap by construction. Link labels sit in the gutter after the left zone's column, pushed apart
 * vertically. Edges are orthogonal polylines that change column only inside gutters and cross intermediate
 * columns at a height where no zone stands. Names wrap onto up to {@link #MAX_TITLE_LINES} lines (nodes of one
 * diagram share the height the longest name needs; a zone is as wide as its name, up to {@link #MAX_ZONE_WIDTH}
 * for the name alone) and only then end in an ellipsis, the full name staying in the drawing's hover text. Each flow
 * edge gets a label (its flows, runtime and connectivity) at the first free place along its route.
 *
 * <p>Positions the user gave ({@link DiagramModel#positions()}) win: a positioned store stands where it was put
 * inside its zone (unpositioned ones take the free grid cells), and its zone grows to hold it; a positioned zone
 * stands where it was put (unpositioned zones keep their column and move down past it). Once any zone has a
 * position, columns no longer line zones up, so links and flows are drawn as direct elbows between the elements
 * instead of through the column gutters.
 */
public final class ZoneLayout {
    static final double MARGIN = 24;
    static final double NODE_WIDTH = 220;
    static final double NODE_HEIGHT = 46;
    /** Side of the symbol drawn at the left of a node or a zone's title, and the room it takes with its gap. */
    static final double SYMBOL_SIZE = 18;
    static final double SYMBOL_ROOM = SYMBOL_SIZE + 8;
    static final int MAX_TITLE_LINES = 3;
    /** The widest a zone grows to show its name on one line; longer names wrap. */
    static final double MAX_ZONE_WIDTH = 420;
    static final double FLOW_LABEL_MAX_WIDTH = 190;
    /** Where along a segment a flow label may stand, in order of preference. */
    private static final double[] LABEL_POSITIONS = {0.5, 0.3, 0.7, 0.15, 0.85};
    static final double NODE_GAP_X = 16;
    static final double NODE_GAP_Y = 14;
    static final double ZONE_PADDING = 14;
    static final double ZONE_GAP = 28;
    static final double MIN_ZONE_WIDTH = 240;
    static final double TRACK_AREA = 40;
    static final double TRACK_SPACING = 5;
    static final double LINK_LABEL_WIDTH = 190;
    static final double LEGEND_CELL_WIDTH = 340;
    static final double MIN_CONTENT_WIDTH = 900;
    static final int MAX_NOTES = 12;
    /** Legend sample kinds for a symbol and a connectivity: the prefix, then the node kind or network's name. */
    static final String SYMBOL = "SYMBOL:";
    static final String NETWORK = "NETWORK:";
    private static final double BADGE_GAP = 4;
    private static final double SAMPLE_HEIGHT = 18;
    /** How far a route crossing a column keeps from the zones in it, so that it never reads as a zone's border. */
    static final double ZONE_CLEARANCE = 10;
    /** Room above the zones for routes that pass over the top of a column: three corridors. */
    static final double ROUTING_BAND = ZONE_CLEARANCE + 3 * TRACK_SPACING;

    /**
     * The inside legs of zones laid out before, by the zone's contents: a zone that only moved (or a layout of an
     * unchanged plan) finds them here. A key holds every box of its zone, so equal keys give equal legs, whichever
     * plan or editor they came from. Bounded to a few dozen zones: an entry holds every box of its zone and every leg
     * worked out in it, and an edit needs only the zones of the plan being edited.
     */
    private static final PortCache PORTS = new PortCache(64);

    /**
     * Texts fitted, node names wrapped and flow labels fitted in layouts before: an edit lays out the same few
     * thousand texts as the layout before it (a drop changes one zone, a move none), and measuring them was a fifth
     * of a 1,000-store layout. Each result depends on the text, the width and the style alone. Bounded to a few
     * plans' worth of texts.
     */
    private static final BoundedMemo<Fitting, Fitted> FITTED = new BoundedMemo<>(16_384, ZoneLayout::fitted);
    private static final BoundedMemo<String, List<String>> NODE_TITLES = new BoundedMemo<>(8_192,
            ZoneLayout::wrappedNodeTitle);
    private static final BoundedMemo<String, Fitted> FLOW_LABELS = new BoundedMemo<>(8_192,
            ZoneLayout::fittedFlowLabel);

    /** A line to fit into {@code maxWidth}: as the model has it ({@code raw}, made renderable first) or renderable. */
    private record Fitting(String line, boolean raw, double maxWidth, TextStyle style) {
    }

    /** A line fitted: the text drawn and the width it takes. */
    private record Fitted(String text, double width) {
    }

    private static Fitted fitted(Fitting fitting) {
        String line = fitting.raw() ? DisplayText.renderable(fitting.line()) : fitting.line();
        TextStyle style = fitting.style();
        String text = DisplayText.fit(line, Math.max(0, fitting.maxWidth()), style::width);
        return new Fitted(text, Math.min(fitting.maxWidth(), style.width(text)));
    }

    private static List<String> wrappedNodeTitle(String title) {
        return List.copyOf(DisplayText.wrap(DisplayText.renderable(title), NODE_WIDTH - 20 - SYMBOL_ROOM,
                MAX_TITLE_LINES, TextStyle.NODE_TITLE::width));
    }

    /** A flow's label fitted, and the width of its box (the text's and the padding). */
    private static Fitted fittedFlowLabel(String label) {
        String text = DisplayText.fit(DisplayText.renderable(label), FLOW_LABEL_MAX_WIDTH - 2 * TextStyle.BOX_PADDING,
                TextStyle.FLOW_LABEL::width);
        return new Fitted(text, TextStyle.FLOW_LABEL.width(text) + 2 * TextStyle.BOX_PADDING);
    }

    /** A route's two inside legs (from its source to a port, from its target to a port) and its zones. */
    private record Leg(DiagramEdge edge, List<Point> out, List<Point> in, Box fromZone, Box toZone,
            boolean sideBySide) {
    }

    /** A bounded map from a zone's contents to its ports, dropping the least recently used. */
    static final class PortCache {
        private final int capacity;
        private final LinkedHashMap<ZonePorts.Contents, ZonePorts> entries;

        PortCache(int capacity) {
            this.capacity = capacity;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ZonePorts.Contents, ZonePorts> eldest) {
                    return size() > PortCache.this.capacity;
                }
            };
        }

        synchronized ZonePorts of(ZonePorts.Contents contents) {
            return entries.computeIfAbsent(contents, ZonePorts::new);
        }
    }

    /** Lays out {@code model}. */
    public DiagramLayout layout(DiagramModel model) {
        return new Run(model).layout();
    }

    private static final class Run {
        private final DiagramModel model;
        private final Graph<DiagramNode, DiagramEdge> graph;
        private final Map<String, List<DiagramNode>> members = new LinkedHashMap<>();
        private final Map<String, Box> zoneBoxes = new LinkedHashMap<>();
        private final Map<String, Integer> zoneColumn = new HashMap<>();
        private final Map<String, Box> nodeBoxes = new HashMap<>();
        private final List<Placed> placedZones = new ArrayList<>();
        private final List<Placed> placedNodes = new ArrayList<>();
        private final List<TextBox> texts = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        /** Column index (dense, left to right) to the zones in it. */
        private final TreeMap<Integer, List<DiagramNode>> columns = new TreeMap<>();
        private double[] columnX;
        private double[] columnWidth;
        /** Gutter i lies right of column i; the last one is the right margin's. */
        private double[] gutterX;
        private double[] gutterWidth;
        private boolean[] gutterHasLabels;
        private int[] exitTracks;
        private int[] entryTracks;
        private double contentTop;
        private double nodeHeight = NODE_HEIGHT;
        private final Map<String, List<String>> zoneTitles = new HashMap<>();
        /** Text boxes by 100-unit grid cell, so a flow label finds a free place without scanning every text. */
        private final CellIndex<Box> occupied = new CellIndex<>();
        /** How many routes already cross columns at each corridor height (rounded), to spread the next one. */
        private final Map<Long, Integer> corridorUse = new HashMap<>();
        /** Each zone's members' rectangles, relative to the zone's top-left corner, in member order. */
        private final Map<String, List<Box>> memberBoxes = new HashMap<>();
        /** Each zone's members' rectangles in the drawing, in member order (the instances {@link #nodeBoxes} holds). */
        private final Map<String, Box[]> placedMembers = new HashMap<>();
        /** True when some zone stands where the user put it: routes then run directly, not through gutters. */
        private final boolean freeZones;
        private int freeTracks;

        Run(DiagramModel model) {
            this.model = model;
            this.graph = model.graph();
            this.freeZones = graph.vertexSet().stream().anyMatch(node -> node.isZone() && zonePosition(node) != null);
        }

        private org.hybridplanner.model.Position zonePosition(DiagramNode zone) {
            String id = zone.id();
            return id.startsWith("zone:") && !id.equals(DiagramModel.SERVICE_ZONE)
                    ? model.positions().locations().get(id.substring("zone:".length())) : null;
        }

        private org.hybridplanner.model.Position nodePosition(DiagramNode node) {
            return node.kind() == DiagramNode.NodeKind.DATA_STORE
                    ? model.positions().dataStores().get(node.id().substring("store:".length())) : null;
        }

        DiagramLayout layout() {
            groupNodes();
            contentTop = MARGIN + TextStyle.TITLE.lineHeight() + 4 + TextStyle.SUBTITLE.lineHeight() + 10
                    + ROUTING_BAND;
            nodeHeight = NODE_HEIGHT + (nodeTitleLines() - 1) * TextStyle.NODE_TITLE.lineHeight();
            Map<String, double[]> sizes = new HashMap<>();
            for (DiagramNode zone : zonesInColumnOrder()) {
                sizes.put(zone.id(), zoneSize(zone));
            }
            placeColumns(sizes);
            for (DiagramNode zone : zonesInColumnOrder()) {
                placeZoneContent(zone);
            }
            if (freeZones) {
                routeLinksDirectly();
            } else {
                routeLinks();
            }
            routeEdges();
            labelFlows();
            double contentRight = freeZones ? freeContentRight()
                    : gutterX[gutterX.length - 1] + gutterWidth[gutterWidth.length - 1];
            double contentBottom = zoneBoxes.values().stream().mapToDouble(Box::maxY).max().orElse(contentTop);
            double width = Math.max(contentRight, MARGIN + MIN_CONTENT_WIDTH) + MARGIN;
            placeTitle(width);
            List<LegendSample> legend = new ArrayList<>();
            double height = placeLegend(contentBottom + 30, width, legend) + MARGIN;
            return new DiagramLayout(Math.ceil(width), Math.ceil(height), placedZones, placedNodes, routes, texts,
                    legend);
        }

        private void groupNodes() {
            for (DiagramNode node : graph.vertexSet()) {
                if (node.isZone()) {
                    members.putIfAbsent(node.id(), new ArrayList<>());
                    columns.computeIfAbsent(node.kind().column(), key -> new ArrayList<>()).add(node);
                }
            }
            for (DiagramNode node : graph.vertexSet()) {
                if (!node.isZone()) {
                    List<DiagramNode> list = members.get(node.zone());
                    if (list != null) {
                        list.add(node);
                    }
                }
            }
            // Runtimes and the factory first, then stores; a stable sort keeps plan order within each group.
            members.values().forEach(list -> list.sort(Comparator.comparingInt(node -> switch (node.kind()) {
                case DATA_FACTORY -> 0;
                case AZURE_RUNTIME, SELF_HOSTED_RUNTIME -> 1;
                default -> 2;
            })));
        }

        private List<DiagramNode> zonesInColumnOrder() {
            return columns.values().stream().flatMap(List::stream).toList();
        }

        private static int gridColumns(int count) {
            return count <= 6 ? 1 : (int) Math.ceil(Math.sqrt(count / 2.0));
        }

        private double nodeTitleLines() {
            int lines = 1;
            for (List<DiagramNode> list : members.values()) {
                for (DiagramNode node : list) {
                    lines = Math.max(lines, nodeTitle(node).size());
                }
            }
            return lines;
        }

        private static List<String> nodeTitle(DiagramNode node) {
            return NODE_TITLES.of(node.title());
        }

        /** The zone's name in lines no wider than the zone allows (its content's width, or the name's up to a cap). */
        private List<String> zoneTitle(DiagramNode zone, double contentWidth) {
            return zoneTitles.computeIfAbsent(zone.id(), id -> {
                String title = DisplayText.renderable(zone.title());
                double reserved = titleRoom(zone);
                double wanted = Math.min(MAX_ZONE_WIDTH, Math.max(contentWidth, TextStyle.ZONE_TITLE.width(title)
                        + reserved + 1));
                return DisplayText.wrap(title, wanted - reserved, MAX_TITLE_LINES, TextStyle.ZONE_TITLE::width);
            });
        }

        private double titleRoom(DiagramNode zone) {
            return 2 * ZONE_PADDING + SYMBOL_ROOM + (zone.has(Marker.FIREWALL_BOUNDARY) ? SYMBOL_ROOM : 0);
        }

        private double headerHeight(DiagramNode zone) {
            int lines = zoneTitles.getOrDefault(zone.id(), List.of("")).size();
            double height = 8 + lines * TextStyle.ZONE_TITLE.lineHeight() + 2 + TextStyle.ZONE_SUBTITLE.lineHeight()
                    + 10;
            if (zone.has(Marker.FIREWALL_BOUNDARY) || zone.has(Marker.WARNING) || zone.difference() != null) {
                height += TextStyle.BADGE.lineHeight() + 6;
            }
            return height;
        }

        private double[] zoneSize(DiagramNode zone) {
            // The title wraps to the width the grid would take; the header's height follows from its lines, and
            // the members stand below it.
            int count = members.get(zone.id()).size();
            int cols = Math.max(1, gridColumns(count));
            List<String> title = zoneTitle(zone,
                    Math.max(MIN_ZONE_WIDTH, 2 * ZONE_PADDING + cols * NODE_WIDTH + (cols - 1) * NODE_GAP_X));
            List<Box> boxes = arrangeMembers(zone);
            memberBoxes.put(zone.id(), boxes);
            double right = boxes.stream().mapToDouble(Box::maxX).max().orElse(0);
            double bottom = boxes.stream().mapToDouble(Box::maxY).max().orElse(headerHeight(zone));
            double titleWidth = title.stream().mapToDouble(TextStyle.ZONE_TITLE::width).max().orElse(0);
            double width = Math.max(Math.max(MIN_ZONE_WIDTH, right + ZONE_PADDING),
                    Math.ceil(titleWidth + titleRoom(zone) + 1));
            return new double[] {width, Math.max(bottom + ZONE_PADDING, 64)};
        }

        /**
         * The members' rectangles relative to the zone: positioned stores where the user put them (below the zone's
         * header, right of its padding), the others in grid cells in order, skipping cells a positioned one covers.
         */
        private List<Box> arrangeMembers(DiagramNode zone) {
            List<DiagramNode> nodes = members.get(zone.id());
            double header = headerHeight(zone);
            Box[] boxes = new Box[nodes.size()];
            List<Box> taken = new ArrayList<>();
            int unplaced = 0;
            for (int i = 0; i < nodes.size(); i++) {
                var position = nodePosition(nodes.get(i));
                if (position == null) {
                    unplaced++;
                } else {
                    boxes[i] = new Box(Math.max(ZONE_PADDING, position.x()), Math.max(header, position.y()),
                            NODE_WIDTH, nodeHeight);
                    taken.add(boxes[i]);
                }
            }
            int cols = Math.max(1, gridColumns(unplaced));
            int cell = 0;
            for (int i = 0; i < nodes.size(); i++) {
                if (boxes[i] != null) {
                    continue;
                }
                Box box;
                do {
                    box = new Box(ZONE_PADDING + (cell % cols) * (NODE_WIDTH + NODE_GAP_X),
                            header + (cell / cols) * (nodeHeight + NODE_GAP_Y), NODE_WIDTH, nodeHeight);
                    cell++;
                } while (overlapsAny(grown(box), taken));
                boxes[i] = box;
            }
            return List.of(boxes);
        }

        private static Box grown(Box box) {
            return new Box(box.x() - NODE_GAP_X / 2, box.y() - NODE_GAP_Y / 2, box.width() + NODE_GAP_X,
                    box.height() + NODE_GAP_Y);
        }

        private static boolean overlapsAny(Box box, List<Box> others) {
            for (int i = 0; i < others.size(); i++) {
                if (box.overlaps(others.get(i))) {
                    return true;
                }
            }
            return false;
        }

        private void placeColumns(Map<String, double[]> sizes) {
            int count = columns.size();
            columnX = new double[count];
            columnWidth = new double[count];
            gutterX = new double[count];
            gutterWidth = new double[count];
            gutterHasLabels = new boolean[count];
            exitTracks = new int[count];
            entryTracks = new int[count];
            List<Integer> keys = new ArrayList<>(columns.keySet());
            for (int i = 0; i < count; i++) {
                for (DiagramNode zone : columns.get(keys.get(i))) {
                    zoneColumn.put(zone.id(), i);
                }
            }
            for (DiagramEdge edge : graph.edgeSet()) {
                if (edge.kind() == EdgeKind.LINK) {
                    gutterHasLabels[labelGutter(edge)] = true;
                }
            }
            List<Box> positioned = new ArrayList<>();
            for (DiagramNode zone : zonesInColumnOrder()) {
                var position = zonePosition(zone);
                if (position != null) {
                    double[] size = sizes.get(zone.id());
                    Box box = new Box(Math.max(MARGIN, position.x()), Math.max(contentTop, position.y()), size[0],
                            size[1]);
                    zoneBoxes.put(zone.id(), box);
                    positioned.add(box);
                }
            }
            double x = MARGIN;
            for (int i = 0; i < count; i++) {
                columnX[i] = x;
                double y = contentTop;
                for (DiagramNode zone : columns.get(keys.get(i))) {
                    if (zoneBoxes.containsKey(zone.id())) {
                        continue;
                    }
                    double[] size = sizes.get(zone.id());
                    columnWidth[i] = Math.max(columnWidth[i], size[0]);
                    Box box = new Box(x, y, size[0], size[1]);
                    // An unpositioned zone keeps its column and moves down past zones the user put in its way.
                    for (Box other = blocking(box, positioned); other != null; other = blocking(box, positioned)) {
                        box = new Box(x, other.maxY() + ZONE_GAP, size[0], size[1]);
                    }
                    zoneBoxes.put(zone.id(), box);
                    y = box.maxY() + ZONE_GAP;
                }
                gutterX[i] = x + columnWidth[i];
                gutterWidth[i] = 2 * TRACK_AREA + 16 + (gutterHasLabels[i] ? LINK_LABEL_WIDTH + 16 : 0);
                x = gutterX[i] + gutterWidth[i];
            }
        }

        private static Box blocking(Box box, List<Box> positioned) {
            Box grown = new Box(box.x() - ZONE_GAP / 2, box.y() - ZONE_GAP / 2, box.width() + ZONE_GAP,
                    box.height() + ZONE_GAP);
            return positioned.stream().filter(grown::overlaps).findFirst().orElse(null);
        }

        private int labelGutter(DiagramEdge link) {
            int a = zoneColumn.get(graph.getEdgeSource(link).id());
            int b = zoneColumn.get(graph.getEdgeTarget(link).id());
            return Math.min(a, b);
        }

        private void placeZoneContent(DiagramNode zone) {
            Box box = zoneBoxes.get(zone.id());
            placedZones.add(new Placed(zone, box));
            double inner = box.width() - titleRoom(zone);
            double y = box.y() + 8;
            double textX = box.x() + ZONE_PADDING + SYMBOL_ROOM;
            for (String line : zoneTitles.get(zone.id())) {
                addLine(line, textX, y, inner, TextStyle.ZONE_TITLE, zone.id());
                y += TextStyle.ZONE_TITLE.lineHeight();
            }
            y += 2;
            addText(zone.subtitle(), textX, y, inner, TextStyle.ZONE_SUBTITLE, zone.id());
            y += TextStyle.ZONE_SUBTITLE.lineHeight() + 6;
            double badgeX = box.x() + ZONE_PADDING;
            if (zone.difference() != null) {
                badgeX = addBadge(zone.difference().badge(), badgeX, y, zone.id()) + BADGE_GAP;
            }
            if (zone.has(Marker.FIREWALL_BOUNDARY)) {
                badgeX = addBadge("firewall rules apply", badgeX, y, zone.id()) + BADGE_GAP;
            }
            if (zone.has(Marker.WARNING)) {
                addBadge("warning", badgeX, y, zone.id());
            }
            // The symbols at the header's corners are no place for a flow label.
            occupy(new Box(box.x(), box.y(), SYMBOL_ROOM + ZONE_PADDING, SYMBOL_ROOM + 6));
            occupy(new Box(box.maxX() - SYMBOL_ROOM - ZONE_PADDING, box.y() - 8, SYMBOL_ROOM + ZONE_PADDING + 8,
                    SYMBOL_ROOM + 14));
            List<DiagramNode> nodes = members.get(zone.id());
            List<Box> relative = memberBoxes.get(zone.id());
            Box[] placed = new Box[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                Box cell = relative.get(i);
                placed[i] = new Box(box.x() + cell.x(), box.y() + cell.y(), NODE_WIDTH, nodeHeight);
                placeNode(nodes.get(i), placed[i]);
            }
            placedMembers.put(zone.id(), placed);
        }

        private void placeNode(DiagramNode node, Box box) {
            nodeBoxes.put(node.id(), box);
            // With the corner a warning triangle takes above and right of the node.
            Box taken = node.has(Marker.WARNING) ? new Box(box.x(), box.y() - 8, box.width() + 8, box.height() + 8)
                    : box;
            occupy(taken);
            placedNodes.add(new Placed(node, box));
            double textX = box.x() + 10 + SYMBOL_ROOM;
            double inner = box.maxX() - 10 - textX;
            double lineY = box.y() + 6;
            for (String line : nodeTitle(node)) {
                addLine(line, textX, lineY, inner, TextStyle.NODE_TITLE, node.id());
                lineY += TextStyle.NODE_TITLE.lineHeight();
            }
            lineY = box.maxY() - NODE_HEIGHT + 6 + TextStyle.NODE_TITLE.lineHeight() + 3;
            List<String> badges = new ArrayList<>();
            if (node.difference() != null) {
                badges.add(node.difference().badge());
            }
            if (node.has(Marker.WARNING)) {
                badges.add("warning");
            }
            if (node.has(Marker.ALLOWLIST)) {
                badges.add("allowlist");
            }
            if (node.has(Marker.INBOUND_8060)) {
                badges.add("8060 in");
            }
            double right = box.maxX() - 10;
            for (String badge : badges) {
                double width = TextStyle.BADGE.width(badge) + 2 * TextStyle.BOX_PADDING;
                right -= width;
                addBadge(badge, right, lineY, node.id());
                right -= BADGE_GAP;
            }
            addText(node.subtitle(), textX, lineY, right - textX - 2, TextStyle.NODE_SUBTITLE, node.id());
        }

        /** Adds a fitted single line of text at (x, y) no wider than {@code maxWidth}. */
        private void addText(String raw, double x, double y, double maxWidth, TextStyle style, String owner) {
            addFitted(FITTED.of(new Fitting(raw, true, maxWidth, style)), x, y, style, owner);
        }

        /** Adds a line already made renderable, fitted to {@code maxWidth}. */
        private void addLine(String line, double x, double y, double maxWidth, TextStyle style, String owner) {
            addFitted(FITTED.of(new Fitting(line, false, maxWidth, style)), x, y, style, owner);
        }

        private void addFitted(Fitted line, double x, double y, TextStyle style, String owner) {
            add(new TextBox(line.text(), new Box(x, y, Math.max(0, line.width()), style.lineHeight()), style,
                    owner));
        }

        private void add(TextBox text) {
            texts.add(text);
            occupy(text.bounds());
        }

        private void occupy(Box box) {
            long toX = cell(box.maxX());
            long toY = cell(box.maxY());
            for (long cx = cell(box.x()); cx <= toX; cx++) {
                for (long cy = cell(box.y()); cy <= toY; cy++) {
                    occupied.add(CellIndex.key(cx, cy), box);
                }
            }
        }

        /** The 100-unit grid cell of a coordinate. */
        private static long cell(double value) {
            return (long) Math.floor(value / 100);
        }

        private boolean free(Box box) {
            long toX = cell(box.maxX());
            long toY = cell(box.maxY());
            for (long cx = cell(box.x()); cx <= toX; cx++) {
                for (long cy = cell(box.y()); cy <= toY; cy++) {
                    if (overlapsAny(box, occupied.get(CellIndex.key(cx, cy)))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Adds a badge whose left edge is {@code x}; returns its right edge. */
        private double addBadge(String text, double x, double y, String owner) {
            double width = TextStyle.BADGE.width(text) + 2 * TextStyle.BOX_PADDING;
            add(new TextBox(text, new Box(x, y, width, TextStyle.BADGE.lineHeight() + 2), TextStyle.BADGE, owner));
            return x + width;
        }

        private void routeLinks() {
            Map<Integer, List<DiagramEdge>> byGutter = new TreeMap<>();
            for (DiagramEdge edge : graph.edgeSet()) {
                if (edge.kind() == EdgeKind.LINK) {
                    byGutter.computeIfAbsent(labelGutter(edge), key -> new ArrayList<>()).add(edge);
                }
            }
            double labelHeight = TextStyle.LINK_LABEL.lineHeight() + 6;
            byGutter.forEach((gutter, links) -> {
                List<DiagramEdge> ordered = new ArrayList<>(links);
                ordered.sort(Comparator.comparingDouble(this::desiredLinkY));
                double labelX = gutterX[gutter] + TRACK_AREA + 8 + 8;
                double previousBottom = Double.NEGATIVE_INFINITY;
                for (DiagramEdge link : ordered) {
                    double top = Math.max(desiredLinkY(link) - labelHeight / 2, previousBottom + 8);
                    top = Math.max(top, contentTop);
                    String text = DisplayText.fit(link.label(), LINK_LABEL_WIDTH - 2 * TextStyle.BOX_PADDING,
                            TextStyle.LINK_LABEL::width);
                    Box label = new Box(labelX, top, LINK_LABEL_WIDTH, labelHeight);
                    add(new TextBox(text, label, TextStyle.LINK_LABEL, link.id()));
                    previousBottom = label.maxY();
                    routes.add(new Route(link, linkPoints(link, label, gutter)));
                }
            });
        }

        private double desiredLinkY(DiagramEdge link) {
            Box a = zoneBoxes.get(graph.getEdgeSource(link).id());
            Box b = zoneBoxes.get(graph.getEdgeTarget(link).id());
            double top = Math.max(a.y(), b.y());
            double bottom = Math.min(a.maxY(), b.maxY());
            return top < bottom - 20 ? (top + bottom) / 2 : (a.centerY() + b.centerY()) / 2;
        }

        private List<Point> linkPoints(DiagramEdge link, Box label, int gutter) {
            Box a = zoneBoxes.get(graph.getEdgeSource(link).id());
            Box b = zoneBoxes.get(graph.getEdgeTarget(link).id());
            int ca = zoneColumn.get(graph.getEdgeSource(link).id());
            int cb = zoneColumn.get(graph.getEdgeTarget(link).id());
            if (ca > cb) {
                Box swap = a;
                a = b;
                b = swap;
                int swapColumn = ca;
                ca = cb;
                cb = swapColumn;
            }
            double y = label.centerY();
            List<Point> points = new ArrayList<>();
            double ya = clamp(y, a.y() + 10, a.maxY() - 10);
            double left = label.x() - 6;
            points.add(new Point(a.maxX(), ya));
            points.add(new Point(left, ya));
            points.add(new Point(left, y));
            points.add(new Point(label.x(), y));
            if (ca == cb) {
                // Both zones in one column: the other end also joins the label from the left.
                double yb = clamp(y, b.y() + 10, b.maxY() - 10);
                points.add(new Point(left, y));
                points.add(new Point(left, yb));
                points.add(new Point(b.maxX(), yb));
                return ZonePorts.simplify(points);
            }
            double yb = clamp(y, b.y() + 10, b.maxY() - 10);
            double right = label.maxX() + 6;
            points.add(new Point(label.maxX(), y));
            if (cb == ca + 1) {
                points.add(new Point(right, y));
                points.add(new Point(right, yb));
            } else {
                double free = freeY(ca + 1, cb - 1, y);
                double entry = entryTrack(cb - 1);
                points.add(new Point(right, y));
                points.add(new Point(right, free));
                points.add(new Point(entry, free));
                points.add(new Point(entry, yb));
            }
            points.add(new Point(b.x(), yb));
            return ZonePorts.simplify(points);
        }

        private void routeEdges() {
            if (freeZones) {
                routeEdgesByPorts();
                return;
            }
            Detours detours = new Detours(new ArrayList<>(nodeBoxes.values()), new ArrayList<>(zoneBoxes.values()));
            List<DiagramEdge> edges = new ArrayList<>();
            List<Detours.Wanted> wanted = new ArrayList<>();
            for (DiagramEdge edge : graph.edgeSet()) {
                if (edge.kind() == EdgeKind.LINK) {
                    continue;
                }
                DiagramNode source = graph.getEdgeSource(edge);
                DiagramNode target = graph.getEdgeTarget(edge);
                Box s = nodeBoxes.get(source.id());
                Box t = nodeBoxes.get(target.id());
                if (s == null || t == null) {
                    continue;
                }
                List<Point> points = edgePoints(source, target, s, t);
                edges.add(edge);
                wanted.add(new Detours.Wanted(points, s, t,
                        List.of(zoneBoxes.get(source.zone()), zoneBoxes.get(target.zone()))));
            }
            List<List<Point>> routed = detours.around(wanted);
            for (int i = 0; i < edges.size(); i++) {
                routes.add(new Route(edges.get(i), routed.get(i)));
            }
        }

        /**
         * Routes in two levels once zones stand where the user put them. Inside a zone, each end runs from its node
         * through the zone's gaps to a port on the zone's border ({@link ZonePorts}, relative to the zone, so a moved
         * zone's legs are the same, shifted); between two zones, the ports are joined by an elbow on a track of its
         * own in the space between them, and by a search on the grid of the zones' boxes alone ({@link
         * Detours#between}) when the elbow would cross a zone. A flow within one zone runs along its left padding.
         */
        private void routeEdgesByPorts() {
            Map<String, Integer> memberIndex = new HashMap<>();
            Map<String, ZonePorts> ports = zonePorts(memberIndex);
            List<Box> zoneList = new ArrayList<>(zoneBoxes.values());
            Detours betweenZones = new Detours(zoneList, List.of());
            List<Leg> legs = new ArrayList<>();
            Map<String, List<Leg>> byPair = new LinkedHashMap<>();
            for (DiagramEdge edge : graph.edgeSet()) {
                Leg leg = edge.kind() == EdgeKind.LINK ? null : leg(edge, ports, memberIndex);
                if (leg == null) {
                    continue;
                }
                legs.add(leg);
                if (leg.in() != null) {
                    byPair.computeIfAbsent(pairKey(edge), key -> new ArrayList<>()).add(leg);
                }
            }
            // Legs are told apart by identity: two edges may have equal legs.
            Map<Leg, Double> tracks = new java.util.IdentityHashMap<>();
            for (List<Leg> pair : byPair.values()) {
                assignTracks(pair, tracks);
            }
            Map<Long, List<double[]>> runs = new HashMap<>();
            for (Leg leg : legs) {
                routes.add(new Route(leg.edge(), leg.in() == null ? leg.out()
                        : joined(leg, tracks.get(leg), betweenZones, zoneList, runs)));
            }
        }

        // The steps of routeEdgesByPorts are methods of their own (not one long loop body): the JIT compiles small
        // methods early and on their own, so a branch a zone move takes first does not send the whole loop back to
        // the interpreter (a 1,117-byte method was deoptimised there, edits taking 180-320 ms until recompiled).

        /** Each zone's ports (from the cache of zone contents); fills {@code memberIndex}, node id to member index. */
        private Map<String, ZonePorts> zonePorts(Map<String, Integer> memberIndex) {
            Map<String, ZonePorts> ports = new HashMap<>();
            for (DiagramNode zoneNode : zonesInColumnOrder()) {
                List<DiagramNode> list = members.get(zoneNode.id());
                for (int i = 0; i < list.size(); i++) {
                    memberIndex.put(list.get(i).id(), i);
                }
                Box zone = zoneBoxes.get(zoneNode.id());
                ports.put(zoneNode.id(), PORTS.of(new ZonePorts.Contents(zone.width(), zone.height(),
                        headerHeight(zoneNode), memberBoxes.get(zoneNode.id()))));
            }
            return ports;
        }

        /** The edge's inside legs (a flow within one zone: its bus, and no "in"), or null when an end is not drawn. */
        private Leg leg(DiagramEdge edge, Map<String, ZonePorts> ports, Map<String, Integer> memberIndex) {
            DiagramNode source = graph.getEdgeSource(edge);
            DiagramNode target = graph.getEdgeTarget(edge);
            if (nodeBoxes.get(source.id()) == null || nodeBoxes.get(target.id()) == null) {
                return null;
            }
            Box a = zoneBoxes.get(source.zone());
            Box b = zoneBoxes.get(target.zone());
            int from = memberIndex.get(source.id());
            int to = memberIndex.get(target.id());
            if (source.zone().equals(target.zone())) {
                return new Leg(edge, ZonePorts.shifted(ports.get(source.zone()).bus(from, to), a.x(), a.y()), null, a,
                        b, false);
            }
            // Facing sides when the zones stand side by side; else both leave by the right, around the zones.
            boolean sideBySide = b.x() >= a.maxX() + 8 || a.x() >= b.maxX() + 8;
            boolean rightOfA = !sideBySide || b.x() >= a.maxX();
            boolean rightOfB = !sideBySide || a.x() >= b.maxX();
            List<Point> out = ZonePorts.shifted(ports.get(source.zone()).leg(from, rightOfA), a.x(), a.y());
            List<Point> in = ZonePorts.shifted(ports.get(target.zone()).leg(to, rightOfB), b.x(), b.y());
            return new Leg(edge, out, in, a, b, sideBySide);
        }

        /** The edge's two zones, in name order: routes between one pair share the tracks between them. */
        private String pairKey(DiagramEdge edge) {
            String source = graph.getEdgeSource(edge).zone();
            String target = graph.getEdgeTarget(edge).zone();
            return source.compareTo(target) < 0 ? source + "\n" + target : target + "\n" + source;
        }

        /** A leg between two zones joined into a route: out, between the ports on track {@code x}, in. */
        private static List<Point> joined(Leg leg, double x, Detours betweenZones, List<Box> zoneList,
                Map<Long, List<double[]>> runs) {
            Point a = leg.out().getLast();
            Point b = leg.in().getLast();
            List<Point> elbow = ZonePorts.simplify(List.of(a, new Point(x, a.y()), new Point(x, b.y()), b));
            List<Point> searched = betweenZones.between(elbow, leg.fromZone(), leg.toZone());
            List<Point> between = nudged(ZonePorts.simplify(searched), zoneList, runs);
            List<Point> points = new ArrayList<>(leg.out());
            points.addAll(between);
            points.addAll(leg.in().reversed());
            return ZonePorts.simplify(points);
        }

        /**
         * {@code path} (a route between two zones, from port to port) with each of its inner segments moved sideways,
         * {@link #TRACK_SPACING} at a time, off any segment an earlier route already runs along ({@code runs}: the
         * horizontal and vertical runs taken so far, by their line), as long as the move takes it through no zone:
         * searches on the zones' grid find the same lines for routes that go the same way, and two routes drawn on
         * one line would read as one. The first and last segments stay, so the ports stay where they are.
         */
        private static List<Point> nudged(List<Point> path, List<Box> zones, Map<Long, List<double[]>> runs) {
            List<Point> points = new ArrayList<>(path);
            for (int i = 1; i + 2 < points.size(); i++) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                boolean horizontal = Math.abs(a.y() - b.y()) < 0.01;
                double low = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
                double high = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
                double at = horizontal ? a.y() : a.x();
                for (int k = 1; k <= 8 && taken(runs, horizontal, at, low, high); k++) {
                    double shift = (k % 2 == 1 ? 1 : -1) * ((k + 1) / 2) * TRACK_SPACING;
                    double line = (horizontal ? a.y() : a.x()) + shift;
                    Point c = horizontal ? new Point(a.x(), line) : new Point(line, a.y());
                    Point d = horizontal ? new Point(b.x(), line) : new Point(line, b.y());
                    if (!taken(runs, horizontal, line, low, high) && clear(points.get(i - 1), c, zones)
                            && clear(c, d, zones) && clear(d, points.get(i + 2), zones)) {
                        points.set(i, c);
                        points.set(i + 1, d);
                        at = line;
                        break;
                    }
                }
                runs.computeIfAbsent(runKey(horizontal, at), key -> new ArrayList<>()).add(new double[] {low, high});
            }
            return points;
        }

        private static long runKey(boolean horizontal, double at) {
            return Math.round(at * 2) * 2 + (horizontal ? 1 : 0);
        }

        /** True when a run on the line at {@code at} already covers part of {@code low..high} (touching does not). */
        private static boolean taken(Map<Long, List<double[]>> runs, boolean horizontal, double at, double low,
                double high) {
            for (double[] run : runs.getOrDefault(runKey(horizontal, at), List.of())) {
                if (run[0] < high - 0.01 && low < run[1] - 0.01) {
                    return true;
                }
            }
            return false;
        }

        private static boolean clear(Point a, Point b, List<Box> zones) {
            for (Box zone : zones) {
                if (Detours.through(a, b, zone)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The vertical track each route between one pair of zones takes: midway between the facing sides, or right of
         * both zones, the routes of the pair spread {@link #TRACK_SPACING} apart (closer when many share a narrow gap),
         * in the order of their ports' heights, so that their vertical runs never lie on top of each other.
         */
        private void assignTracks(List<Leg> pair, Map<Leg, Double> tracks) {
            List<Leg> ordered = new ArrayList<>(pair);
            ordered.sort(Comparator.comparingDouble((Leg leg) -> Math.min(leg.out().getLast().y(),
                    leg.in().getLast().y())).thenComparingDouble(leg -> Math.max(leg.out().getLast().y(),
                    leg.in().getLast().y())));
            int n = ordered.size();
            Leg first = ordered.getFirst();
            Box a = first.fromZone();
            Box b = first.toZone();
            if (first.sideBySide()) {
                double left = Math.min(a.maxX(), b.maxX());
                double right = Math.max(a.x(), b.x());
                double room = Math.max(0, right - left - 2 * ZONE_CLEARANCE);
                double spacing = n == 1 ? 0 : Math.min(TRACK_SPACING, room / (n - 1));
                double middle = (left + right) / 2;
                for (int k = 0; k < n; k++) {
                    tracks.put(ordered.get(k), middle + (k - (n - 1) / 2.0) * spacing);
                }
            } else {
                double spacing = n == 1 ? 0 : Math.min(TRACK_SPACING, 60.0 / (n - 1));
                double base = Math.max(a.maxX(), b.maxX()) + 12;
                for (int k = 0; k < n; k++) {
                    tracks.put(ordered.get(k), base + k * spacing);
                }
            }
        }

        private List<Point> edgePoints(DiagramNode source, DiagramNode target, Box s, Box t) {
            int cs = zoneColumn.get(source.zone());
            int ct = zoneColumn.get(target.zone());
            List<Point> points = new ArrayList<>();
            if (source.zone().equals(target.zone())) {
                return busPoints(source, target, s, t);
            } else if (cs == ct) {
                double x = exitTrack(cs);
                points.addAll(way(source, s, true, x));
                points.addAll(way(target, t, true, x).reversed());
            } else if (cs < ct) {
                double x1 = exitTrack(cs);
                points.addAll(way(source, s, true, x1));
                List<Point> in = way(target, t, false, x1).reversed();
                if (ct != cs + 1) {
                    double y = in.getFirst().y();
                    double free = freeY(cs + 1, ct - 1, y);
                    double x2 = entryTrack(ct - 1);
                    points.add(new Point(x1, free));
                    points.add(new Point(x2, free));
                    in = way(target, t, false, x2).reversed();
                }
                points.addAll(in);
            } else {
                // Leftwards: leave by the left side into the gutter before the source column.
                double x1 = entryTrack(cs - 1);
                points.addAll(way(source, s, false, x1));
                List<Point> in = way(target, t, true, x1).reversed();
                if (cs != ct + 1) {
                    double y = in.getFirst().y();
                    double free = freeY(ct + 1, cs - 1, y);
                    double x2 = exitTrack(ct);
                    points.add(new Point(x1, free));
                    points.add(new Point(x2, free));
                    in = way(target, t, true, x2).reversed();
                }
                points.addAll(in);
            }
            return ZonePorts.simplify(points);
        }

        /** Inside one zone: along the zone's left padding, like a bus. */
        private List<Point> busPoints(DiagramNode source, DiagramNode target, Box s, Box t) {
            double x = zoneBoxes.get(source.zone()).x() + ZONE_PADDING / 2;
            List<Point> points = new ArrayList<>(way(source, s, false, x));
            points.addAll(way(target, t, false, x).reversed());
            return ZonePorts.simplify(points);
        }

        /**
         * The way out of node {@code node} (drawn at {@code box}) by its right or left side to the vertical line at
         * {@code x}: straight across when no other member of its zone stands in between, else into the gap beside
         * it and down to the gap below its row, which no member of a grid crosses, and along that. Ends on the line.
         */
        private List<Point> way(DiagramNode node, Box box, boolean right, double x) {
            double side = right ? box.maxX() : box.x();
            double y = box.centerY();
            Point start = new Point(side, y);
            if (!standsBetween(node, box, side, x, y)) {
                return List.of(start, new Point(x, y));
            }
            double beside = right ? side + NODE_GAP_X / 2 : side - NODE_GAP_X / 2;
            double below = box.maxY() + NODE_GAP_Y / 2;
            return List.of(start, new Point(beside, y), new Point(beside, below), new Point(x, below));
        }

        /**
         * True when another member of the node's zone stands across the horizontal line at {@code y}; {@code own} is
         * the node's box as placed (each member's box is its own instance, so identity tells the node apart).
         */
        private boolean standsBetween(DiagramNode node, Box own, double fromX, double toX, double y) {
            double low = Math.min(fromX, toX);
            double high = Math.max(fromX, toX);
            for (Box box : placedMembers.get(node.zone())) {
                if (box != own && box.y() < y && box.maxY() > y && box.x() < high && box.maxX() > low) {
                    return true;
                }
            }
            return false;
        }

        /** Links when zones stand where the user put them: an elbow between the facing sides, the label on it. */
        private void routeLinksDirectly() {
            double labelHeight = TextStyle.LINK_LABEL.lineHeight() + 6;
            for (DiagramEdge link : graph.edgeSet()) {
                if (link.kind() != EdgeKind.LINK) {
                    continue;
                }
                List<Point> points = directPoints(zoneBoxes.get(graph.getEdgeSource(link).id()),
                        zoneBoxes.get(graph.getEdgeTarget(link).id()));
                Point middle = points.size() == 4
                        ? new Point((points.get(1).x() + points.get(2).x()) / 2,
                                (points.get(1).y() + points.get(2).y()) / 2)
                        : new Point((points.get(0).x() + points.getLast().x()) / 2,
                                (points.get(0).y() + points.getLast().y()) / 2);
                String text = DisplayText.fit(link.label(), LINK_LABEL_WIDTH - 2 * TextStyle.BOX_PADDING,
                        TextStyle.LINK_LABEL::width);
                add(new TextBox(text, new Box(middle.x() - LINK_LABEL_WIDTH / 2,
                        middle.y() - labelHeight / 2, LINK_LABEL_WIDTH, labelHeight), TextStyle.LINK_LABEL,
                        link.id()));
                routes.add(new Route(link, points));
            }
        }

        /**
         * An orthogonal elbow from {@code s} to {@code t}: across between their facing sides when they stand side
         * by side, down or up between them when one stands above the other, and around the right when they
         * overlap (a flow within one zone). Spread over a few tracks so that parallel routes stay apart.
         */
        private List<Point> directPoints(Box s, Box t) {
            double spread = (freeTracks++ % 5 - 2) * TRACK_SPACING;
            if (t.x() >= s.maxX() + 8 || s.x() >= t.maxX() + 8) {
                boolean right = t.x() >= s.maxX();
                double sx = right ? s.maxX() : s.x();
                double tx = right ? t.x() : t.maxX();
                double mid = (sx + tx) / 2 + spread;
                return ZonePorts.simplify(List.of(new Point(sx, s.centerY()), new Point(mid, s.centerY()),
                        new Point(mid, t.centerY()), new Point(tx, t.centerY())));
            }
            if (t.y() >= s.maxY() + 8 || s.y() >= t.maxY() + 8) {
                boolean down = t.y() >= s.maxY();
                double sy = down ? s.maxY() : s.y();
                double ty = down ? t.y() : t.maxY();
                double mid = (sy + ty) / 2 + spread;
                return ZonePorts.simplify(List.of(new Point(s.centerX(), sy), new Point(s.centerX(), mid),
                        new Point(t.centerX(), mid), new Point(t.centerX(), ty)));
            }
            double x = Math.max(s.maxX(), t.maxX()) + 12 + Math.abs(spread);
            return ZonePorts.simplify(List.of(new Point(s.maxX(), s.centerY()), new Point(x, s.centerY()),
                    new Point(x, t.centerY()), new Point(t.maxX(), t.centerY())));
        }

        private double freeContentRight() {
            double right = zoneBoxes.values().stream().mapToDouble(Box::maxX).max().orElse(MARGIN);
            for (TextBox text : texts) {
                right = Math.max(right, text.bounds().maxX());
            }
            for (Route route : routes) {
                for (Point point : route.points()) {
                    right = Math.max(right, point.x());
                }
            }
            return right;
        }

        /**
         * Labels each flow edge with its flows, runtime and connectivity, centred on the longest segment of its
         * route where the label covers no other text or node (then the next longest, at a quarter and three
         * quarters); an edge with no free place keeps its label in the hover text only.
         */
        private void labelFlows() {
            for (Route route : routes) {
                DiagramEdge edge = route.edge();
                if (edge.kind() != EdgeKind.FLOW && edge.kind() != EdgeKind.BLOCKED_FLOW) {
                    continue;
                }
                Fitted label = FLOW_LABELS.of(flowLabel(edge));
                double height = TextStyle.FLOW_LABEL.lineHeight() + 2;
                Box place = freePlace(route.points(), label.width(), height);
                if (place != null) {
                    add(new TextBox(label.text(), place, TextStyle.FLOW_LABEL, edge.id()));
                }
            }
        }

        /** "orders · shir-dc · S2S VPN": the flows, the runtime at one end and the connectivity. */
        private String flowLabel(DiagramEdge edge) {
            if (edge.kind() == EdgeKind.BLOCKED_FLOW) {
                return edge.label();
            }
            DiagramNode source = graph.getEdgeSource(edge);
            DiagramNode runtime = source.kind().isRuntime() ? source : graph.getEdgeTarget(edge);
            String runtimeId = runtime.id().substring(runtime.id().indexOf(':') + 1);
            String network = FlowLines.shortName(edge.network());
            return edge.label() + " · " + runtimeId + (network.isEmpty() ? "" : " · " + network);
        }

        private Box freePlace(List<Point> points, double width, double height) {
            // Zones the user placed have no gutters to keep labels in: the drawing grows to hold the label.
            double right = freeZones ? Double.MAX_VALUE
                    : gutterX[gutterX.length - 1] + gutterWidth[gutterWidth.length - 1];
            for (int i : longestFirst(points)) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                boolean horizontal = Math.abs(a.y() - b.y()) < 0.01;
                double length = distance(a, b);
                if (length < (horizontal ? width + 8 : height + 8)) {
                    continue;
                }
                for (double t : LABEL_POSITIONS) {
                    double cx = a.x() + (b.x() - a.x()) * t;
                    double cy = a.y() + (b.y() - a.y()) * t;
                    // On the line first; then beside it (above a horizontal line, right of a vertical one).
                    Box on = new Box(cx - width / 2, cy - height / 2, width, height);
                    if (fits(on, right)) {
                        return on;
                    }
                    Box beside = horizontal ? new Box(cx - width / 2, cy - height - 1, width, height)
                            : new Box(cx + 2, cy - height / 2, width, height);
                    if (fits(beside, right)) {
                        return beside;
                    }
                }
            }
            return null;
        }

        private boolean fits(Box box, double right) {
            return box.x() >= 0 && box.y() >= 0 && box.maxX() <= right && free(box);
        }

        /**
         * The indexes of the route's segments (segment i ends at point i), longest first, equal lengths in route
         * order: a stable insertion sort on a few numbers, where a sorted list of boxed indexes cost an allocation
         * per segment of every flow of every layout.
         */
        private static int[] longestFirst(List<Point> points) {
            int count = points.size() - 1;
            int[] order = new int[Math.max(0, count)];
            double[] length = new double[order.length];
            for (int k = 0; k < count; k++) {
                length[k] = distance(points.get(k), points.get(k + 1));
                int at = k;
                while (at > 0 && length[order[at - 1] - 1] < length[k]) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = k + 1;
            }
            return order;
        }

        private static double distance(Point a, Point b) {
            return Math.hypot(b.x() - a.x(), b.y() - a.y());
        }

        /** A vertical track near the left side of gutter {@code gutter}, for edges leaving column {@code gutter}. */
        private double exitTrack(int gutter) {
            int slots = (int) (TRACK_AREA / TRACK_SPACING);
            return gutterX[gutter] + 8 + (exitTracks[gutter]++ % slots) * TRACK_SPACING;
        }

        /** A vertical track near the right side of gutter {@code gutter}, for edges entering the next column. */
        private double entryTrack(int gutter) {
            int slots = (int) (TRACK_AREA / TRACK_SPACING);
            return gutterX[gutter] + gutterWidth[gutter] - 8 - (entryTracks[gutter]++ % slots) * TRACK_SPACING;
        }

        /**
         * The height nearest {@code desired} at which a horizontal line crosses columns {@code from..to} without
         * passing through a zone or running along its edge (it keeps {@link #ZONE_CLEARANCE} away). Lines that pick
         * the same corridor are spread {@link #TRACK_SPACING} apart, away from the zone they pass, so that two
         * routes never share a segment. Below the lowest zone is always free.
         */
        private double freeY(int from, int to, double desired) {
            List<double[]> blocked = new ArrayList<>();
            List<Integer> keys = new ArrayList<>(columns.keySet());
            for (int c = from; c <= to; c++) {
                for (DiagramNode zone : columns.get(keys.get(c))) {
                    Box box = zoneBoxes.get(zone.id());
                    blocked.add(new double[] {box.y() - ZONE_CLEARANCE, box.maxY() + ZONE_CLEARANCE});
                }
            }
            // Candidates: the desired height (spread downwards), above each zone (upwards), below it (downwards).
            List<double[]> candidates = new ArrayList<>();
            candidates.add(new double[] {desired, 1});
            for (double[] interval : blocked) {
                candidates.add(new double[] {interval[0], -1});
                candidates.add(new double[] {interval[1], 1});
            }
            candidates.sort(Comparator.comparingDouble((double[] c) -> Math.abs(c[0] - desired))
                    .thenComparingDouble(c -> c[0]));
            for (double[] candidate : candidates) {
                long corridor = Math.round(candidate[0]);
                int used = corridorUse.getOrDefault(corridor, 0);
                double y = candidate[0] + candidate[1] * used * TRACK_SPACING;
                if (y >= contentTop - ROUTING_BAND && blocked.stream().noneMatch(i -> y > i[0] && y < i[1])) {
                    corridorUse.put(corridor, used + 1);
                    return y;
                }
            }
            double below = blocked.stream().mapToDouble(i -> i[1]).max().orElse(desired);
            int used = corridorUse.merge(Math.round(below), 1, Integer::sum) - 1;
            return below + used * TRACK_SPACING;
        }

        private void placeTitle(double width) {
            double inner = width - 2 * MARGIN;
            addText(model.title(), MARGIN, MARGIN, inner, TextStyle.TITLE, "");
            addText(model.subtitle(), MARGIN, MARGIN + TextStyle.TITLE.lineHeight() + 4, inner, TextStyle.SUBTITLE,
                    "");
        }

        /** Places the legend and the notes from {@code top}; returns the bottom. */
        private double placeLegend(double top, double width, List<LegendSample> legend) {
            double inner = width - 2 * MARGIN;
            addText("Legend", MARGIN, top, inner, TextStyle.LEGEND_HEADING, "");
            double y = top + TextStyle.LEGEND_HEADING.lineHeight() + 8;
            List<String[]> items = new ArrayList<>(symbolItems());
            items.addAll(networkItems());
            items.addAll(List.of(new String[][] {
                {"BLOCKED_FLOW", "Blocked flow: no runtime reaches both ends"},
                {"CONTROL_CHANNEL", "Command channel to Data Factory, out 443"},
                {"LINK", "Network link (VPN, ExpressRoute)"},
                {"FIREWALL_BOUNDARY", "Firewall boundary: rules configured here"},
                {"ALLOWLIST", "Store firewall must allow the runtime"},
                {"INBOUND_8060", "Windows Firewall: inbound 8060 on the machine"},
                {"WARNING", "Named in a warning (or ends a blocked flow)"},
            }));
            if (model.showsDifferences()) {
                items.add(new String[] {Difference.ADDED.name(), "Added since the earlier version"});
                items.add(new String[] {Difference.CHANGED.name(), "Changed since the earlier version"});
                items.add(new String[] {Difference.REMOVED.name(), "Removed: only the earlier version has it"});
            }
            int perRow = Math.max(1, (int) (inner / LEGEND_CELL_WIDTH));
            double rowHeight = Math.max(TextStyle.LEGEND.lineHeight(), SAMPLE_HEIGHT) + 6;
            for (int i = 0; i < items.size(); i++) {
                double x = MARGIN + (i % perRow) * LEGEND_CELL_WIDTH;
                double rowY = y + (i / perRow) * rowHeight;
                Box sample = new Box(x, rowY, 44, SAMPLE_HEIGHT);
                legend.add(new LegendSample(items.get(i)[0], sample));
                addText(items.get(i)[1], x + 52, rowY + (SAMPLE_HEIGHT - TextStyle.LEGEND.lineHeight()) / 2,
                        LEGEND_CELL_WIDTH - 60, TextStyle.LEGEND, "");
            }
            y += ((items.size() + perRow - 1) / perRow) * rowHeight + 10;
            List<String> notes = model.notes();
            if (notes.isEmpty()) {
                return y;
            }
            addText("Warnings", MARGIN, y, inner, TextStyle.LEGEND_HEADING, "");
            y += TextStyle.LEGEND_HEADING.lineHeight() + 4;
            int shown = Math.min(notes.size(), MAX_NOTES);
            for (int i = 0; i < shown; i++) {
                addText(notes.get(i), MARGIN, y, inner, TextStyle.NOTE, "");
                y += TextStyle.NOTE.lineHeight() + 3;
            }
            if (notes.size() > shown) {
                addText("… and " + (notes.size() - shown) + " more: see the design document", MARGIN, y, inner,
                        TextStyle.NOTE, "");
                y += TextStyle.NOTE.lineHeight() + 3;
            }
            return y;
        }

        /** A symbol sample for each kind of zone and node the diagram draws, in a fixed order. */
        private List<String[]> symbolItems() {
            java.util.Set<NodeKind> drawn = java.util.EnumSet.noneOf(NodeKind.class);
            graph.vertexSet().forEach(node -> drawn.add(node.kind()));
            List<String[]> items = new ArrayList<>();
            for (NodeKind kind : NodeKind.values()) {
                if (drawn.contains(kind)) {
                    items.add(new String[] {SYMBOL + kind.name(), symbolMeaning(kind)});
                }
            }
            if (graph.vertexSet().stream().anyMatch(node -> node.has(Marker.FIREWALL_BOUNDARY))) {
                items.add(new String[] {SYMBOL + "FIREWALL", "Firewall where rules are configured"});
            }
            return items;
        }

        private static String symbolMeaning(NodeKind kind) {
            return switch (kind) {
                case ON_PREMISES_ZONE -> "On-premises network";
                case AZURE_VIRTUAL_NETWORK_ZONE -> "Azure virtual network";
                case AZURE_PUBLIC_ZONE -> "Azure services (public endpoints)";
                case DATA_FACTORY_SERVICE_ZONE -> "Azure Data Factory service";
                case AWS_VPC_ZONE -> "AWS VPC";
                case PUBLIC_INTERNET_ZONE -> "Internet and SaaS";
                case DATA_STORE -> "Data store";
                case STORE_GROUP -> "Stores of one type, counted";
                case SELF_HOSTED_RUNTIME -> "Self-hosted integration runtime";
                case AZURE_RUNTIME -> "Azure integration runtime";
                case DATA_FACTORY -> "Data factory";
            };
        }

        /** A line sample per connectivity the flows use, named in full. */
        private List<String[]> networkItems() {
            java.util.Set<Network> used = java.util.EnumSet.noneOf(Network.class);
            graph.edgeSet().stream().filter(edge -> edge.network() != null).forEach(edge -> used.add(edge.network()));
            return used.stream().map(network -> new String[] {NETWORK + network.name(),
                    FlowLines.shortName(network) + " — " + network.displayName()}).toList();
        }

        private static double clamp(double value, double low, double high) {
            return high < low ? (low + high) / 2 : Math.max(low, Math.min(high, value));
        }
    }
}
