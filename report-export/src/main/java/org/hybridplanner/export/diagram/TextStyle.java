package org.hybridplanner.export.diagram;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;
import org.hybridplanner.export.text.DocumentFonts;

/** The few text styles of the diagram, with the font and colour each is drawn in. */
public enum TextStyle {
    TITLE(16, true, new Color(0x1F2933)),
    SUBTITLE(10, false, new Color(0x52606D)),
    ZONE_TITLE(12, true, new Color(0x1F2933)),
    ZONE_SUBTITLE(9, false, new Color(0x52606D)),
    NODE_TITLE(11, true, new Color(0x1F2933)),
    NODE_SUBTITLE(9, false, new Color(0x3E4C59)),
    /** A small pill on a node or zone header: "allowlist", "8060 in", "firewall rules", "warning". */
    BADGE(8, true, Color.WHITE),
    /** The type of a network link, on a white box in the gutter between zones. */
    LINK_LABEL(9, true, new Color(0x1D4E89)),
    /** A flow edge's flows, runtime and connectivity, on a white box edged in the flow's colour. */
    FLOW_LABEL(8, false, new Color(0x1F2933)),
    /** Large enough to read when a diagram about 1,800 units wide is fitted to a 1,280-pixel screen. */
    LEGEND(11, false, new Color(0x323F4B)),
    LEGEND_HEADING(12, true, new Color(0x1F2933)),
    NOTE(9, false, new Color(0x9B1C1C));

    /** Horizontal padding inside the boxes of boxed styles (badges, link labels). */
    static final double BOX_PADDING = 4;

    private final Font font;
    private final boolean bold;
    private final float size;
    private final Color color;
    private final double ascent;
    private final double lineHeight;

    TextStyle(float size, boolean bold, Color color) {
        this.font = bold ? DocumentFonts.bold(size) : DocumentFonts.regular(size);
        this.bold = bold;
        this.size = size;
        this.color = color;
        LineMetrics metrics = font.getLineMetrics("Ág", Measure.CONTEXT);
        this.ascent = metrics.getAscent();
        this.lineHeight = Math.ceil(metrics.getAscent() + metrics.getDescent());
    }

    public Font font() {
        return font;
    }

    public Color color() {
        return color;
    }

    public double ascent() {
        return ascent;
    }

    /** Height of one line of this style, without leading. */
    public double lineHeight() {
        return lineHeight;
    }

    /** The advance of {@code text}, each character in the first font of the chain that has it. */
    public double width(String text) {
        if (DocumentFonts.firstFaceOnly(text)) {
            return font.getStringBounds(text, Measure.CONTEXT).getWidth();
        }
        return new TextLayout(attributed(text).getIterator(), Measure.CONTEXT).getAdvance();
    }

    /** {@code text} with the chain's font set on each run, in this style's size and weight. */
    public AttributedString attributed(String text) {
        return DocumentFonts.attributed(text, bold, size);
    }

    /** Holds the render context; enum constants cannot read their own class's static fields while built. */
    private static final class Measure {
        /** Fractional metrics so measured widths match what SVG and PDF viewers lay out. */
        static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
    }

    /** True for styles drawn on a box of their own (the box is the text's bounds). */
    public boolean boxed() {
        return this == BADGE || this == LINK_LABEL || this == FLOW_LABEL;
    }
}
