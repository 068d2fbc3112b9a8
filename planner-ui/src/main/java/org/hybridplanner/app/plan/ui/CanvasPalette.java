package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * What can be put on the canvas: every location kind, and the store types grouped by the kind of location they may
 * stand in (a type allowed in several kinds is listed under each). Dragging an item onto the drawing places it
 * where it is dropped (the canvas's script); clicking it, or Enter on it, adds it where the planner picks.
 */
final class CanvasPalette extends Div {
    static final String LOCATION = "location";
    static final String STORE = "store";

    /**
     * @param added called on a click: the palette kind ({@link #LOCATION} or {@link #STORE}), the location kind or
     *     store type, and for a store the location kind of the group it was picked from
     */
    CanvasPalette(Catalog catalog, PaletteClick added) {
        setId("canvas-palette");
        addClassNames(LumoUtility.Padding.Right.SMALL, LumoUtility.Overflow.AUTO);
        getStyle().set("width", "10.5em").set("flex", "none");
        H4 locations = new H4("Locations");
        Span hint = new Span("Drag onto the canvas, or click to add.");
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(locations, hint);
        for (LocationKind kind : LocationKind.values()) {
            add(item("palette-location-" + kind.name(), kind.displayName(), LOCATION, kind.name(),
                    () -> added.accept(LOCATION, kind.name(), null)));
        }
        add(new H4("Data stores"));
        for (LocationKind kind : LocationKind.values()) {
            Div types = new Div();
            Details group = new Details("In " + kind.displayName(), types);
            group.setId("palette-group-" + kind.name());
            boolean opened = kind == LocationKind.ON_PREMISES || kind == LocationKind.AZURE_PUBLIC;
            group.setOpened(opened);
            if (opened) {
                addStoreTypes(types, catalog, kind, added);
            } else {
                // A closed group gets its items when first opened: most editors never open it, and each item is a
                // component kept in the session (docs/deployment.md, "Heap per editor session").
                group.addOpenedChangeListener(event -> {
                    if (event.isOpened() && types.getComponentCount() == 0) {
                        addStoreTypes(types, catalog, kind, added);
                    }
                });
            }
            add(group);
        }
    }

    private static void addStoreTypes(Div types, Catalog catalog, LocationKind kind, PaletteClick added) {
        for (StoreTypeSpec spec : catalog.storeTypesFor(kind)) {
            types.add(item("palette-store-" + kind.name() + "-" + spec.type(), spec.displayName(), STORE,
                    spec.type(), () -> added.accept(STORE, spec.type(), kind)));
        }
    }

    private static Button item(String id, String text, String kind, String value, Runnable click) {
        Button button = new Button(text, event -> click.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-palette-kind", kind);
        button.getElement().setAttribute("data-palette-value", value);
        // A title, not a Vaadin tooltip: a tooltip is a component of its own, and the palette has some 200 items in
        // every open editor (docs/deployment.md, "Heap per editor session").
        button.getElement().setAttribute("title", "Drag onto the canvas to place it, or click to add it");
        button.getStyle().set("cursor", "grab").set("display", "block").set("white-space", "normal")
                .set("text-align", "left").set("height", "auto").set("min-height", "var(--lumo-size-s)");
        return button;
    }

    /** A palette item clicked (or chosen with the keyboard). */
    @FunctionalInterface
    interface PaletteClick extends java.io.Serializable {
        void accept(String paletteKind, String value, LocationKind group);
    }
}
