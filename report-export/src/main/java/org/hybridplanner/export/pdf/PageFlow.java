package org.hybridplanner.export.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.export.text.DocumentFonts;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Flows text, tables and figures down A4 pages: breaks pages when the next block does not fit, keeps a heading with
 * the first lines of what follows it (a table's header and whole first row), repeats table headers after a break,
 * records bookmarks, and finally stamps "page i of n" footers. All text passes through
 * {@link DisplayText#renderable}; each character is drawn in the first font of the {@link DocumentFonts} chain that
 * has it (embedded as a subset, loaded when first needed), and a line with right-to-left text is shaped and
 * reordered by {@link VisualText} before it is drawn.
 */
final class PageFlow implements AutoCloseable {
    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 56;
    static final float MARGIN_BOTTOM = 60;
    /** The space a figure leaves below itself. */
    static final float FIGURE_GAP = 8;
    static final Color TEXT = new Color(0x1F2933);
    static final Color MUTED = new Color(0x52606D);
    static final Color RULE = new Color(0xBCCCDC);
    static final Color HEADER_FILL = new Color(0xD9E2EC);
    static final Color STRIPE = new Color(0xF5F7FA);
    static final Color ALERT = new Color(0x9B1C1C);
    private static final int MAX_CELL_LINES = 14;

    final PDDocument document;
    /** The first face of the chain, regular: also the token callers use to ask for regular text. */
    final PDFont regular;
    /** The first face of the chain, bold: also the token callers use to ask for bold text. */
    final PDFont bold;
    /** The PDF fonts of the other faces, by face index * 2 + (bold ? 1 : 0), loaded on first use. */
    private final Map<Integer, PDFont> fallbackFonts = new HashMap<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<PDPage> pages = new ArrayList<>();
    /** Glyph advances per font for the Basic Multilingual Plane, NaN until looked up. */
    private final Map<PDFont, float[]> glyphWidths = new HashMap<>();
    /**
     * Headings and subheadings not drawn yet, with the space and the short intro line that may follow them: they
     * are drawn by the next block, on its page, once its start (a table's header and first row) is known.
     */
    private final List<Held> held = new ArrayList<>();
    private float heldHeight;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    /** A step of a heading held back until what it introduces is known: its height and how it is drawn. */
    private record Held(float height, boolean introLine, Drawing drawing) {
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    PageFlow(PDDocument document) throws IOException {
        this.document = document;
        DocumentFonts.Face first = DocumentFonts.faces().get(0);
        try (InputStream regularFile = first.trueType(false); InputStream boldFile = first.trueType(true)) {
            this.regular = PDType0Font.load(document, regularFile, true);
            this.bold = PDType0Font.load(document, boldFile, true);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN_X;
    }

    float y() throws IOException {
        release(0);
        return y;
    }

    void newPage(PDRectangle size) throws IOException {
        release(0);
        startPage(size);
    }

    private void startPage(PDRectangle size) throws IOException {
        closeContent();
        page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN_TOP;
    }

    void newPage() throws IOException {
        newPage(PORTRAIT);
    }

    /**
     * Starts a new portrait page unless {@code height} still fits on this one below any held heading, then draws
     * the held heading: a block that begins with {@code height} points never starts apart from its heading.
     */
    void ensure(float height) throws IOException {
        fitOrBreak(heldHeight + height);
        List<Held> steps = List.copyOf(held);
        held.clear();
        heldHeight = 0;
        for (Held step : steps) {
            step.drawing().draw();
        }
    }

    /** Draws any held heading, moving it to a new page unless {@code following} points fit below it. */
    private void release(float following) throws IOException {
        if (!held.isEmpty()) {
            ensure(following);
        }
    }

    private void fitOrBreak(float height) throws IOException {
        if (page == null || y - height < MARGIN_BOTTOM || page.getMediaBox().getWidth() > PORTRAIT.getWidth()) {
            startPage(PORTRAIT);
        }
    }

    /** Holds a step of a heading back until the block it introduces is drawn (see {@link #ensure}). */
    private void hold(float height, boolean introLine, Drawing drawing) {
        held.add(new Held(height, introLine, drawing));
        heldHeight += height;
    }

    void space(float height) {
        if (held.isEmpty()) {
            y -= height;
        } else {
            hold(height, false, () -> y -= height);
        }
    }

    /** A bookmark to the current position, under {@code parent} (top level when null). */
    PDOutlineItem bookmark(String title, PDOutlineItem parent) throws IOException {
        release(0);
        PDOutlineItem item = outlineItem(title, parent);
        pointAt(item);
        return item;
    }

    private PDOutlineItem outlineItem(String title, PDOutlineItem parent) {
        PDOutlineItem item = new PDOutlineItem();
        String printable = DisplayText.withoutIsolates(DisplayText.printable(title));
        item.setTitle(printable.length() > 120 ? printable.substring(0, 119) + DisplayText.ELLIPSIS : printable);
        if (parent == null) {
            outline.addLast(item);
        } else {
            parent.addLast(item);
        }
        return item;
    }

    private void pointAt(PDOutlineItem item) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(y + 20));
        item.setDestination(destination);
    }

    /** A heading with a bookmark; a level-1 heading starts a fresh page. */
    PDOutlineItem heading(String text, int level, PDOutlineItem parent) throws IOException {
        return heading(text, level, parent, level == 1);
    }

    /**
     * A heading with a bookmark. A level-1 heading starts a fresh page when {@code freshPage} is set, or when less
     * than a third of the page is left. A level-2 or level-3 heading needs room for about four lines below it, and
     * is held back until the next block so that it moves to the next page with that block's start.
     */
    PDOutlineItem heading(String text, int level, PDOutlineItem parent, boolean freshPage) throws IOException {
        float size = level == 1 ? 18 : level == 2 ? 13 : 11;
        if (level == 1) {
            release(0);
            if (freshPage || page == null || y - MARGIN_BOTTOM < 260
                    || page.getMediaBox().getWidth() > PORTRAIT.getWidth()) {
                startPage(PORTRAIT);
            } else {
                space(24);
            }
            PDOutlineItem item = bookmark(text, parent);
            paragraph(text, bold, size, TEXT, 0);
            space(8);
            line(MARGIN_X, y + 4, MARGIN_X + width(), y + 4, RULE, 1);
            space(6);
            return item;
        }
        fitOrBreak(heldHeight + size * 1.4f * 2 + 60);
        space(level == 2 ? 10 : 6);
        PDOutlineItem item = outlineItem(text, parent);
        List<String> lines = wrap(text, bold, size, width(), 200);
        hold(lines.size() * size * 1.35f, false, () -> {
            pointAt(item);
            drawLines(lines, bold, size, TEXT, 0);
        });
        space(3);
        return item;
    }

    /**
     * A bold line that introduces what follows (a table, a checklist): it moves to the next page unless
     * {@code following} points of what it introduces fit below it, and it is held back until the next block so
     * that it also moves with that block's start (a table's header and first row), never standing alone at a
     * page's foot.
     */
    void subheading(String text, float size, Color color, float following) throws IOException {
        List<String> lines = wrap(text, bold, size, width(), 200);
        float height = lines.size() * size * 1.35f;
        fitOrBreak(heldHeight + height + following);
        hold(height, false, () -> drawLines(lines, bold, size, color, 0));
    }

    /**
     * Wrapped text at {@code indent} from the left margin. One short line (at most three wrapped lines) right after
     * a held heading joins it, as the heading's intro: it moves with what follows it too.
     */
    void paragraph(String raw, PDFont font, float size, Color color, float indent) throws IOException {
        float leading = leading(size);
        List<String> lines = wrap(raw, font, size, width() - indent, 200);
        if (!held.isEmpty() && lines.size() <= 3 && held.stream().noneMatch(Held::introLine)) {
            hold(lines.size() * leading, true, () -> drawLines(lines, font, size, color, indent));
            return;
        }
        release(leading * Math.min(lines.size(), 2));
        drawLines(lines, font, size, color, indent);
    }

    private void drawLines(List<String> lines, PDFont font, float size, Color color, float indent)
            throws IOException {
        float leading = leading(size);
        for (String line : lines) {
            ensureLine(leading);
            text(line, font, size, color, MARGIN_X + indent, y - size);
            y -= leading;
        }
    }

    void paragraph(String raw) throws IOException {
        paragraph(raw, regular, 10, TEXT, 0);
    }

    /** A bold label and a wrapped value beside it. */
    void field(String label, String value) throws IOException {
        float labelWidth = 110;
        List<String> lines = wrap(value == null || value.isEmpty() ? "—" : value, regular, 10,
                width() - labelWidth, 40);
        float leading = 13.5f;
        release(leading * Math.min(lines.size(), 3));
        ensureLine(leading * Math.min(lines.size(), 3));
        text(fit(label, bold, 10, labelWidth - 6), bold, 10, MUTED, MARGIN_X, y - 10);
        for (String line : lines) {
            ensureLine(leading);
            text(line, regular, 10, TEXT, MARGIN_X + labelWidth, y - 10);
            y -= leading;
        }
    }

    /** A quoted source sentence: muted text behind a bar, then its citation. */
    void quote(String quote, String citation) throws IOException {
        List<String> lines = wrap("“" + quote + "”", regular, 9, width() - 30, 30);
        float leading = 12.5f;
        release(leading * Math.min(lines.size(), 2));
        for (String line : lines) {
            ensureLine(leading);
            fillRect(MARGIN_X + 12, y - leading, 2.5f, leading, RULE);
            text(line, regular, 9, MUTED, MARGIN_X + 22, y - 9.5f);
            y -= leading;
        }
        if (citation != null && !citation.isEmpty()) {
            for (String line : wrap("— " + citation, regular, 8, width() - 30, 4)) {
                ensureLine(11);
                text(line, regular, 8, MUTED, MARGIN_X + 22, y - 8.5f);
                y -= 11;
            }
        }
        space(4);
    }

    /** One checklist item: an empty box and wrapped text. */
    void checkItem(String raw) throws IOException {
        List<String> lines = wrap(raw, regular, 10, width() - 22, 30);
        float leading = 13.5f;
        release(leading * Math.min(lines.size(), 3));
        ensureLine(leading);
        strokeRect(MARGIN_X + 2, y - 10.5f, 9, 9, MUTED);
        for (String line : lines) {
            ensureLine(leading);
            text(line, regular, 10, TEXT, MARGIN_X + 18, y - 10);
            y -= leading;
        }
        space(2);
    }

    /** A bullet and wrapped text. */
    void bullet(String raw, Color color) throws IOException {
        List<String> lines = wrap(raw, regular, 10, width() - 16, 40);
        float leading = 13.5f;
        release(leading * Math.min(lines.size(), 2));
        ensureLine(leading);
        text("•", regular, 10, color, MARGIN_X + 3, y - 10);
        for (String line : lines) {
            ensureLine(leading);
            text(line, regular, 10, color, MARGIN_X + 14, y - 10);
            y -= leading;
        }
    }

    /**
     * A table across the text width. Columns share the width by weight; cells wrap (at most 14 lines, then an
     * ellipsis); a row never splits; the header starts on the page of the first row, with the heading held before
     * it, and repeats on every page the table continues on.
     */
    void table(List<String> headers, float[] weights, List<List<String>> rows) throws IOException {
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = width() * weights[i] / total;
        }
        float size = 8.5f;
        float leading = 11;
        float padding = 4;
        List<List<String>> headerCells = cells(headers, bold, size, widths, padding);
        float headerHeight = rowHeight(headerCells, leading, padding);
        float firstRowHeight = rows.isEmpty() ? leading * 2 + 2 * padding
                : rowHeight(cells(rows.get(0), regular, size, widths, padding), leading, padding);
        ensure(headerHeight + firstRowHeight);
        drawRow(headerCells, widths, headerHeight, leading, padding, bold, size, HEADER_FILL);
        boolean stripe = false;
        for (List<String> row : rows) {
            List<List<String>> cells = cells(row, regular, size, widths, padding);
            float height = rowHeight(cells, leading, padding);
            if (y - height < MARGIN_BOTTOM) {
                startPage(PORTRAIT);
                drawRow(headerCells, widths, headerHeight, leading, padding, bold, size, HEADER_FILL);
            }
            drawRow(cells, widths, height, leading, padding, regular, size, stripe ? STRIPE : null);
            stripe = !stripe;
        }
        space(10);
    }

    private List<List<String>> cells(List<String> row, PDFont font, float size, float[] widths, float padding) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
            cells.add(wrap(value, font, size, widths[i] - 2 * padding, MAX_CELL_LINES));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, float leading, float padding) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * leading + 2 * padding;
    }

    private void drawRow(List<List<String>> cells, float[] widths, float height, float leading, float padding,
            PDFont font, float size, Color fill) throws IOException {
        float x = MARGIN_X;
        if (fill != null) {
            fillRect(MARGIN_X, y - height, width(), height, fill);
        }
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - padding - size;
            for (String line : cells.get(i)) {
                text(line, font, size, TEXT, x + padding, lineY);
                lineY -= leading;
            }
            x += widths[i];
        }
        line(MARGIN_X, y - height, MARGIN_X + width(), y - height, RULE, 0.5f);
        y -= height;
    }

    /** The height of a line of wrapped text of {@code size} points. */
    static float leading(float size) {
        return size * 1.35f;
    }

    /** Draws a Java2D-rendered form scaled to fit {@code maxWidth} x {@code maxHeight} at the cursor. */
    void figure(PDFormXObject form, float formWidth, float formHeight, float maxHeight) throws IOException {
        release(0);
        float scale = Math.min(1, Math.min(width() / formWidth, maxHeight / formHeight));
        float drawnHeight = formHeight * scale;
        content.saveGraphicsState();
        // The form's y axis points up from its bottom-left corner; place that corner below the cursor.
        content.transform(Matrix.getTranslateInstance(MARGIN_X, y - drawnHeight));
        content.transform(Matrix.getScaleInstance(scale, scale));
        content.drawForm(form);
        content.restoreGraphicsState();
        strokeRect(MARGIN_X, y - drawnHeight, formWidth * scale, drawnHeight, RULE);
        y -= drawnHeight + FIGURE_GAP;
    }

    /** Stamps the footer on every page: the plan name and "page i of n". */
    void finish(String planName) throws IOException {
        release(0);
        closeContent();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            PDPage target = pages.get(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, target,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float width = target.getMediaBox().getWidth();
                String pageText = "Page " + (i + 1) + " of " + count;
                float pageWidth = textWidth(pageText, regular, 8);
                String name = fit(planName, regular, 8, width - 2 * MARGIN_X - pageWidth - 20);
                footer.setStrokingColor(RULE);
                footer.setLineWidth(0.5f);
                footer.moveTo(MARGIN_X, 40);
                footer.lineTo(width - MARGIN_X, 40);
                footer.stroke();
                write(footer, name, regular, 8, MUTED, MARGIN_X, 28);
                write(footer, pageText, regular, 8, MUTED, width - MARGIN_X - pageWidth, 28);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    List<String> wrap(String raw, PDFont font, float size, float maxWidth, int maxLines) {
        return DisplayText.wrap(safe(raw, font), maxWidth, maxLines, text -> textWidth(text, font, size));
    }

    String fit(String raw, PDFont font, float size, float maxWidth) {
        return DisplayText.fit(safe(raw, font), maxWidth, text -> textWidth(text, font, size));
    }

    /**
     * Renderable text that the PDF font of each character's face can also encode (anything else becomes '?', which
     * the chain's check in {@link DisplayText#renderable} should leave nothing to). Answers are cached per code
     * point: PDF fonts encode one code point at a time, so this is exact and saves re-encoding every string.
     */
    String safe(String raw, PDFont font) {
        String text = DisplayText.renderable(raw);
        float[] widths = glyphWidths(font);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont face = fontFor(cp, font);
            if (!isIsolate(cp) && width(face == font ? widths : glyphWidths(face), face, cp) < 0) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /**
     * The width of already-safe text: the sum of its glyph advances, as PDF viewers lay it out (no kerning), each
     * in its face's font, Arabic in the joining forms it is drawn with.
     */
    float textWidth(String text, PDFont font, float size) {
        String shaped = VisualText.shaped(text);
        float[] widths = glyphWidths(font);
        float total = 0;
        for (int i = 0; i < shaped.length(); ) {
            int cp = shaped.codePointAt(i);
            if (!isIsolate(cp)) {
                PDFont face = fontFor(cp, font);
                total += Math.max(0, width(face == font ? widths : glyphWidths(face), face, cp));
            }
            i += Character.charCount(cp);
        }
        return total / 1000 * size;
    }

    /** The PDF font that draws {@code cp} in the weight of {@code style} (one of {@link #regular}, {@link #bold}). */
    private PDFont fontFor(int cp, PDFont style) {
        if (cp < 0x250) {
            return style;
        }
        int face = DocumentFonts.faceOf(cp);
        return face <= 0 ? style : fontOf(face, style == bold);
    }

    /** The PDF font of face {@code face} of the chain, loaded into the document (as a subset) on first use. */
    PDFont fontOf(int face, boolean boldStyle) {
        if (face == 0) {
            return boldStyle ? bold : regular;
        }
        DocumentFonts.Face chosen = DocumentFonts.faces().get(face);
        // A face without a bold file shares one PDF font between both weights.
        boolean file = boldStyle && !chosen.syntheticBold(true);
        return fallbackFonts.computeIfAbsent(face * 2 + (file ? 1 : 0), key -> {
            try (InputStream in = chosen.trueType(file)) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isIsolate(int cp) {
        return cp == DisplayText.ISOLATE_START || cp == DisplayText.ISOLATE_END;
    }

    private float[] glyphWidths(PDFont font) {
        return glyphWidths.computeIfAbsent(font, key -> {
            float[] widths = new float[0x10000];
            Arrays.fill(widths, Float.NaN);
            return widths;
        });
    }

    /** The advance of one code point in 1/1000 em, or -1 when the font cannot encode it. */
    private static float width(float[] widths, PDFont font, int cp) {
        if (cp < widths.length && !Float.isNaN(widths[cp])) {
            return widths[cp];
        }
        float width;
        try {
            width = font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            width = -1f;
        }
        if (cp < widths.length) {
            widths[cp] = width;
        }
        return width;
    }

    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        release(0);
        write(content, text, font, size, color, x, baseline);
    }

    /**
     * Draws one line of safe text in visual order: run by run, each in its face's font, the next run starting
     * where the previous one's advance ends. Bold runs of a face without a bold file are filled and stroked.
     */
    private void write(PDPageContentStream stream, String logical, PDFont font, float size, Color color, float x,
            float baseline) throws IOException {
        String text = VisualText.visual(logical);
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        if (isLatin(text)) {
            stream.setFont(font, size);
            showPlain(stream, text, font);
        } else {
            boolean boldStyle = font == bold;
            List<DocumentFonts.Run> runs = DocumentFonts.runs(text);
            for (int i = 0; i < runs.size(); i++) {
                DocumentFonts.Run run = runs.get(i);
                PDFont runFont = fontOf(run.face(), boldStyle);
                boolean thicken = DocumentFonts.faces().get(run.face()).syntheticBold(boldStyle);
                stream.setFont(runFont, size);
                if (thicken) {
                    stream.setRenderingMode(RenderingMode.FILL_STROKE);
                    stream.setStrokingColor(color);
                    stream.setLineWidth(size * 0.04f);
                }
                stream.showText(run.text());
                if (thicken) {
                    stream.setRenderingMode(RenderingMode.FILL);
                }
                if (i + 1 < runs.size()) {
                    stream.newLineAtOffset(textWidth(run.text(), runFont, size), 0);
                }
            }
        }
        stream.endText();
    }

    /**
     * Shows text without PDFBox's glyph substitution pass, which rebuilds regular expressions on every call and
     * made most of the document's time; for Latin text it would only add ligatures (which also hurt copying
     * text out of the PDF). Other scripts still go through {@code showText}.
     */
    private static void showPlain(PDPageContentStream stream, String text, PDFont font) throws IOException {
        byte[] encoded = font.encode(text);
        if (font.willBeSubset()) {
            text.codePoints().forEach(font::addToSubset);
        }
        ByteArrayOutputStream operation = new ByteArrayOutputStream(encoded.length * 2 + 8);
        COSWriter.writeString(encoded, operation);
        operation.write(" Tj\n".getBytes(StandardCharsets.US_ASCII));
        stream.appendRawCommands(operation.toByteArray());
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x024F && !(c >= 0x2000 && c <= 0x2BFF && DocumentFonts.faceOf(c) == 0)) {
                return false;
            }
        }
        return true;
    }

    void fillRect(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, width, height);
        content.fill();
    }

    void strokeRect(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(0.8f);
        content.addRect(x, bottom, width, height);
        content.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    private void ensureLine(float leading) throws IOException {
        if (y - leading < MARGIN_BOTTOM) {
            startPage(PORTRAIT);
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
