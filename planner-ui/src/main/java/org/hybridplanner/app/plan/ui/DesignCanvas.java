package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.diagram.SvgDiagramWriter;
import org.hybridplanner.export.diagram.SvgUpdate;
import org.hybridplanner.export.diagram.ZoneOverview;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live diagram: the same SVG the exports write (one painter), inlined in the page so that its elements can be
 * pointed at, with a small script served from the jar ({@code design-canvas.js}) for pan, zoom, drag, connect and
 * drops from the palette. The script reports gestures; {@link Gestures} decides what they mean, and nothing is
 * edited in the browser. Names reach the page only as text escaped by JFreeSVG's XML writer, and the script drops
 * anything executable before inserting the drawing.
 *
 * <p>After the first drawing, an edit sends only the parts of the drawing that changed ({@link SvgUpdate}); a plan
 * of more than {@link #OVERVIEW_ABOVE} stores also gets the zones-and-counts overview ({@link ZoneOverview}), which
 * the script shows instead of the elements while the canvas is zoomed out too far to read them.
 */
final class DesignCanvas extends Div {
    private static final String SCRIPT = script();
    /** Plans with more stores than this get the zoomed-out overview (the size above which exports summarise). */
    static final int OVERVIEW_ABOVE = DiagramModel.SUMMARY_THRESHOLD;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Characters beyond Latin-1 as {@code \\u} escapes (the script's {@code JSON.parse} reads the same): a zone
     * move's 0.93 MB patch holds half a dozen of them (a dash, an ellipsis), and one such character makes a Java
     * string two bytes a character, a 1.9 MB message at the edge of a humongous object, where Latin-1 keeps it at
     * 0.93 MB. Latin-1 characters (a middle dot, accents: hundreds in a move's patch) stay as they are.
     */
    private static final CharacterEscapes BEYOND_LATIN_1 = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c > 0xFF ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    };
    private final Div viewport = new Div();
    private final Div announcer = new Div();
    private final SvgDiagramWriter writer = SvgDiagramWriter.forCanvas();
    private DiagramLayout shown;
    private Plan plan;
    private Recommendation recommendation;
    private Set<String> highlighted = Set.of();
    /** The layout the page shows (null: none yet): the next update is what turns it into {@link #shown}. */
    private DiagramLayout sent;
    private Set<String> sentHighlighted = Set.of();
    /** The overview the page has, cut into its groups (null: none sent yet), to send only the groups that change. */
    private OverviewParts sentOverview;
    private final Gestures gestures;
    private String selectedKind = "";
    private String selectedId = "";
    /** The drawing changed since it was last sent; sent once per round trip, however often it was drawn. */
    private boolean drawingChanged;
    private boolean pushScheduled;

    /** What the user did on the canvas, in diagram units; element kinds as in the SVG's data-element-kind. */
    interface Gestures {
        void dropped(String paletteKind, String value, double x, double y);

        void moved(String kind, String id, double dx, double dy);

        void connected(String kind, String from, String to);

        void selected(String kind, String id);

        void deleteSelected();
    }

    DesignCanvas(Gestures gestures, com.vaadin.flow.component.Component... before) {
        this.gestures = gestures;
        setId("design-canvas");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", "Design canvas. Enter selects the first element, Tab and Shift+Tab"
                + " the next and previous, arrow keys move it, Delete removes it, plus, minus and 0 zoom; every"
                + " action is also in the Settings, Locations, Links, Data stores and Flows tabs");
        getStyle().set("position", "relative").set("display", "flex").set("outline", "none")
                .set("min-height", "0")
                .set("min-width", "0");
        viewport.addClassName("canvas-viewport");
        viewport.getStyle().set("flex", "1").set("min-width", "0").set("overflow", "hidden").set("position", "relative")
                .set("background", "#f8fafc").set("touch-action", "none").set("cursor", "grab")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        // What is selected, read out by screen readers (the drawing itself is pictures and lines to them).
        announcer.setId("canvas-announcement");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden").set("clip-path", "inset(50%)").set("white-space", "nowrap");
        add(before);
        add(viewport, announcer);
    }

    /** Says {@code text} to a screen reader (a status region, not shown). */
    void announce(String text) {
        announcer.setText(text);
    }

    /**
     * Draws {@code layout}; the selection (if it still exists) stays highlighted. The drawing is sent, not kept
     * (docs/deployment.md, heap per editor session): it is drawn from the layout when it goes out, and only the
     * layout the page has is kept, to work out what the next update must change.
     */
    void show(DiagramLayout layout, Plan plan, Recommendation recommendation) {
        this.plan = plan;
        this.recommendation = recommendation;
        show(layout);
    }

    /** Draws {@code layout} of the plan shown (a refused drag: puts the dragged element back). */
    void show(DiagramLayout layout) {
        shown = layout;
        drawingChanged = true;
        push();
    }

    /** Outlines the diagram elements {@code elementIds} and fades the rest; an empty set clears the highlight. */
    void highlight(Set<String> elementIds) {
        if (elementIds.equals(highlighted)) {
            return;
        }
        highlighted = Set.copyOf(elementIds);
        if (shown != null) {
            show(shown);
        }
    }

    void showSelection(String kind, String id) {
        selectedKind = kind == null ? "" : kind;
        selectedId = id == null ? "" : id;
        push();
    }

    void zoom(double factor) {
        getElement().executeJs("this.__canvas && this.__canvas.zoom($0)", factor);
    }

    void fit() {
        getElement().executeJs("this.__canvas && this.__canvas.fit()");
    }

    void connectMode(boolean connect) {
        getElement().executeJs("this.__canvas && this.__canvas.mode($0)", connect ? "connect" : "move");
    }

    /** The drawing as last sent (for tests: what the browser shows). */
    String svg() {
        if (shown == null) {
            return null;
        }
        String document = writer.svg(shown, highlighted);
        return document.substring(document.indexOf("<svg"));
    }

    /**
     * Sends the drawing and the selection just before the response goes out, once: an edit that redraws and then
     * selects the new element sends the (at 1,000 stores, megabyte-sized) drawing once, and a change of selection
     * alone sends no drawing at all.
     */
    private void push() {
        if (shown == null || pushScheduled) {
            return;
        }
        pushScheduled = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> send()));
    }

    private void send() {
        pushScheduled = false;
        if (!drawingChanged) {
            getElement().executeJs("this.__canvas && this.__canvas.select($0, $1)", selectedKind, selectedId);
            return;
        }
        drawingChanged = false;
        SvgUpdate update = sent == null ? null : writer.update(sent, sentHighlighted, shown, highlighted);
        String overview = plan != null && plan.dataStores().size() > OVERVIEW_ABOVE
                ? ZoneOverview.svg(shown, plan, recommendation) : "";
        OverviewParts overviewParts = OverviewParts.of(overview);
        if (update == null || update.isWhole()) {
            String document = update == null ? writer.svg(shown, highlighted) : update.document();
            getElement().executeJs("this.__canvas && this.__canvas.update($0, $1, $2, $3)",
                    document.substring(document.indexOf("<svg")), overview, selectedKind, selectedId);
        } else {
            // The overview's groups that changed, or (null) the whole overview when they cannot be put in alone.
            OverviewParts.Patch overviewPatch = overviewParts.since(sentOverview);
            getElement().executeJs("this.__canvas && this.__canvas.patch($0, $1, $2, $3)",
                    json(update, overviewPatch), overviewPatch == null ? overview : null, selectedKind, selectedId);
        }
        sent = shown;
        sentHighlighted = highlighted;
        sentOverview = overviewParts;
    }

    /**
     * The update as the script reads it: {width, height, removed: [id], parts: [[id, follows, markup]],
     * shifted: [[id, dx, dy]]}, and, when the overview is patched rather than sent whole, overview: {removed: [key],
     * parts: [[key, follows, markup]]}. Written as it goes into one builder sized for the markup, with no map or
     * list between: a zone move's patch is about 0.93 MB, which Jackson's string writer held twice over as UTF-16
     * chunks and their joined copy (a copy that large goes to the old generation at once, as a humongous object).
     */
    static String json(SvgUpdate update, OverviewParts.Patch overview) {
        long markup = 256;
        for (SvgUpdate.Part part : update.parts()) {
            markup += part.markup().length() + part.id().length() * 2L + 16;
        }
        if (overview != null) {
            for (OverviewParts.Part part : overview.parts()) {
                markup += part.markup().length() + part.key().length() * 2L + 16;
            }
        }
        markup += update.shifted().size() * 48L + update.removed().size() * 32L;
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, markup + markup / 16));
        try (JsonGenerator json = JSON.createGenerator(new BuilderWriter(text))) {
            json.setCharacterEscapes(BEYOND_LATIN_1);
            json.writeStartObject();
            json.writeNumberProperty("width", update.width());
            json.writeNumberProperty("height", update.height());
            json.writeName("removed");
            strings(json, update.removed());
            json.writeName("parts");
            json.writeStartArray();
            for (SvgUpdate.Part part : update.parts()) {
                triple(json, part.id(), part.follows(), part.markup()); // follows may be null
            }
            json.writeEndArray();
            json.writeName("shifted");
            json.writeStartArray();
            for (SvgUpdate.Shift shift : update.shifted()) {
                json.writeStartArray();
                json.writeString(shift.id());
                json.writeNumber(shift.dx());
                json.writeNumber(shift.dy());
                json.writeEndArray();
            }
            json.writeEndArray();
            if (overview != null) {
                json.writeName("overview");
                json.writeStartObject();
                json.writeName("removed");
                strings(json, overview.removed());
                json.writeName("parts");
                json.writeStartArray();
                for (OverviewParts.Part part : overview.parts()) {
                    triple(json, part.key(), part.follows(), part.markup()); // follows may be null
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void strings(JsonGenerator json, List<String> values) {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void triple(JsonGenerator json, String id, String follows, String markup) {
        json.writeStartArray();
        json.writeString(id);
        if (follows == null) {
            json.writeNull();
        } else {
            json.writeString(follows);
        }
        json.writeString(markup);
        json.writeEndArray();
    }

    /** A writer into a string builder, unsynchronised (a {@code StringWriter} locks a {@code StringBuffer}). */
    private static final class BuilderWriter extends Writer {
        private final StringBuilder text;

        BuilderWriter(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(SCRIPT);
        drawingChanged = true; // a new page (or a reattach) has no drawing yet
        sent = null;
        sentOverview = null;
        push();
    }

    @ClientCallable
    private void dropped(String paletteKind, String value, double x, double y) {
        gestures.dropped(paletteKind, value, x, y);
    }

    @ClientCallable
    private void moved(String kind, String id, double dx, double dy) {
        gestures.moved(kind, id, dx, dy);
    }

    @ClientCallable
    private void connected(String kind, String from, String to) {
        gestures.connected(kind, from, to);
    }

    @ClientCallable
    private void selected(String kind, String id) {
        gestures.selected(kind, id);
    }

    @ClientCallable
    private void deleteSelected() {
        gestures.deleteSelected();
    }

    private static String script() {
        try (InputStream in = DesignCanvas.class.getResourceAsStream("design-canvas.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
