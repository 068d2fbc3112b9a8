package org.hybridplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of each page with their height on the page and whether they are set as a heading. */
final class PageLines extends PDFTextStripper {
    /** Footers sit 28 pt above the bottom edge; body text ends 60 pt above it. */
    private static final float FOOTER_ZONE = 45;
    private final Map<Integer, List<Line>> lines = new HashMap<>();

    /**
     * One line of text.
     *
     * @param text what it says
     * @param top its baseline, measured down from the top of the page
     * @param heading every glyph bold and at least 9 pt: the document's headings and subheadings
     */
    record Line(String text, float top, boolean heading) {
    }

    PageLines() throws IOException {
        setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        boolean heading = positions.stream().filter(p -> !p.getUnicode().isBlank()).allMatch(p ->
                p.getFont().getName().contains("Bold") && p.getFontSizeInPt() >= 9);
        float top = Math.round(positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0));
        List<Line> page = lines.computeIfAbsent(getCurrentPageNo(), number -> new ArrayList<>());
        // The stripper hands over a line in pieces where the gaps are wide (a label and its value): join them.
        for (int i = 0; i < page.size(); i++) {
            Line line = page.get(i);
            if (Math.abs(line.top() - top) < 2) {
                page.set(i, new Line(line.text() + " " + text, line.top(), line.heading() && heading));
                return;
            }
        }
        page.add(new Line(text, top, heading));
    }

    /** The lowest line above the footer on {@code page} (1-based), or null when it has none. */
    Line lastBodyLine(int page, float pageHeight) {
        return lines.getOrDefault(page, List.of()).stream().filter(line -> line.top() < pageHeight - FOOTER_ZONE)
                .max(Comparator.comparingDouble(Line::top)).orElse(null);
    }
}
