package org.hybridplanner.export.diagram;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.export.diagram.DiagramPainter.ElementMarks;
import org.hybridplanner.export.diagram.DiagramPainter.Emphasis;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.text.DocumentFonts;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Writes the diagram as a standalone SVG document (JFreeSVG): text stays text (searchable, escaped by JFreeSVG's
 * XML writer), no scripts, no external references. Each zone, node and edge is a {@code <g>} with the classes
 * {@code hp-element}, {@code hp-<kind>} and, while something is highlighted, {@code hp-highlighted} or
 * {@code hp-dimmed}; its first child is a {@code <title>} with the element's full name, which browsers show on hover.
 */
public final class SvgDiagramWriter {
    /** JFreeSVG writes group attributes only; the hover text rides in this one and becomes a child element. */
    private static final String TITLE_ATTRIBUTE = "data-hp-title";
    private static final Pattern TITLED_GROUP = Pattern.compile("<g ([^>]*?) ?" + TITLE_ATTRIBUTE + "='([^']*)'>");
    /** The attribute naming each part of a canvas drawing (a zone, node or edge id of the diagram), unique in it. */
    public static final String PART = "data-diagram-id";
    private static final String PART_START = "<g " + PART + "='";
    /**
     * Above this share of parts changed, an update is the whole drawing: replacing thousands of parts one by one
     * costs the browser more than parsing the whole.
     */
    private static final double MOST_CHANGED = 0.5;
    private final boolean canvas;

    /** A writer of standalone SVG documents (the exports). */
    public SvgDiagramWriter() {
        this(false);
    }

    private SvgDiagramWriter(boolean canvas) {
        this.canvas = canvas;
    }

    /**
     * A writer for the planner's canvas: every part of the drawing (each zone, node and edge, the background, and
     * the title with the legend) is a group named by {@link #PART}, so that {@link #update} can send only the parts
     * that changed. The drawing looks the same as an export's.
     */
    public static SvgDiagramWriter forCanvas() {
        return new SvgDiagramWriter(true);
    }

    /** The SVG document for the laid-out diagram, as a string (what the planner UI embeds). */
    public String svg(DiagramLayout layout) {
        return svg(layout, Set.of());
    }

    /** The SVG document with the elements {@code highlighted} outlined and the rest faded. */
    public String svg(DiagramLayout layout, Set<String> highlighted) {
        SVGGraphics2D g = paint(layout, highlighted, part -> true);
        // The viewBox lets a page scale the drawing to its width (CSS max-width) instead of cropping it; width and
        // height stay, so that the file opened on its own shows at full size.
        ViewBox viewBox = new ViewBox(0, 0, layout.width(), layout.height());
        // No DOCTYPE: the SVG 1.1 DTD is obsolete and safe XML parsers refuse DTDs.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + titlesAsElements(g.getSVGElement(null, true, viewBox, null, null)) + "\n";
    }

    /**
     * What turns the drawing of {@code before} (highlighting {@code highlightedBefore}) into that of {@code after}
     * (highlighting {@code highlighted}): the parts removed, and the parts added or changed with the part each
     * follows; or, when most of the drawing changed, the whole drawing. Only the parts that changed are drawn.
     * Requires a writer {@link #forCanvas()}.
     */
    public SvgUpdate update(DiagramLayout before, Set<String> highlightedBefore, DiagramLayout after,
            Set<String> highlighted) {
        if (!canvas) {
            throw new IllegalStateException("updates are made by the canvas's writer only");
        }
        Map<String, Object> old = parts(before, highlightedBefore);
        Map<String, Object> now = parts(after, highlighted);
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<String> changed = new ArrayList<>();
        List<SvgUpdate.Shift> shifted = new ArrayList<>();
        Map<String, String> follows = new HashMap<>();
        String previous = null;
        for (Map.Entry<String, Object> part : now.entrySet()) {
            Object was = old.get(part.getKey());
            if (!Objects.equals(was, part.getValue())) {
                Point by = was == null ? null : Shift.between(was, part.getValue());
                if (by != null) {
                    shifted.add(new SvgUpdate.Shift(part.getKey(), by.x(), by.y()));
                } else {
                    changed.add(part.getKey());
                    follows.put(part.getKey(), previous);
                }
            }
            previous = part.getKey();
        }
        if (changed.size() + removed.size() > now.size() * MOST_CHANGED) {
            return SvgUpdate.whole(after.width(), after.height(), svg(after, highlighted));
        }
        Set<String> drawn = Set.copyOf(changed);
        String body = changed.isEmpty() ? "" : titlesAsElements(
                paint(after, highlighted, drawn::contains).getSVGElement(null, false, null, null, null));
        List<SvgUpdate.Part> parts = new ArrayList<>(changed.size());
        int at = body.indexOf(PART_START);
        for (String id : changed) {
            int next = body.indexOf(PART_START, at + 1);
            int end = next < 0 ? body.lastIndexOf("</svg>") : next;
            parts.add(new SvgUpdate.Part(id, follows.get(id), body.substring(at, end)));
            at = next;
        }
        return SvgUpdate.parts(after.width(), after.height(), removed, parts, shifted);
    }

    /**
     * Every part of the drawing in painting order, with what decides how it looks: equal values draw the same
     * markup, so a part whose value did not change need not be drawn again.
     */
    private static Map<String, Object> parts(DiagramLayout layout, Set<String> highlighted) {
        Map<String, List<TextBox>> texts = DiagramPainter.textsByOwner(layout);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put(DiagramPainter.BACKGROUND, List.of(layout.width(), layout.height()));
        for (Placed zone : layout.zones()) {
            String id = zone.node().id();
            parts.put(id, List.of(zone, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        for (Route route : layout.edges()) {
            String id = route.edge().id();
            parts.put(id, List.of(route, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        for (Placed node : layout.nodes()) {
            String id = node.node().id();
            parts.put(id, List.of(node, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        parts.put(DiagramPainter.LEGEND, List.of(texts.getOrDefault("", List.of()), layout.legend()));
        return parts;
    }

    private SVGGraphics2D paint(DiagramLayout layout, Set<String> highlighted, Predicate<String> drawn) {
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height());
        g.setDefsKeyPrefix("hp"); // the default prefix holds a timestamp; output must be reproducible
        // Unquoted family names: JFreeSVG puts the style in a single-quoted attribute. The viewer picks each
        // character's font from the list, as the other targets do from the chain.
        g.setFontFunction(font -> DocumentFonts.FAMILY_LIST);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setGeomDoubleConverter(SvgDiagramWriter::coordinate);
        new DiagramPainter(DiagramPainter.Glyphs.VIEWER, new GroupMarks(new ElementTags(layout), canvas))
                .paint(g, layout, highlighted, drawn);
        return g;
    }

    public void write(DiagramLayout layout, OutputStream out) throws IOException {
        out.write(svg(layout).getBytes(StandardCharsets.UTF_8));
    }

    /** Moves each group's escaped hover text from its attribute into a {@code <title>} child (still escaped). */
    static String titlesAsElements(String svg) {
        Matcher matcher = TITLED_GROUP.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + 1024);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("<g " + matcher.group(1) + "><title>"
                    + matcher.group(2) + "</title>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * One {@code <g>} per element, through JFreeSVG's group hints, carrying the plan element it stands for
     * ({@link ElementTags}) for the planner's canvas.
     */
    private static final class GroupMarks implements ElementMarks {
        private final ElementTags tags;
        private final boolean canvas;

        GroupMarks(ElementTags tags, boolean canvas) {
            this.tags = tags;
            this.canvas = canvas;
        }

        @Override
        public boolean marksBackgroundAndLegend() {
            return canvas;
        }

        @Override
        public void begin(Graphics2D g, String id, String kind, String title, Emphasis emphasis) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (canvas) {
                attributes.put(PART, id); // first: an update cuts the drawn parts apart where each begins
            }
            Map<String, String> element = tags.of(id);
            if (element != null) {
                attributes.putAll(element);
            }
            String state = switch (emphasis) {
                case NORMAL -> "";
                case HIGHLIGHTED -> " hp-highlighted";
                case DIMMED -> " hp-dimmed";
            };
            if (element != null || !canvas) {
                attributes.put("class", "hp-element hp-" + kind + state);
            }
            if (!title.isEmpty() || !canvas) {
                attributes.put(TITLE_ATTRIBUTE, title);
            }
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
        }

        @Override
        public void end(Graphics2D g) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    /**
     * A coordinate to two decimals, without trailing zeros ({@code 1771.87}, {@code 24}): a hundredth of a unit is
     * far below a screen pixel at any zoom the canvas allows. JFreeSVG's default writes the shortest exact decimal of
     * each float-derived double ({@code 1771.865966796875}); at 1,000 stores that was 40 % of the time to draw and
     * 1 MB of path data sent to the canvas on every edit.
     */
    static String coordinate(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e15) {
            return Double.toString(value);
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(12);
        if (value < 0) {
            text.append('-');
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }
}
