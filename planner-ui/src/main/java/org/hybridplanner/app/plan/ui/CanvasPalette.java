package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * What can be put on the canvas: every location kind, and the store types grouped by the kind of location they may
 * stand in (a type allowed in several kinds is listed under each). Dragging an item onto the drawing places it
 * where it is dropped (the canvas's script); clicking it, or Enter on it, adds it where the planner picks.
 *
 * <p>The palette is the same in every editor, so its markup is made once per catalog and every editor sends that one
 * string: the items are buttons in the browser only, and one click listener on the palette hears them all. As
 * components, its some 50 buttons, their listeners and the groups were a tenth of what an open editor keeps on the
 * server (docs/deployment.md, "Heap per editor session"). Names reach the markup as text escaped by Flow's
 * {@link Element#getOuterHTML()}.
 */
final class CanvasPalette extends Div {
    static final String LOCATION = "location";
    static final String STORE = "store";
    private static final String ITEM = "event.target.closest('[data-palette-kind]')";
    /** What a click sends: the item's kind, value and group (empty for a location); none for a click beside one. */
    static final String ON_ITEM = ITEM + " !== null";
    static final String KIND = ITEM + "?.getAttribute('data-palette-kind')";
    static final String VALUE = ITEM + "?.getAttribute('data-palette-value')";
    static final String GROUP = ITEM + "?.getAttribute('data-palette-group') || ''";
    private static final String ITEM_TITLE = "Drag onto the canvas to place it, or click to add it";
    /** The markup of the last catalog asked for: there is one catalog per process. */
    private static final AtomicReference<Markup> MARKUP = new AtomicReference<>();

    private record Markup(Catalog catalog, String html) {
    }

    /**
     * @param added called on a click: the palette kind ({@link #LOCATION} or {@link #STORE}), the location kind or
     *     store type, and for a store the location kind of the group it was picked from
     */
    CanvasPalette(Catalog catalog, PaletteClick added) {
        setId("canvas-palette");
        addClassNames(LumoUtility.Padding.Right.SMALL);
        getElement().setProperty("innerHTML", markup(catalog));
        // A click on an item, or Enter or Space on it (the browser's button clicks then); the canvas's script stops
        // the click that ends a drag before it gets here.
        getElement().addEventListener("click", event -> {
            String group = event.getEventData().path(GROUP).asString("");
            added.accept(event.getEventData().path(KIND).asString(""), event.getEventData().path(VALUE).asString(""),
                    group.isEmpty() ? null : LocationKind.valueOf(group));
        }).setFilter(ON_ITEM).addEventData(KIND).addEventData(VALUE).addEventData(GROUP);
    }

    /** The palette's content, shared by every palette of {@code catalog}. */
    static String markup(Catalog catalog) {
        Markup made = MARKUP.get();
        if (made == null || made.catalog() != catalog) {
            made = new Markup(catalog, build(catalog));
            MARKUP.set(made);
        }
        return made.html();
    }

    private static String build(Catalog catalog) {
        Element palette = new Element("div");
        Element hint = new Element("span").setText("Drag onto the canvas, or click to add.");
        hint.getClassList().addAll(List.of(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY));
        palette.appendChild(new Element("h4").setText("Locations"), hint);
        for (LocationKind kind : LocationKind.values()) {
            palette.appendChild(item("palette-location-" + kind.name(), kind.displayName(), LOCATION, kind.name(),
                    null));
        }
        palette.appendChild(new Element("h4").setText("Data stores"));
        for (LocationKind kind : LocationKind.values()) {
            Element group = new Element("vaadin-details").setAttribute("id", "palette-group-" + kind.name());
            // The two kinds most plans start with are open; the others are a click away.
            group.setAttribute("opened", kind == LocationKind.ON_PREMISES || kind == LocationKind.AZURE_PUBLIC);
            group.appendChild(new Element("vaadin-details-summary").setAttribute("slot", "summary")
                    .setText("In " + kind.displayName()));
            for (StoreTypeSpec spec : catalog.storeTypesFor(kind)) {
                group.appendChild(item("palette-store-" + kind.name() + "-" + spec.type(), spec.displayName(), STORE,
                        spec.type(), kind));
            }
            palette.appendChild(group);
        }
        return palette.getChildren().map(Element::getOuterHTML).collect(Collectors.joining());
    }

    private static Element item(String id, String text, String kind, String value, LocationKind group) {
        Element button = new Element("vaadin-button").setAttribute("id", id).setAttribute("theme", "small tertiary")
                .setAttribute("class", "palette-item").setAttribute("data-palette-kind", kind)
                .setAttribute("data-palette-value", value).setAttribute("title", ITEM_TITLE).setText(text);
        if (group != null) {
            button.setAttribute("data-palette-group", group.name());
        }
        return button;
    }

    /** A palette item clicked (or chosen with the keyboard). */
    @FunctionalInterface
    interface PaletteClick extends java.io.Serializable {
        void accept(String paletteKind, String value, LocationKind group);
    }
}
