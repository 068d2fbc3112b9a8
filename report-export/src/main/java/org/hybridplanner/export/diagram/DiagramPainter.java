package org.hybridplanner.export.diagram;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramLayout.LegendSample;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.diagram.DiagramNode.Marker;
import org.hybridplanner.export.diagram.DiagramNode.NodeKind;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.export.text.DocumentFonts;
import org.hybridplanner.model.Network;

/**
 * Draws a {@link DiagramLayout} through Java2D. The one renderer behind SVG (JFreeSVG), PNG (a BufferedImage) and
 * the PDF (pdfbox-graphics2d): every target receives the same calls, so they all look the same.
 */
public final class DiagramPainter {
    /** Who picks the font of each character. */
    public enum Glyphs {
        /** This painter: each run of text in the first font of the chain that has it (PNG, PDF). */
        FONT_CHAIN,
        /**
         * The viewer, from the font-family list the target names (SVG): text goes out as one string, and
         * right-to-left text is isolated so that it takes its own direction as in the other targets.
         */
        VIEWER
    }

    private static final Color FIREWALL = new Color(0xC0392B);
    private static final Color WARNING = new Color(0xB91C1C);
    private static final Color FLOW = new Color(0x334E68);
    private static final Color LINK = new Color(0x2F6DB5);
    private static final Color CONTROL = new Color(0x7B4FA0);
    private static final Color ZONE_BORDER = new Color(0x9AA5B1);
    private static final Stroke ZONE_STROKE = new BasicStroke(1.2f);
    private static final Stroke FIREWALL_STROKE =
            new BasicStroke(2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {9, 4}, 0);
    private static final Stroke FLOW_STROKE = new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke BLOCKED_STROKE =
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0);
    private static final Stroke CONTROL_STROKE =
            new BasicStroke(1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {1.5f, 3}, 0);
    private static final Stroke LINK_STROKE = new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    private static final Color ADDED = new Color(0x2F855A);
    private static final Color CHANGED = new Color(0xB7791F);
    private static final Color REMOVED = new Color(0x7B8794);
    private static final Stroke ADDED_STROKE = new BasicStroke(2.8f);
    private static final Stroke CHANGED_STROKE = new BasicStroke(2.4f);
    private static final Stroke REMOVED_STROKE =
            new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {7, 5}, 0);
    /** Highlighted elements get this outline; the rest of the drawing is dimmed to {@link #DIMMED}. */
    private static final Color HIGHLIGHT = new Color(0xF59E0B);
    static final float DIMMED = 0.22f;
    /** The part id of the white background, when {@link ElementMarks#marksBackgroundAndLegend()}. */
    static final String BACKGROUND = ":background";
    /** The part id of the title, notes and legend, when {@link ElementMarks#marksBackgroundAndLegend()}. */
    static final String LEGEND = ":legend";
    private final Glyphs glyphs;
    private final ElementMarks marks;

    /**
     * Where each drawn element begins and ends, for targets that can group what belongs to one element (SVG: a
     * {@code <g>} with the element's classes and hover text). Other targets ignore it.
     */
    public interface ElementMarks {
        /** Everything drawn until the matching {@link #end} belongs to the element {@code id}. */
        void begin(Graphics2D g, String id, String kind, String title, Emphasis emphasis);

        void end(Graphics2D g);

        /**
         * Whether the background ({@link #BACKGROUND}) and the title and legend ({@link #LEGEND}) are marked as
         * parts too, so that a target can replace them on their own (the planner's canvas); exports do not.
         */
        default boolean marksBackgroundAndLegend() {
            return false;
        }

        /** Marks nothing. */
        ElementMarks NONE = new ElementMarks() {
            @Override
            public void begin(Graphics2D g, String id, String kind, String title, Emphasis emphasis) {
            }

            @Override
            public void end(Graphics2D g) {
            }
        };
    }

    /** How an element is drawn while part of the diagram is highlighted. */
    public enum Emphasis {
        /** Nothing is highlighted. */
        NORMAL,
        /** In the highlighted set: outlined. */
        HIGHLIGHTED,
        /** Outside it: faded. */
        DIMMED
    }

    /** A painter that draws text through the font chain. */
    public DiagramPainter() {
        this(Glyphs.FONT_CHAIN);
    }

    public DiagramPainter(Glyphs glyphs) {
        this(glyphs, ElementMarks.NONE);
    }

    public DiagramPainter(Glyphs glyphs, ElementMarks marks) {
        this.glyphs = glyphs;
        this.marks = marks;
    }

    /** Paints the whole diagram with its top-left corner at the origin of {@code g}. */
    public void paint(Graphics2D g, DiagramLayout layout) {
        paint(g, layout, Set.of());
    }

    /**
     * Paints the diagram with the elements whose ids are in {@code highlighted} (zone, node and edge ids of the
     * {@link DiagramModel}; see {@link DiagramFocus}) outlined and everything else faded; an empty set highlights
     * nothing and fades nothing.
     */
    public void paint(Graphics2D g, DiagramLayout layout, Set<String> highlighted) {
        paint(g, layout, highlighted, part -> true);
    }

    /**
     * Paints only the parts whose ids {@code drawn} accepts (zone, node and edge ids, {@link #BACKGROUND},
     * {@link #LEGEND}), each as it would be drawn in the whole diagram: an update of the parts that changed.
     */
    void paint(Graphics2D g, DiagramLayout layout, Set<String> highlighted, Predicate<String> drawn) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        boolean furniture = marks.marksBackgroundAndLegend();
        Composite opaque = g.getComposite();
        if (drawn.test(BACKGROUND)) {
            if (furniture) {
                marks.begin(g, BACKGROUND, "background", "", Emphasis.NORMAL);
            }
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
            if (furniture) {
                marks.end(g);
            }
        }
        // Only what is drawn: a canvas's update draws a few dozen of thousands of parts.
        Map<String, List<TextBox>> textsOf =
                textsByOwner(layout, owner -> drawn.test(owner.isEmpty() ? LEGEND : owner));
        Map<String, Network> networks = new HashMap<>();
        for (Route route : layout.edges()) {
            if (drawn.test(route.edge().id())) {
                networks.put(route.edge().id(), route.edge().network());
            }
        }
        for (Placed zone : layout.zones()) {
            if (!drawn.test(zone.node().id())) {
                continue;
            }
            Emphasis emphasis = emphasis(highlighted, zone.node().id());
            begin(g, zone.node().id(), zone.node().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    tooltip(zone.node()), emphasis, opaque);
            paintZone(g, zone, emphasis);
            paintTexts(g, textsOf.getOrDefault(zone.node().id(), List.of()), networks);
            end(g, opaque);
        }
        for (Route route : layout.edges()) {
            DiagramEdge edge = route.edge();
            if (!drawn.test(edge.id())) {
                continue;
            }
            Emphasis emphasis = emphasis(highlighted, edge.id());
            begin(g, edge.id(), edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), tooltip(edge),
                    emphasis, opaque);
            if (emphasis == Emphasis.HIGHLIGHTED) {
                underlay(g, route.points());
            }
            paintRoute(g, edge.kind(), edge.network(), edge.difference(), route.points());
            paintTexts(g, textsOf.getOrDefault(edge.id(), List.of()), networks);
            end(g, opaque);
        }
        for (Placed node : layout.nodes()) {
            if (!drawn.test(node.node().id())) {
                continue;
            }
            Emphasis emphasis = emphasis(highlighted, node.node().id());
            begin(g, node.node().id(), node.node().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    tooltip(node.node()), emphasis, opaque);
            paintNode(g, node, emphasis);
            paintTexts(g, textsOf.getOrDefault(node.node().id(), List.of()), networks);
            end(g, opaque);
        }
        if (drawn.test(LEGEND)) {
            if (furniture) {
                marks.begin(g, LEGEND, "legend", "", Emphasis.NORMAL);
            }
            paintTexts(g, textsOf.getOrDefault("", List.of()), networks);
            for (LegendSample sample : layout.legend()) {
                paintSample(g, sample);
            }
            if (furniture) {
                marks.end(g);
            }
        }
    }

    /** The texts of the layout by the id of what they label ("" for the title, notes and legend). */
    static Map<String, List<TextBox>> textsByOwner(DiagramLayout layout) {
        return textsByOwner(layout, owner -> true);
    }

    /** The texts of the owners {@code wanted} by the id of what they label. */
    static Map<String, List<TextBox>> textsByOwner(DiagramLayout layout, Predicate<String> wanted) {
        Map<String, List<TextBox>> textsOf = new HashMap<>();
        for (TextBox text : layout.texts()) {
            if (!wanted.test(text.owner())) {
                continue;
            }
            textsOf.computeIfAbsent(text.owner(), key -> new ArrayList<>()).add(text);
        }
        return textsOf;
    }

    static Emphasis emphasis(Set<String> highlighted, String id) {
        return highlighted.isEmpty() ? Emphasis.NORMAL
                : highlighted.contains(id) ? Emphasis.HIGHLIGHTED : Emphasis.DIMMED;
    }

    private void begin(Graphics2D g, String id, String kind, String title, Emphasis emphasis, Composite opaque) {
        marks.begin(g, id, kind, title, emphasis);
        g.setComposite(emphasis == Emphasis.DIMMED ? AlphaComposite.getInstance(AlphaComposite.SRC_OVER, DIMMED)
                : opaque);
    }

    private void end(Graphics2D g, Composite opaque) {
        g.setComposite(opaque);
        marks.end(g);
    }

    private void paintTexts(Graphics2D g, List<TextBox> texts, Map<String, Network> networks) {
        for (TextBox text : texts) {
            paintText(g, text, networks.get(text.owner()));
        }
    }

    /** The full name and what it is, shown on hover where the drawing had to shorten it. */
    private static String tooltip(DiagramNode node) {
        String title = DisplayText.printable(node.title());
        return node.subtitle().isEmpty() ? title : title + " (" + DisplayText.printable(node.subtitle()) + ")";
    }

    private static String tooltip(DiagramEdge edge) {
        String flows = edge.flows().isEmpty() ? "" : (edge.flows().size() == 1 ? "flow " : "flows ")
                + DisplayText.printable(String.join(", ", edge.flows()));
        return switch (edge.kind()) {
            case LINK -> "Network link: " + DisplayText.printable(edge.label());
            case FLOW -> "Data " + flows + (edge.network() == null ? "" : " over " + edge.network().displayName());
            case BLOCKED_FLOW -> "Blocked " + flows + ": no runtime reaches both ends";
            case CONTROL_CHANNEL -> "Command channel to Data Factory, outbound 443";
        };
    }

    /** A broad amber band under a highlighted route, so that the path stands out from the faded rest. */
    private static void underlay(Graphics2D g, List<Point> points) {
        if (points.size() < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        g.setColor(new Color(0xFDE68A));
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void paintZone(Graphics2D g, Placed zone, Emphasis emphasis) {
        Box box = zone.bounds();
        var shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 14, 14);
        Difference difference = zone.node().difference();
        g.setColor(difference == Difference.REMOVED ? Color.WHITE : zoneFill(zone.node().kind()));
        g.fill(shape);
        if (difference != null) {
            // In a comparison what changed matters more than where rules apply; the badge still names the rules.
            outline(g, difference);
        } else {
            boolean firewall = zone.node().has(Marker.FIREWALL_BOUNDARY);
            g.setColor(firewall ? FIREWALL : ZONE_BORDER);
            g.setStroke(firewall ? FIREWALL_STROKE : ZONE_STROKE);
        }
        g.draw(shape);
        if (emphasis == Emphasis.HIGHLIGHTED) {
            g.setColor(HIGHLIGHT);
            g.setStroke(new BasicStroke(2.4f));
            g.draw(new RoundRectangle2D.Double(box.x() - 3, box.y() - 3, box.width() + 6, box.height() + 6, 16, 16));
        }
        double symbol = ZoneLayout.SYMBOL_SIZE;
        Symbols.draw(g, zone.node().kind(), box.x() + ZoneLayout.ZONE_PADDING, box.y() + 6, symbol);
        if (zone.node().has(Marker.FIREWALL_BOUNDARY)) {
            Symbols.firewall(g, box.maxX() - ZoneLayout.ZONE_PADDING - symbol, box.y() + 6, symbol);
        }
        if (zone.node().has(Marker.WARNING)) {
            Symbols.warning(g, box.maxX() - 8, box.y() - 7, 15);
        }
    }

    /** Sets the colour and stroke that outline an element of a comparison diagram. */
    private static void outline(Graphics2D g, Difference difference) {
        switch (difference) {
            case ADDED -> {
                g.setColor(ADDED);
                g.setStroke(ADDED_STROKE);
            }
            case CHANGED -> {
                g.setColor(CHANGED);
                g.setStroke(CHANGED_STROKE);
            }
            case REMOVED -> {
                g.setColor(REMOVED);
                g.setStroke(REMOVED_STROKE);
            }
        }
    }

    static Color zoneFill(NodeKind kind) {
        return switch (kind) {
            case ON_PREMISES_ZONE -> new Color(0xF1EDE4);
            case AZURE_VIRTUAL_NETWORK_ZONE -> new Color(0xE3EEFB);
            case AZURE_PUBLIC_ZONE -> new Color(0xEEF5FD);
            case DATA_FACTORY_SERVICE_ZONE -> new Color(0xE6F0F8);
            case AWS_VPC_ZONE -> new Color(0xFDF1E3);
            case PUBLIC_INTERNET_ZONE -> new Color(0xEAF6EC);
            default -> Color.WHITE;
        };
    }

    private static void paintRoute(Graphics2D g, EdgeKind kind, Network network, Difference difference,
            List<Point> points) {
        if (points.size() < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        switch (kind) {
            case LINK -> {
                g.setColor(LINK);
                g.setStroke(LINK_STROKE);
            }
            case FLOW -> {
                g.setColor(network == null ? FLOW : FlowLines.color(network));
                g.setStroke(network == null ? FLOW_STROKE : FlowLines.stroke(network));
            }
            case BLOCKED_FLOW -> {
                g.setColor(WARNING);
                g.setStroke(BLOCKED_STROKE);
            }
            case CONTROL_CHANNEL -> {
                g.setColor(CONTROL);
                g.setStroke(CONTROL_STROKE);
            }
        }
        if (difference == Difference.REMOVED) {
            g.setColor(REMOVED);
            g.setStroke(REMOVED_STROKE);
        } else if (difference == Difference.ADDED) {
            g.setColor(ADDED);
        } else if (difference == Difference.CHANGED) {
            g.setColor(CHANGED);
        }
        g.draw(path);
        if (kind != EdgeKind.LINK) {
            g.setStroke(FLOW_STROKE);
            arrowHead(g, points.get(points.size() - 2), points.get(points.size() - 1));
        }
        if (kind == EdgeKind.BLOCKED_FLOW) {
            Point mid = midpoint(points);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(mid.x() - 5, mid.y() - 5, mid.x() + 5, mid.y() + 5));
            g.draw(new Line2D.Double(mid.x() - 5, mid.y() + 5, mid.x() + 5, mid.y() - 5));
        }
    }

    private static Point midpoint(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double length = distance(a, b);
            if (half <= length && length > 0) {
                double t = half / length;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            half -= length;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private static void arrowHead(Graphics2D g, Point from, Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 8;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(to.x(), to.y());
        head.lineTo(to.x() - size * Math.cos(angle - 0.4), to.y() - size * Math.sin(angle - 0.4));
        head.lineTo(to.x() - size * Math.cos(angle + 0.4), to.y() - size * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void paintNode(Graphics2D g, Placed node, Emphasis emphasis) {
        Box box = node.bounds();
        double arc = node.node().kind() == NodeKind.DATA_STORE || node.node().kind() == NodeKind.STORE_GROUP ? 8 : 18;
        var shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), arc, arc);
        g.setColor(switch (node.node().kind()) {
            case SELF_HOSTED_RUNTIME -> new Color(0xFFE8C7);
            case AZURE_RUNTIME -> new Color(0xCFE3FA);
            case DATA_FACTORY -> new Color(0xD9E2EC);
            default -> Color.WHITE;
        });
        Difference difference = node.node().difference();
        if (difference == Difference.REMOVED) {
            g.setColor(Color.WHITE);
        }
        g.fill(shape);
        if (difference != null) {
            outline(g, difference);
        } else {
            boolean warned = node.node().has(Marker.WARNING);
            g.setColor(warned ? WARNING : new Color(0x616E7C));
            g.setStroke(new BasicStroke(warned ? 2f : 1f));
        }
        g.draw(shape);
        if (node.node().kind() == NodeKind.STORE_GROUP) {
            // A second edge behind the first: a stack of stores.
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(box.x() + 4, box.maxY() + 2.5, box.maxX() - 4, box.maxY() + 2.5));
        }
        if (emphasis == Emphasis.HIGHLIGHTED) {
            g.setColor(HIGHLIGHT);
            g.setStroke(new BasicStroke(3f));
            g.draw(new RoundRectangle2D.Double(box.x() - 2.5, box.y() - 2.5, box.width() + 5, box.height() + 5,
                    arc + 4, arc + 4));
        }
        Symbols.draw(g, node.node().kind(), box.x() + 9, box.y() + 7, ZoneLayout.SYMBOL_SIZE);
        if (node.node().has(Marker.WARNING)) {
            Symbols.warning(g, box.maxX() - 8, box.y() - 7, 14);
        }
    }

    private void paintText(Graphics2D g, TextBox text, Network network) {
        Box box = text.bounds();
        TextStyle style = text.style();
        double x = box.x();
        double baseline = box.y() + style.ascent();
        if (style.boxed()) {
            var shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 6, 6);
            g.setColor(style == TextStyle.BADGE ? badgeColor(text.text()) : Color.WHITE);
            g.fill(shape);
            if (style == TextStyle.LINK_LABEL || style == TextStyle.FLOW_LABEL) {
                g.setColor(style == TextStyle.LINK_LABEL ? LINK : network == null ? WARNING : FlowLines.color(network));
                g.setStroke(new BasicStroke(style == TextStyle.LINK_LABEL ? 1.2f : 0.8f));
                g.draw(shape);
            }
            x += TextStyle.BOX_PADDING;
            baseline = box.y() + (box.height() - style.lineHeight()) / 2 + style.ascent();
        }
        g.setFont(style.font());
        g.setColor(style.color());
        String value = text.text();
        if (value.isEmpty()) {
            return;
        }
        if (glyphs == Glyphs.VIEWER) {
            // Java2D lays a label out in the direction of its first strong letter; a browser lays SVG text out left
            // to right unless told otherwise. A first-strong isolate makes the browser do what Java2D does.
            g.drawString(DisplayText.hasRightToLeft(value) ? DisplayText.isolate(value) : value, (float) x,
                    (float) baseline);
        } else if (DocumentFonts.firstFaceOnly(value)) {
            g.drawString(value, (float) x, (float) baseline);
        } else {
            g.drawString(style.attributed(value).getIterator(), (float) x, (float) baseline);
        }
    }

    private static Color badgeColor(String text) {
        return switch (text) {
            case "warning" -> WARNING;
            case "allowlist" -> new Color(0x2F855A);
            case "8060 in" -> new Color(0x8A5A00);
            case "added" -> ADDED;
            case "changed" -> CHANGED;
            case "removed" -> REMOVED;
            default -> FIREWALL;
        };
    }

    private static void paintSample(Graphics2D g, LegendSample sample) {
        Box box = sample.box();
        double y = box.centerY();
        if (sample.kind().startsWith(ZoneLayout.SYMBOL)) {
            String kind = sample.kind().substring(ZoneLayout.SYMBOL.length());
            double size = box.height();
            double x = box.centerX() - size / 2;
            if (kind.equals("FIREWALL")) {
                Symbols.firewall(g, x, box.y(), size);
            } else {
                Symbols.draw(g, NodeKind.valueOf(kind), x, box.y(), size);
            }
            return;
        }
        if (sample.kind().startsWith(ZoneLayout.NETWORK)) {
            Network network = Network.valueOf(sample.kind().substring(ZoneLayout.NETWORK.length()));
            paintRoute(g, EdgeKind.FLOW, network, null, List.of(new Point(box.x(), y), new Point(box.maxX(), y)));
            return;
        }
        switch (sample.kind()) {
            case "FIREWALL_BOUNDARY" -> {
                g.setColor(FIREWALL);
                g.setStroke(FIREWALL_STROKE);
                g.draw(new RoundRectangle2D.Double(box.x() + 2, box.y() + 1, box.width() - 4, box.height() - 2, 6,
                        6));
            }
            case "WARNING" -> Symbols.warning(g, box.centerX() - box.height() / 2, box.y(), box.height());
            case "ALLOWLIST", "INBOUND_8060" -> {
                g.setColor(badgeColor(switch (sample.kind()) {
                    case "ALLOWLIST" -> "allowlist";
                    case "INBOUND_8060" -> "8060 in";
                    default -> "warning";
                }));
                g.fill(new RoundRectangle2D.Double(box.x() + 6, box.y() + 2, box.width() - 12, box.height() - 4, 6,
                        6));
            }
            case "ADDED", "CHANGED", "REMOVED" -> {
                outline(g, Difference.valueOf(sample.kind()));
                g.draw(new RoundRectangle2D.Double(box.x() + 2, box.y() + 1, box.width() - 4, box.height() - 2, 6,
                        6));
            }
            default -> paintRoute(g, EdgeKind.valueOf(sample.kind()), null, null,
                    List.of(new Point(box.x(), y), new Point(box.maxX(), y)));
        }
    }
}
