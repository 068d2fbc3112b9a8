package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;

/**
 * A titled list of recommendation items, each with its reason in a column and, on demand (the quote button), the
 * quoted sentence of the Microsoft guidance it rests on, with a link to the published section.
 *
 * @param <T> the recommendation item listed
 */
final class CitedList<T> extends Composite<VerticalLayout> {
    private static final int MAX_ROWS_SHOWN_IN_FULL = 10;
    /** The quote button's tooltip. */
    static final String SOURCE_TOOLTIP = "The reason in full and the guidance it cites";

    private final Grid<T> grid = new Grid<>();
    private final Span none = new Span("None.");
    private final Function<T, List<Reason>> reasons;
    private Recommendation recommendation;
    private List<T> shown;
    private Predicate<T> concerns;

    CitedList(String id, String title, Function<T, List<Reason>> reasons) {
        this.reasons = reasons;
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // planner.css keeps every cell of these lists to two lines, so rows stay short in a narrow pane.
        grid.addClassName("planner-cited-list");
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::sources));
        none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        H4 heading = new H4(title);
        heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(heading, none, grid);
    }

    CitedList<T> column(String header, SerializableFunction<T, String> value) {
        // Short facts get a small share and wrap, so the reason column keeps room and the grid never scrolls sideways.
        return column(header, value, "5rem");
    }

    /**
     * A short-fact column whose header or longest single word (for example "ExpressRoute") needs more than the usual
     * width. The cell shows at most two lines; the whole value is its tooltip. Widths are in rem: a header cell and
     * a body cell resolve em against different font sizes, and columns sized in em do not line up.
     */
    CitedList<T> column(String header, SerializableFunction<T, String> value, String minimumWidth) {
        grid.addColumn(value::apply).setHeader(header).setResizable(true).setWidth(minimumWidth).setFlexGrow(1)
                .setTooltipGenerator(value::apply);
        return this;
    }

    /**
     * Adds the reason column and the button that opens, under the row, every reason in full with its quoted source.
     * The column shows the first sentence in at most two lines, so that a long reason never makes a row hundreds of
     * pixels tall; the whole reason is its tooltip and one click away. The button is an icon with a tooltip: beside
     * four short facts, a 500-pixel pane has no room for a worded button and a readable reason.
     */
    CitedList<T> withReasonAndSource(String header) {
        // Lit renderers, not component columns: a component per cell (a span, a button with its icon and tooltip)
        // stays in the session of every open editor; a renderer sends the row's values and keeps nothing
        // (docs/deployment.md, "Heap per editor session"). Lit escapes the bound text.
        // The quote button shares the reason's cell: a column of its own is a column element with five DOM
        // listeners in the session of every open editor, in each of the pane's lists.
        grid.addColumn(LitRenderer.<T>of("<div class=\"planner-reason-cell\"><span class=\"planner-first-line\""
                + " title=${item.reason}>${item.first}</span><vaadin-button class=\"source-toggle\""
                + " theme=\"tertiary-inline small icon\" aria-label=\"Source\" @click=${toggle}><vaadin-icon"
                + " icon=\"vaadin:quote-left\"></vaadin-icon><vaadin-tooltip slot=\"tooltip\" text=\""
                + SOURCE_TOOLTIP + "\"></vaadin-tooltip></vaadin-button></div>").withProperty("reason", this::reason)
                .withProperty("first", item -> firstSentence(reason(item))).withFunction("toggle", item ->
                        grid.setDetailsVisible(item, !grid.isDetailsVisible(item)))).setHeader(header)
                .setWidth("9rem").setFlexGrow(3).setResizable(true);
        return this;
    }

    private String reason(T item) {
        return reasons.apply(item).stream().findFirst().map(Reason::text).orElse("");
    }

    /** The reason up to the end of its first sentence or line. */
    static String firstSentence(String reason) {
        int newline = reason.indexOf('\n');
        String line = newline < 0 ? reason : reason.substring(0, newline);
        int stop = line.indexOf(". ");
        return stop < 0 ? line : line.substring(0, stop + 1);
    }

    /** Calls {@code listener} with the row the user selects, or null when the selection is cleared. */
    CitedList<T> onSelect(Consumer<T> listener) {
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                listener.accept(event.getValue());
            }
        });
        return this;
    }

    /** Marks the rows {@code concerns} accepts (what the diagram highlights); null marks none. */
    void mark(Predicate<T> concerns) {
        if (concerns == null && this.concerns == null) {
            // Nothing was marked and nothing is: every edit's new design clears the pane's selection, and refreshing
            // the rows here sent each list's visible rows again (at 1,000 stores about 0.14 MB per canvas edit).
            return;
        }
        this.concerns = concerns;
        grid.setPartNameGenerator(item -> this.concerns != null && this.concerns.test(item) ? "concerns-selection"
                : null);
        grid.getDataProvider().refreshAll();
    }

    /** The rows marked as concerning the selection, in list order. */
    List<T> marked() {
        return shown == null || concerns == null ? List.of() : shown.stream().filter(concerns).toList();
    }

    /** Clears the selected row without telling the listener (another list's row was selected). */
    void deselect() {
        if (grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridSingleSelectionModel<?>) {
            grid.asSingleSelect().clear();
        }
    }

    /** Opens the row's reasons and quoted sources under it. */
    void showSources(T item) {
        grid.setDetailsVisible(item, true);
    }

    void show(List<T> items, Recommendation recommendation) {
        this.recommendation = recommendation;
        if (items.equals(shown)) {
            // An edit usually changes a few items; resending thousands of unchanged rows is most of the edit's cost.
            return;
        }
        shown = items;
        grid.setItems(items);
        none.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
        if (items.size() > MAX_ROWS_SHOWN_IN_FULL) {
            grid.setAllRowsVisible(false);
            grid.setHeight("22em");
        } else {
            grid.setAllRowsVisible(true);
        }
    }

    private Div sources(T item) {
        Div sources = new Div();
        sources.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.Padding.Bottom.SMALL);
        for (Reason reason : reasons.apply(item)) {
            Paragraph text = new Paragraph(reason.text());
            text.addClassNames(LumoUtility.Margin.Vertical.XSMALL, "planner-cell-wrap");
            sources.add(text);
            recommendation.reference(reason.reference()).ifPresentOrElse(reference -> sources.add(quote(reference)),
                    () -> sources.add(new Paragraph("Source: " + reason.reference())));
        }
        return sources;
    }

    private static Div quote(Reference reference) {
        Div quote = new Div();
        quote.addClassNames("planner-quote", "source-quote");
        quote.add(new Text("“" + reference.quote() + "” — "));
        Anchor link = new Anchor(reference.url(), reference.document() + ", " + reference.section());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        quote.add(link);
        return quote;
    }
}
