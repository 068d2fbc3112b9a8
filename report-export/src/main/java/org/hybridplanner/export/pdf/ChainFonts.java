package org.hybridplanner.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hybridplanner.export.text.DocumentFonts;

/**
 * Gives the diagram's Java2D text the document's PDF font for each face of the chain, loaded when the diagram first
 * uses it. Text the drawer cannot set as PDF text (right-to-left runs) it draws as outlines, shaped by Java2D.
 */
final class ChainFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final PageFlow flow;

    ChainFonts(PageFlow flow) {
        this.flow = flow;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        String name = font.getFontName();
        return DocumentFonts.byFontName(name).map(face -> flow.fontOf(DocumentFonts.faces().indexOf(face),
                face.boldResource() != null && face.bold().getFontName().equals(name))).orElse(null);
    }
}
