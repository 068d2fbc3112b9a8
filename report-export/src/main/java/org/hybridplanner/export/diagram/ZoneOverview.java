package org.hybridplanner.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.export.text.DocumentFonts;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Warning;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The planner canvas's zoomed-out picture of a large plan: each zone where the detailed drawing has it, with its name
 * and counts (stores, flows, blocked flows, warnings) in letters sized to the zone, the links between zones, and the
 * flows between two zones drawn once with their number. It shares the detailed drawing's coordinates, so zooming in
 * from it lands on the same place and a zone dragged in it moves as in the detailed drawing. A zone is a group with
 * {@code data-element-kind="location"} and its location's id (as in the detailed drawing), a link
 * {@code data-element-kind="link"}, and the flows between two zones {@code data-element-kind="zone-flows"} with the
 * two location ids.
 */
public final class ZoneOverview {
    private static final Color FLOW = new Color(0x334E68);
    private static final Color WARNING = new Color(0xB91C1C);
    private static final Color LINK = new Color(0x2F6DB5);
    private static final Color TEXT = new Color(0x1F2933);
    private static final Color SECONDARY = new Color(0x52606D);
    private static final Color ZONE_BORDER = new Color(0x7B8794);

    private ZoneOverview() {
    }

    /** The overview of {@code plan} as {@code recommendation} designs it, over the zones of {@code layout}. */
    public static String svg(DiagramLayout layout, Plan plan, Recommendation recommendation) {
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height());
        g.setDefsKeyPrefix("hpo");
        g.setFontFunction(font -> DocumentFonts.FAMILY_LIST);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setGeomDoubleConverter(SvgDiagramWriter::coordinate);
        Counts counts = new Counts(plan, recommendation);
        Map<String, Box> zones = new LinkedHashMap<>();
        for (Placed zone : layout.zones()) {
            zones.put(zone.node().id(), zone.bounds());
        }
        double unit = unit(layout);
        for (Placed zone : layout.zones()) {
            paintZone(g, zone, counts, unit);
        }
        for (Route route : layout.edges()) {
            if (route.edge().kind() == EdgeKind.LINK) {
                paintLink(g, route, unit);
            }
        }
        counts.betweenZones.forEach((pair, between) -> {
            Box from = zones.get(DiagramModel.zoneId(pair.get(0)));
            Box to = zones.get(DiagramModel.zoneId(pair.get(1)));
            if (from != null && to != null) {
                paintFlows(g, pair, between, from, to, unit);
            }
        });
        return SvgDiagramWriter.titlesAsElements(g.getSVGElement(null, false, null, null, null));
    }

    /**
     * The overview's letter size: a seventieth of the drawing's longer side (at least 14 units), so that the drawing
     * fitted into a canvas a few hundred pixels wide still shows its counts in letters a few pixels high and more.
     */
    private static double unit(DiagramLayout layout) {
        return Math.max(14, Math.max(layout.width(), layout.height()) / 70);
    }

    private static void paintZone(Graphics2D g, Placed zone, Counts counts, double drawingUnit) {
        String zoneId = zone.node().id();
        boolean service = zoneId.equals(DiagramModel.SERVICE_ZONE);
        String location = zoneId.substring(zoneId.indexOf(':') + 1);
        String name = DisplayText.printable(zone.node().title());
        List<String> lines = new ArrayList<>();
        boolean alarming = false;
        Map<String, String> tags = new LinkedHashMap<>();
        if (service) {
            tags.put(ElementTags.ID, "data-factory-service");
            tags.put(ElementTags.KIND, "service");
            lines.add(DisplayText.printable(zone.node().subtitle()));
        } else {
            tags.put(ElementTags.ID, location);
            tags.put(ElementTags.KIND, "location");
            lines.add(Quantity.of(counts.stores.getOrDefault(location, 0), "store") + " · "
                    + Quantity.of(counts.flows.getOrDefault(location, 0), "flow"));
            int blocked = counts.blocked.getOrDefault(location, 0);
            int warnings = counts.warnings.getOrDefault(location, 0);
            lines.add(Quantity.of(blocked, "blocked flow") + " · " + Quantity.of(warnings, "warning"));
            alarming = blocked + warnings > 0;
        }
        tags.put("class", "hp-element hp-overview-zone");
        tags.put("data-hp-title", name + ": " + String.join(", ", lines));
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, tags);
        Box box = zone.bounds();
        // Five lines of text must fit the zone: a small zone (the Data Factory service) gets smaller letters.
        double unit = Math.max(6, Math.min(drawingUnit, Math.min(box.height() / 6.5, box.width() / 8)));
        var shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), unit, unit);
        g.setColor(DiagramPainter.zoneFill(zone.node().kind()));
        g.fill(shape);
        g.setColor(ZONE_BORDER);
        g.setStroke(new BasicStroke((float) (unit / 8)));
        g.draw(shape);
        double width = box.width() - unit;
        double y = box.y() + unit * 0.6;
        y = line(g, name, Font.BOLD, unit * 1.6, TEXT, box.x() + unit / 2, y, width);
        for (int i = 0; i < lines.size(); i++) {
            // The second line (blocked flows and warnings) is red when either is there.
            Color color = i == 1 && alarming ? WARNING : TEXT;
            y = line(g, lines.get(i), Font.PLAIN, unit, color, box.x() + unit / 2, y, width);
        }
        if (!service) {
            line(g, "Zoom in to see its stores", Font.ITALIC, unit * 0.8, SECONDARY, box.x() + unit / 2, y, width);
        }
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }

    /** Draws a line of text at most {@code width} wide (smaller if it would not fit); answers the next line top. */
    private static double line(Graphics2D g, String text, int style, double size, Color color, double x, double top,
            double width) {
        Font font = DocumentFonts.regular((float) size).deriveFont(style);
        FontMetrics metrics = g.getFontMetrics(font);
        double measured = metrics.stringWidth(text);
        if (measured > width && measured > 0) {
            font = font.deriveFont((float) Math.max(size * 0.4, size * width / measured));
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(color);
        double baseline = top + metrics.getAscent();
        String shown = DisplayText.hasRightToLeft(text) ? DisplayText.isolate(text) : text;
        g.drawString(shown, (float) x, (float) baseline);
        return baseline + metrics.getDescent() + size * 0.35;
    }

    private static void paintLink(Graphics2D g, Route route, double unit) {
        List<Point> points = route.points();
        if (points.size() < 2) {
            return;
        }
        Map<String, String> tags = new LinkedHashMap<>(ElementTags.of(route.edge()));
        tags.put("class", "hp-element hp-link");
        tags.put("data-hp-title", "Network link: " + DisplayText.printable(route.edge().label()));
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, tags);
        g.setColor(LINK);
        g.setStroke(new BasicStroke((float) (unit / 3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(polyline(points));
        Point a = points.get(points.size() / 2 - (points.size() % 2 == 0 ? 1 : 0));
        Point b = points.get(points.size() / 2);
        label(g, DisplayText.printable(route.edge().label()), (a.x() + b.x()) / 2, (a.y() + b.y()) / 2, unit, LINK);
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }

    private static void paintFlows(Graphics2D g, List<String> pair, int[] between, Box from, Box to, double unit) {
        Point start = border(from, to.centerX(), to.centerY());
        Point end = border(to, from.centerX(), from.centerY());
        int total = between[0];
        int blocked = between[1];
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(ElementTags.ID, pair.get(0) + " " + pair.get(1));
        tags.put(ElementTags.KIND, "zone-flows");
        tags.put("class", "hp-element hp-zone-flows");
        String text = Quantity.of(total, "flow") + (blocked == 0 ? "" : ", " + blocked + " blocked");
        tags.put("data-hp-title", text + " from " + pair.get(0) + " to " + pair.get(1));
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, tags);
        Color color = blocked == total ? WARNING : FLOW;
        g.setColor(color);
        float width = (float) (unit / 6 * (1 + Math.log10(total)));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(start.x(), start.y(), end.x(), end.y()));
        double angle = Math.atan2(end.y() - start.y(), end.x() - start.x());
        double size = unit * 0.9 + width;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(end.x(), end.y());
        head.lineTo(end.x() - size * Math.cos(angle - 0.4), end.y() - size * Math.sin(angle - 0.4));
        head.lineTo(end.x() - size * Math.cos(angle + 0.4), end.y() - size * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
        label(g, text, (start.x() + end.x()) / 2, (start.y() + end.y()) / 2, unit, blocked > 0 ? WARNING : FLOW);
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }

    /** A boxed label centred on (x, y). */
    private static void label(Graphics2D g, String text, double x, double y, double unit, Color color) {
        Font font = DocumentFonts.regular((float) unit);
        FontMetrics metrics = g.getFontMetrics(font);
        double width = metrics.stringWidth(text) + unit;
        double height = metrics.getHeight() + unit * 0.4;
        var box = new RoundRectangle2D.Double(x - width / 2, y - height / 2, width, height, unit / 2, unit / 2);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (unit / 12)));
        g.draw(box);
        g.setFont(font);
        g.drawString(DisplayText.hasRightToLeft(text) ? DisplayText.isolate(text) : text,
                (float) (x - width / 2 + unit / 2),
                (float) (y - metrics.getHeight() / 2.0 + metrics.getAscent()));
    }

    /** Where the line from the centre of {@code box} towards (x, y) leaves the box. */
    private static Point border(Box box, double x, double y) {
        double dx = x - box.centerX();
        double dy = y - box.centerY();
        if (dx == 0 && dy == 0) {
            return new Point(box.centerX(), box.centerY());
        }
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        t = Math.min(t, 1);
        return new Point(box.centerX() + dx * t, box.centerY() + dy * t);
    }

    private static Path2D.Double polyline(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        return path;
    }

    /** What each location holds and concerns, and the flows between two locations ([all, blocked]). */
    private static final class Counts {
        final Map<String, Integer> stores = new HashMap<>();
        final Map<String, Integer> flows = new HashMap<>();
        final Map<String, Integer> blocked = new HashMap<>();
        final Map<String, Integer> warnings = new HashMap<>();
        final Map<List<String>, int[]> betweenZones = new LinkedHashMap<>();

        Counts(Plan plan, Recommendation recommendation) {
            Map<String, String> locationOf = new HashMap<>();
            for (DataStore store : plan.dataStores()) {
                locationOf.put(store.id(), store.location());
                stores.merge(store.location(), 1, Integer::sum);
            }
            Set<String> blockedFlows = recommendation.flows().stream()
                    .filter(f -> f.status() == FlowStatus.BLOCKED).map(FlowDecision::id).collect(Collectors.toSet());
            Map<String, Set<String>> concerned = new HashMap<>();
            for (Flow flow : plan.flows()) {
                String source = locationOf.get(flow.source());
                String sink = locationOf.get(flow.sink());
                boolean isBlocked = blockedFlows.contains(flow.id());
                Set<String> ends = source == null || sink == null ? Set.of()
                        : source.equals(sink) ? Set.of(source) : Set.of(source, sink);
                concerned.put(flow.id(), ends);
                for (String end : ends) {
                    flows.merge(end, 1, Integer::sum);
                    if (isBlocked) {
                        blocked.merge(end, 1, Integer::sum);
                    }
                }
                if (ends.size() == 2) {
                    int[] between = betweenZones.computeIfAbsent(List.of(source, sink), key -> new int[2]);
                    between[0]++;
                    between[1] += isBlocked ? 1 : 0;
                }
            }
            for (Warning warning : recommendation.warnings()) {
                String subject = warning.subject();
                if (subject == null) {
                    continue;
                }
                Set<String> where = plan.location(subject).isPresent() ? Set.of(subject)
                        : locationOf.containsKey(subject) ? Set.of(locationOf.get(subject))
                        : concerned.getOrDefault(subject, Set.of());
                where.forEach(location -> warnings.merge(location, 1, Integer::sum));
            }
        }
    }
}
