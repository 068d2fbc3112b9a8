package org.hybridplanner.export.diagram;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    private static final String TITLE_START = TITLE_ATTRIBUTE + "='";
    private static final String GROUP_START = "<g ";
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
     * Requires a writer {@link #forCanvas()}, which remembers the parts of the last {@code after} (a canvas's next
     * update starts from it): a canvas's writer serves one canvas at a time, as its session does.
     */
    public SvgUpdate update(DiagramLayout before, Set<String> highlightedBefore, DiagramLayout after,
            Set<String> highlighted) {
        if (!canvas) {
            throw new IllegalStateException("updates are made by the canvas's writer only");
        }
        Drawing last = this.last;
        Map<String, Look> old = last != null && last.layout() == before && last.highlighted().equals(highlightedBefore)
                ? last.parts() : parts(before, highlightedBefore);
        Map<String, Look> now = parts(after, highlighted);
        this.last = new Drawing(after, Set.copyOf(highlighted), now);
        Diff diff = new Diff();
        for (Map.Entry<String, Look> part : now.entrySet()) {
            diff.compare(part.getKey(), old.get(part.getKey()), part.getValue());
        }
        List<String> removed = new ArrayList<>();
        for (String id : old.keySet()) {
            if (!now.containsKey(id)) {
                removed.add(id);
            }
        }
        if (diff.changed.size() + removed.size() > now.size() * MOST_CHANGED) {
            return SvgUpdate.whole(after.width(), after.height(), svg(after, highlighted));
        }
        return SvgUpdate.parts(after.width(), after.height(), removed, drawnParts(after, highlighted, diff),
                diff.shifted);
    }

    /**
     * The changed parts drawn, each cut from one drawing of them all; the legend, when it changed, from a drawing of
     * its own. Its words hold characters beyond Latin-1 (the dashes of its entries, the ellipsis of "… and 46 more")
     * and the legend is the last part: drawn with the others, one such character made the whole drawing, a zone
     * move's 0.9 MB (the legend changes with it whenever the drawing grows), a string of two bytes a character in
     * each of its copies, where the flows alone stay at one (unless their names need more).
     */
    private List<SvgUpdate.Part> drawnParts(DiagramLayout after, Set<String> highlighted, Diff diff) {
        List<String> changed = diff.changed;
        if (changed.isEmpty()) {
            return List.of();
        }
        boolean legend = changed.getLast().equals(DiagramPainter.LEGEND);
        List<String> markup = new ArrayList<>(changed.size());
        drawn(after, highlighted, legend ? changed.subList(0, changed.size() - 1) : changed, markup);
        if (legend) {
            drawn(after, highlighted, List.of(DiagramPainter.LEGEND), markup);
        }
        List<SvgUpdate.Part> parts = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            parts.add(new SvgUpdate.Part(changed.get(i), diff.follows.get(i), markup.get(i)));
        }
        return parts;
    }

    /** Draws the parts {@code ids} (in painting order) at once and adds the markup of each to {@code markup}. */
    private void drawn(DiagramLayout after, Set<String> highlighted, List<String> ids, List<String> markup) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> drawn = Set.copyOf(ids);
        String body = titlesAsElements(
                paint(after, highlighted, drawn::contains).getSVGElement(null, false, null, null, null));
        int at = body.indexOf(PART_START);
        for (int i = 0; i < ids.size(); i++) {
            int next = body.indexOf(PART_START, at + 1);
            int end = next < 0 ? body.lastIndexOf("</svg>") : next;
            markup.add(body.substring(at, end));
            at = next;
        }
    }

    /**
     * The parts of the last drawing an update was made for, kept so that the next update compares against them
     * instead of making them again (at 1,000 stores about 3,500 parts, a few hundred KB that refer to the layout the
     * canvas keeps anyway).
     */
    private record Drawing(DiagramLayout layout, Set<String> highlighted, Map<String, Look> parts) {
    }

    private Drawing last;

    /**
     * The parts of the new drawing sorted as they compare with the old: changed (drawn again, each after the part
     * it follows in painting order) or moved as a whole. One small method per part, so that the JIT compiles it
     * early and a branch the first moves take does not throw out the compiled loop over thousands of parts.
     */
    private static final class Diff {
        final List<String> changed = new ArrayList<>();
        final List<String> follows = new ArrayList<>();
        final List<SvgUpdate.Shift> shifted = new ArrayList<>();
        private String previous;

        void compare(String id, Look was, Look now) {
            if (was == null || !was.sameAs(now)) {
                Point by = was == null ? null : Shift.between(was, now);
                if (by != null) {
                    shifted.add(new SvgUpdate.Shift(id, by.x(), by.y()));
                } else {
                    changed.add(id);
                    follows.add(previous);
                }
            }
            previous = id;
        }
    }

    /**
     * What decides how a part is drawn: its shape (a placed zone or node, a routed edge; the background's size, the
     * legend's samples), its texts and its emphasis. Equal looks draw the same markup.
     */
    record Look(Object shape, List<TextBox> texts, Emphasis emphasis) {
        /** Equal, checked cheaply first: a layout that keeps an unchanged part's objects makes this identity. */
        boolean sameAs(Look other) {
            return emphasis == other.emphasis && (shape == other.shape || shape.equals(other.shape))
                    && sameTexts(texts, other.texts);
        }

        private static boolean sameTexts(List<TextBox> a, List<TextBox> b) {
            if (a == b) {
                return true;
            }
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                TextBox x = a.get(i);
                TextBox y = b.get(i);
                if (x != y && !x.equals(y)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Every part of the drawing in painting order, with what decides how it looks: equal values draw the same
     * markup, so a part whose value did not change need not be drawn again.
     */
    private static Map<String, Look> parts(DiagramLayout layout, Set<String> highlighted) {
        Map<String, List<TextBox>> texts = DiagramPainter.textsByOwner(layout);
        int count = layout.zones().size() + layout.edges().size() + layout.nodes().size() + 2;
        Map<String, Look> parts = LinkedHashMap.newLinkedHashMap(count);
        parts.put(DiagramPainter.BACKGROUND, new Look(List.of(layout.width(), layout.height()), List.of(),
                Emphasis.NORMAL));
        for (Placed zone : layout.zones()) {
            String id = zone.node().id();
            parts.put(id, new Look(zone, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        for (Route route : layout.edges()) {
            String id = route.edge().id();
            parts.put(id, new Look(route, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        for (Placed node : layout.nodes()) {
            String id = node.node().id();
            parts.put(id, new Look(node, texts.getOrDefault(id, List.of()), DiagramPainter.emphasis(highlighted, id)));
        }
        parts.put(DiagramPainter.LEGEND, new Look(layout.legend(), texts.getOrDefault("", List.of()),
                Emphasis.NORMAL));
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
        new DiagramPainter(DiagramPainter.Glyphs.VIEWER, new GroupMarks(new ElementTags(layout, drawn), canvas))
                .paint(g, layout, highlighted, drawn);
        return g;
    }

    public void write(DiagramLayout layout, OutputStream out) throws IOException {
        out.write(svg(layout).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Moves each group's escaped hover text from its attribute into a {@code <title>} child (still escaped): each
     * {@code <g a='1' data-hp-title='t'>} becomes {@code <g a='1'><title>t</title>}. A scan rather than a regular
     * expression's replacement, which made four strings per group (a canvas update of a zone move has thousands).
     */
    static String titlesAsElements(String svg) {
        StringBuilder out = new StringBuilder(svg.length() + 1024);
        int copied = 0;
        for (int at = svg.indexOf(GROUP_START); at >= 0; at = svg.indexOf(GROUP_START, at + 1)) {
            int tagEnd = svg.indexOf('>', at);
            if (tagEnd < 0) {
                break;
            }
            int title = titleIn(svg, at, tagEnd);
            if (title < 0) {
                continue;
            }
            int attributesEnd = title > at + GROUP_START.length() && svg.charAt(title - 1) == ' ' ? title - 1 : title;
            out.append(svg, copied, attributesEnd).append("><title>")
                    .append(svg, title + TITLE_START.length(), tagEnd - 1).append("</title>");
            copied = tagEnd + 1;
            at = tagEnd;
        }
        return out.append(svg, copied, svg.length()).toString();
    }

    /**
     * Where the hover text's attribute of the group tag {@code [at, tagEnd]} begins, or -1 when the tag has none that
     * ends it (its value, without quotes, running up to the tag's end).
     */
    private static int titleIn(String svg, int at, int tagEnd) {
        for (int title = svg.indexOf(TITLE_START, at + GROUP_START.length()); title >= 0 && title < tagEnd;
                title = svg.indexOf(TITLE_START, title + 1)) {
            int valueStart = title + TITLE_START.length();
            int quote = svg.indexOf('\'', valueStart);
            if (quote == tagEnd - 1) {
                return title;
            }
        }
        return -1;
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
        // One concatenation (one exactly sized string) rather than a builder and its copy: a canvas update of a zone
        // move writes a few hundred thousand coordinates.
        String sign = value < 0 ? "-" : "";
        long whole = hundredths / 100;
        int fraction = (int) (hundredths % 100);
        if (fraction == 0) {
            return sign + whole;
        }
        if (fraction % 10 == 0) {
            return sign + whole + "." + fraction / 10;
        }
        return sign + whole + "." + fraction / 10 + fraction % 10;
    }
}
