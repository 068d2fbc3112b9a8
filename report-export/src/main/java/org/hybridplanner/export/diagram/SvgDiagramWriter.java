package org.hybridplanner.export.diagram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.hybridplanner.export.text.DocumentFonts;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Writes the diagram as a standalone SVG document (JFreeSVG): text stays text (searchable, escaped by JFreeSVG's
 * XML writer), no scripts, no external references.
 */
public final class SvgDiagramWriter {
    private final DiagramPainter painter = new DiagramPainter(DiagramPainter.Glyphs.VIEWER);

    /** The SVG document for the laid-out diagram, as a string (what the planner UI embeds). */
    public String svg(DiagramLayout layout) {
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height());
        g.setDefsKeyPrefix("hp"); // the default prefix holds a timestamp; output must be reproducible
        // Unquoted family names: JFreeSVG puts the style in a single-quoted attribute. The viewer picks each
        // character's font from the list, as the other targets do from the chain.
        g.setFontFunction(font -> DocumentFonts.FAMILY_LIST);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setGeomDoubleConverter(SvgDiagramWriter::coordinate);
        painter.paint(g, layout);
        // The viewBox lets a page scale the drawing to its width (CSS max-width) instead of cropping it; width and
        // height stay, so that the file opened on its own shows at full size.
        ViewBox viewBox = new ViewBox(0, 0, layout.width(), layout.height());
        // No DOCTYPE: the SVG 1.1 DTD is obsolete and safe XML parsers refuse DTDs.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true, viewBox, null, null)
                + "\n";
    }

    public void write(DiagramLayout layout, OutputStream out) throws IOException {
        out.write(svg(layout).getBytes(StandardCharsets.UTF_8));
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
