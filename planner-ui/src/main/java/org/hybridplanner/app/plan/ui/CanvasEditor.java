package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
    private boolean connecting;
    private DiagramLayout layout;

    CanvasEditor(PlanEditing editing) {
        this.editing = editing;
        this.edits = new CanvasEdits(editing.catalog());
        this.panel = new ElementPanel(editing, () -> canvasSelection("", ""));
        this.canvas = new DesignCanvas(this, new CanvasPalette(editing.catalog(), this::paletteClicked));
        canvas.getStyle().set("flex", "1").set("min-width", "0");
        HorizontalLayout body = new HorizontalLayout(canvas, panel);
        body.setWidthFull();
        body.setPadding(false);
        body.getStyle().set("overflow", "hidden");
        body.getStyle().set("height", "calc(100vh - 13rem)").set("min-height", "26rem");
        body.expand(canvas);
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
        Button arrange = new Button("Arrange", click -> arrange());
        arrange.setId("canvas-arrange");
        arrange.setTooltipText("Lay everything out automatically again (undo brings the positions back)");
        for (Button button : List.of(zoomIn, zoomOut, fit, connect, arrange)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Span help = new Span("Drag to move · Connect (or Shift+drag) to link zones or flow stores · Delete removes"
                + " · Keys: Enter, Tab select, arrows move");
        help.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout toolbar = new HorizontalLayout(zoomIn, zoomOut, fit, connect, arrange, help);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setSpacing(false);
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

    private void toggleConnect() {
        connecting = !connecting;
        canvas.connectMode(connecting);
        connect.getElement().setAttribute("aria-pressed", String.valueOf(connecting));
        if (connecting) {
            connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            connect.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
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
