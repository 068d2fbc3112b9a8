package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Recommendation;

/**
 * The editor's main area: a toolbar (zoom, fit, move or connect, arrange), the palette, the live diagram and the
 * side panel. Every gesture becomes the same plan edit a form makes, applied through {@link PlanEditing}
 * (validated, autosaved, versioned, undoable); the diagram is then drawn again from the new plan.
 */
final class CanvasEditor extends Composite<VerticalLayout> implements DesignCanvas.Gestures {
    private final PlanEditing editing;
    private final CanvasEdits edits;
    private final DesignCanvas canvas;
    private final ElementPanel panel;
    private final Button connect = new Button("Connect", click -> toggleConnect());
    private final Span help = new Span("Drag to move · Connect (or Shift+drag) to link zones or flow stores"
            + " · Delete removes · Keys: Enter, Tab select, arrows move");
    private final Span connectHint = new Span("Connecting: drag from a zone to another zone to link them, or from a"
            + " store to another store for a flow. Escape or Connect again to stop.");
    private boolean connecting;
    private DiagramLayout layout;

    CanvasEditor(PlanEditing editing) {
        this.editing = editing;
        this.edits = new CanvasEdits(editing.catalog());
        this.canvas = new DesignCanvas(this, new CanvasPalette(editing.catalog(), this::paletteClicked));
        this.panel = new ElementPanel(editing, () -> canvasSelection("", ""), this::focusCanvas);
        canvas.getStyle().set("width", "100%").set("height", "100%");
        // The side panel floats over the canvas's right edge: with nothing selected the drawing has the whole width.
        Div body = new Div(canvas, panel);
        body.setId("canvas-body");
        body.setWidthFull();
        body.getStyle().set("position", "relative").set("overflow", "hidden");
        // The page's header, the tabs and the toolbar above it: the canvas ends at the window's bottom edge (at 13rem
        // it reached below it and the editor's pane scrolled, hiding the drawing's bottom).
        body.getStyle().set("height", "calc(100vh - 14rem)").set("min-height", "24rem");
        // Enter on the canvas's selected element (design-canvas.js) opens it in the panel and moves the focus there.
        canvas.getElement().addEventListener("canvas-edit", event -> editByKeyboard(
                event.getEventData().get("event.detail.kind").asString(),
                event.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.kind").addEventData("event.detail.id");
        // Escape anywhere in the editor (the canvas, the toolbar's buttons) ends connect mode, even while the Connect
        // button's tooltip is open under a pointer resting on it after the click; only while connecting.
        EscapeFirst.install(getContent().getElement(), "connect-escape", "#canvas-connect", this::stopConnecting);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(toolbar(), body);
    }

    private HorizontalLayout toolbar() {
        Button zoomIn = new Button("+", click -> canvas.zoom(1.25));
        zoomIn.setId("canvas-zoom-in");
        zoomIn.setAriaLabel("Zoom in");
        Button zoomOut = new Button("−", click -> canvas.zoom(0.8));
        zoomOut.setId("canvas-zoom-out");
        zoomOut.setAriaLabel("Zoom out");
        Button fit = new Button("Fit", click -> canvas.fit());
        fit.setId("canvas-fit");
        fit.setTooltipText("Fit the whole diagram on screen (0 on the canvas)");
        connect.setId("canvas-connect");
        connect.setTooltipText("Drag from one zone to another for a link, from one store to another for a flow"
                + " (or hold Shift while dragging)");
        connect.getElement().setAttribute("aria-pressed", "false");
        connectHint.setId("canvas-connect-hint");
        connectHint.getElement().setAttribute("role", "status");
        connectHint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.BODY,
                LumoUtility.Background.PRIMARY_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.Horizontal.SMALL, LumoUtility.Padding.Vertical.XSMALL);
        connectHint.setVisible(false);
        Button arrange = new Button("Arrange", click -> arrange());
        arrange.setId("canvas-arrange");
        arrange.setTooltipText("Lay everything out automatically again (undo brings the positions back)");
        for (Button button : List.of(zoomIn, zoomOut, fit, connect, arrange)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        help.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        // One line, so the toolbar never takes a second row from the drawing (the whole text on hover).
        help.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0").set("flex", "1");
        help.getElement().setAttribute("title", help.getText());
        HorizontalLayout toolbar = new HorizontalLayout(zoomIn, zoomOut, fit, connect, arrange, help, connectHint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setSpacing(false);
        toolbar.setWidthFull();
        return toolbar;
    }

    /** Draws the plan as designed; the side panel follows the plan. */
    void show(Plan plan, Recommendation recommendation) {
        layout = Exporters.layout(plan, recommendation);
        canvas.show(layout, plan, recommendation);
        panel.refresh(plan);
        canvas.showSelection(panel.selectedKind(), panel.selectedId());
    }

    DiagramLayout layout() {
        return layout;
    }

    DesignCanvas canvas() {
        return canvas;
    }

    /**
     * Connect mode shows as a filled (primary) button, pressed to assistive technology, with a hint of what to do
     * and how to stop. (Primary on top of the toolbar's tertiary style drew white text on no background.)
     */
    private void toggleConnect() {
        connecting = !connecting;
        canvas.connectMode(connecting);
        connect.getElement().setAttribute("aria-pressed", String.valueOf(connecting));
        if (connecting) {
            connect.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            connect.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            connect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        connectHint.setVisible(connecting);
        help.setVisible(!connecting);
        panel.connecting(connecting);
    }

    private void stopConnecting() {
        if (connecting) {
            toggleConnect();
        }
    }

    private void editByKeyboard(String kind, String id) {
        canvasSelection(kind, id);
        if (panel.isOpen()) {
            panel.focusFirstField();
        }
    }

    /** Gives the keyboard focus back to the canvas, where the element stays selected. */
    private void focusCanvas() {
        canvas.getElement().executeJs("this.focus({preventScroll: true})");
    }

    private void arrange() {
        if (editing.plan().layout().isEmpty()) {
            return;
        }
        apply(PlanEdits.arranged(editing.plan()));
    }

    // ---- gestures -----------------------------------------------------------------------------------------------

    @Override
    public void dropped(String paletteKind, String value, double x, double y) {
        Plan plan = editing.plan();
        if (CanvasPalette.LOCATION.equals(paletteKind)) {
            LocationKind kind = locationKind(value);
            if (kind != null) {
                Plan added = edits.dropLocation(plan, kind, x, y);
                applyAndSelect(added, "location", added.locations().getLast().id());
            }
        } else if (CanvasPalette.STORE.equals(paletteKind)) {
            outcome(edits.dropStore(plan, layout, value, x, y), "store");
        }
    }

    @Override
    public void moved(String kind, String id, double dx, double dy) {
        CanvasEdits.Outcome outcome = edits.move(editing.plan(), layout, kind, id, dx, dy);
        if (outcome.plan() == null) {
            refuse(outcome.refusal());
            canvas.show(layout); // put the dragged element back where it is drawn
            return;
        }
        apply(outcome.plan());
    }

    @Override
    public void connected(String kind, String from, String to) {
        if ("store".equals(kind)) {
            Plan before = editing.plan();
            CanvasEdits.Outcome outcome = edits.connectStores(before, from, to);
            if (outcome.plan() == null) {
                refuse(outcome.refusal());
            } else {
                applyAndSelect(outcome.plan(), "flow", outcome.plan().flows().getLast().id());
            }
        } else if ("location".equals(kind)) {
            List<LinkType> types = edits.linkTypes(editing.plan(), from, to);
            if (types.isEmpty()) {
                refuse("No link type joins " + name(from) + " and " + name(to) + ".");
            } else if (types.size() == 1) {
                addLink(from, to, types.get(0));
            } else {
                chooseLinkType(from, to, types);
            }
        }
    }

    @Override
    public void selected(String kind, String id) {
        canvasSelection(kind, id);
    }

    @Override
    public void deleteSelected() {
        panel.removeSelectedElement();
    }

    private void canvasSelection(String kind, String id) {
        panel.show(kind, id);
        canvas.showSelection(panel.selectedKind(), panel.selectedId());
        canvas.announce(CanvasAnnouncement.of(editing.plan(), panel.selectedKind(), panel.selectedId()));
    }

    /** The keyboard's way (and a plain click's): add the element where the planner finds room. */
    private void paletteClicked(String paletteKind, String value, LocationKind group) {
        Plan plan = editing.plan();
        if (CanvasPalette.LOCATION.equals(paletteKind)) {
            LocationKind kind = locationKind(value);
            Plan added = PlanEdits.addLocation(plan, kind, null);
            applyAndSelect(added, "location", added.locations().getLast().id());
            return;
        }
        String preferred = "location".equals(panel.selectedKind()) ? panel.selectedId()
                : plan.locations().stream().filter(l -> l.kind() == group).map(l -> l.id()).findFirst().orElse(null);
        outcome(edits.addStore(plan, value, preferred), "store");
    }

    private void chooseLinkType(String from, String to, List<LinkType> types) {
        Dialog dialog = new Dialog();
        dialog.setId("link-type-dialog");
        dialog.setHeaderTitle("Link " + name(from) + " and " + name(to) + " by");
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        for (LinkType type : types) {
            Button choice = new Button(type.displayName(), click -> {
                dialog.close();
                addLink(from, to, type);
            });
            choice.setId("link-type-" + type.name());
            choices.add(choice);
        }
        dialog.add(choices);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()));
        dialog.open();
    }

    private void addLink(String from, String to, LinkType type) {
        Plan added = PlanEdits.addLink(editing.plan(), from, to, type);
        applyAndSelect(added, "link", String.valueOf(added.links().size() - 1));
    }

    private String name(String locationId) {
        return editing.plan().location(locationId).map(l -> l.name()).orElse(locationId);
    }

    private static LocationKind locationKind(String value) {
        try {
            return LocationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void outcome(CanvasEdits.Outcome outcome, String kind) {
        if (outcome.plan() == null) {
            refuse(outcome.refusal());
        } else {
            applyAndSelect(outcome.plan(), kind, outcome.plan().dataStores().getLast().id());
        }
    }

    private void applyAndSelect(Plan plan, String kind, String id) {
        if (apply(plan)) {
            canvasSelection(kind, id);
        }
    }

    private boolean apply(Plan plan) {
        List<Problem> problems = editing.apply(plan);
        if (!problems.isEmpty()) {
            refuse("Not applied: " + problems.get(0));
            return false;
        }
        return true;
    }

    private static void refuse(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
