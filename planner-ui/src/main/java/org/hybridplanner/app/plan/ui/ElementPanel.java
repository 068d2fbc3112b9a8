package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/**
 * The side panel of the canvas: the element clicked, in the same form the tabs use (with its field-level
 * validation), and a button to remove it. Changes are applied as they are typed, like in the tabs. It floats over
 * the canvas's right edge and shows only while an element is selected, so the drawing keeps the whole width when
 * there is nothing to edit; its close button and Escape close it (the element stays selected on the canvas).
 */
final class ElementPanel extends Composite<VerticalLayout> {
    private final PlanEditing editing;
    private final H4 title = new H4();
    private final Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
    // Each form is made when an element of its kind is first selected: most sessions never select one.
    private LocationForm locationForm;
    private DataStoreForm storeForm;
    private LinkForm linkForm;
    private FlowForm flowForm;
    private final Button remove = new Button("Remove", click -> removeSelected());
    private final Runnable removed;
    private final Runnable closed;
    private String kind = "";
    private String id = "";
    /** Closed by the user while its element stays selected; a new selection (or the same one again) opens it. */
    private boolean closedByUser;
    /** Out of the way while the canvas is in connect mode: drags then need the whole drawing, not a form. */
    private boolean connecting;
    private boolean open;

    /**
     * @param removed called after the selected element was removed
     * @param closed called after the user closed the panel (the canvas takes the focus back)
     */
    ElementPanel(PlanEditing editing, Runnable removed, Runnable closed) {
        this.editing = editing;
        this.removed = removed;
        this.closed = closed;
        setId("element-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected element");
        remove.setId("panel-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setTooltipText("Remove it (Delete on the canvas)");
        close.setId("panel-close");
        close.setAriaLabel("Close the side panel");
        close.setTooltipText("Close (Escape); the element stays selected");
        close.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        title.getStyle().set("margin", "0").set("flex", "1");
        HorizontalLayout header = new HorizontalLayout(title, close);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        getContent().setSpacing(false);
        getContent().addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Gap.SMALL);
        // Over the canvas's right edge, not beside it: the drawing keeps its width; the panel's own height at most.
        getContent().getStyle().set("position", "absolute").set("top", "var(--lumo-space-s)")
                .set("right", "var(--lumo-space-s)").set("width", "min(18em, 40%)")
                .set("max-height", "calc(100% - 2 * var(--lumo-space-s))").set("overflow", "auto")
                .set("box-sizing", "border-box").set("z-index", "3").set("background", "var(--lumo-base-color)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-shadow", "var(--lumo-box-shadow-m)");
        getContent().add(header, remove);
        // Escape anywhere in the panel closes it, even while a tooltip (the × button's, say) is open.
        EscapeFirst.install(getElement(), "panel-escape", "", this::close);
        show("", "");
    }

    private LocationForm locationForm() {
        if (locationForm == null) {
            LocationForm form = new LocationForm();
            form.addChangedListener(event -> changed(form, "locations",
                    (plan, index) -> PlanEdits.replaceLocation(plan, index, form.value().orElseThrow()),
                    Location::id));
            locationForm = added(form);
        }
        return locationForm;
    }

    private DataStoreForm storeForm(Plan plan) {
        if (storeForm == null) {
            DataStoreForm form = new DataStoreForm(editing.catalog());
            form.addChangedListener(event -> changed(form, "dataStores",
                    (changed, index) -> PlanEdits.replaceDataStore(changed, index, form.value().orElseThrow()),
                    DataStore::id));
            storeForm = added(form);
            form.planChanged(plan);
        }
        return storeForm;
    }

    private LinkForm linkForm() {
        if (linkForm == null) {
            LinkForm form = new LinkForm(editing.catalog());
            form.addChangedListener(event -> changed(form, "links",
                    (plan, index) -> PlanEdits.replaceLink(plan, index, form.value().orElseThrow()), link -> id));
            linkForm = added(form);
        }
        return linkForm;
    }

    private FlowForm flowForm() {
        if (flowForm == null) {
            FlowForm form = new FlowForm(editing.catalog());
            form.addChangedListener(event -> changed(form, "flows",
                    (plan, index) -> PlanEdits.replaceFlow(plan, index, form.value().orElseThrow()), Flow::id));
            flowForm = added(form);
        }
        return flowForm;
    }

    /** Puts a newly made form just above the Remove button (at most one form shows at a time). */
    private <F extends PlanForm<?>> F added(F form) {
        getContent().addComponentAtIndex(getContent().indexOf(remove), form);
        return form;
    }

    String selectedKind() {
        return kind;
    }

    String selectedId() {
        return id;
    }

    /** Shows the element's form (opening the panel), or hides the panel when {@code kind} is empty. */
    void show(String kind, String id) {
        this.kind = kind == null ? "" : kind;
        this.id = id == null ? "" : id;
        closedByUser = false;
        refresh(editing.plan());
    }

    /** Hides the panel; the element stays selected, and selecting it again opens the panel. */
    void close() {
        if (!open) {
            return;
        }
        closedByUser = true;
        open(false);
        closed.run();
    }

    boolean isOpen() {
        return open;
    }

    /** Keeps the panel closed while the canvas connects elements; afterwards it shows the selection again. */
    void connecting(boolean connecting) {
        this.connecting = connecting;
        refresh(editing.plan());
    }

    /**
     * Shows or hides the panel by its visibility, not its display: hidden, it is out of sight, of the pointer's way
     * and of the accessibility tree, yet keeps its place, so the canvas knows where it will open and pans an element
     * chosen from the keyboard clear of it (design-canvas.js).
     */
    private void open(boolean open) {
        this.open = open;
        getContent().getStyle().set("visibility", open ? "visible" : "hidden");
    }

    /** Moves the keyboard focus to the panel's first field (or its close button when it has none). */
    void focusFirstField() {
        getElement().executeJs("const fields = Array.from(this.querySelectorAll('vaadin-text-field,"
                + " vaadin-combo-box, vaadin-integer-field, vaadin-select, vaadin-checkbox, vaadin-text-area'))"
                + ".filter(f => f.offsetParent !== null);"
                + "(fields[0] || this.querySelector('#panel-close')).focus()");
    }

    /** Shows the selected element as it is in {@code plan}; hides the form when the element is gone. */
    void refresh(Plan plan) {
        if (storeForm != null) {
            storeForm.planChanged(plan);
        }
        int index = index(plan);
        if (index < 0) {
            kind = "";
            id = "";
        }
        showOnly(index < 0 ? null : switch (kind) {
            case "location" -> locationForm();
            case "store" -> storeForm(plan);
            case "link" -> linkForm();
            case "flow" -> flowForm();
            default -> null;
        });
        remove.setVisible(index >= 0);
        open(index >= 0 && !closedByUser && !connecting);
        title.setText(switch (index < 0 ? "" : kind) {
            case "location" -> "Location";
            case "store" -> "Data store";
            case "link" -> "Link";
            case "flow" -> "Flow";
            default -> "Nothing selected";
        });
        if (index < 0) {
            return;
        }
        switch (kind) {
            case "location" -> load(locationForm, plan.locations().get(index), plan);
            case "store" -> load(storeForm, plan.dataStores().get(index), plan);
            case "link" -> load(linkForm, plan.links().get(index), plan);
            default -> load(flowForm, plan.flows().get(index), plan);
        }
    }

    /** Shows {@code shown} (null for none) and hides the other forms made so far. */
    private void showOnly(PlanForm<?> shown) {
        for (PlanForm<?> form : java.util.Arrays.asList(locationForm, storeForm, linkForm, flowForm)) {
            if (form != null) {
                form.setVisible(form == shown);
            }
        }
    }

    private static <E> void load(PlanForm<E> form, E element, Plan plan) {
        if (!form.value().equals(Optional.of(element))) {
            form.edit(element, plan);
        }
    }

    /** The selected element's position in its list, or -1. */
    private int index(Plan plan) {
        List<String> ids = switch (kind) {
            case "location" -> plan.locations().stream().map(Location::id).toList();
            case "store" -> plan.dataStores().stream().map(DataStore::id).toList();
            case "flow" -> plan.flows().stream().map(Flow::id).toList();
            case "link" -> java.util.stream.IntStream.range(0, plan.links().size()).mapToObj(String::valueOf)
                    .toList();
            default -> List.of();
        };
        return ids.indexOf(id);
    }

    private <E> void changed(PlanForm<E> form, String path, Edit edit, Function<E, String> newId) {
        int index = index(editing.plan());
        if (index < 0) {
            return;
        }
        String at = "$." + path + "[" + index + "]";
        Optional<E> value = form.value();
        if (value.isEmpty()) {
            form.showProblems(List.of(new Problem(at, null, "fill in every field to apply the change")), "");
            return;
        }
        // A renamed id must not lose the selection: the panel follows the element to its new id.
        String before = id;
        id = newId.apply(value.get());
        List<Problem> problems = editing.apply(edit.apply(editing.plan(), index));
        if (!problems.isEmpty()) {
            id = before;
        }
        form.showProblems(problems, at);
    }

    private void removeSelected() {
        int index = index(editing.plan());
        if (index < 0) {
            return;
        }
        Plan plan = editing.plan();
        ElementRemoval removal = switch (kind) {
            case "location" -> ElementRemoval.ofLocation(plan, index);
            case "store" -> ElementRemoval.ofDataStore(plan, index);
            case "link" -> ElementRemoval.ofLink(plan, index);
            default -> ElementRemoval.ofFlow(plan, index);
        };
        if (removal.dependants().isEmpty()) {
            remove(removal);
        } else {
            RemovalDialog.ask(removal, () -> remove(removal));
        }
    }

    /** Removes the selection as Delete on the canvas asks (with the same question when others depend on it). */
    void removeSelectedElement() {
        removeSelected();
    }

    private void remove(ElementRemoval removal) {
        List<Problem> problems = editing.apply(removal.plan());
        if (!problems.isEmpty()) {
            com.vaadin.flow.component.notification.Notification.show("Could not remove " + removal.element() + ": "
                    + problems.get(0).message());
            return;
        }
        show("", "");
        removed.run();
        UndoNotification.show(removal.summary(), editing::undo);
    }

    @FunctionalInterface
    private interface Edit extends java.io.Serializable {
        Plan apply(Plan plan, int index);
    }
}
