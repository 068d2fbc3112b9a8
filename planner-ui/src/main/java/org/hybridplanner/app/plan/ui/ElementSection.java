package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/**
 * One list of a plan (locations, links, stores or flows): a grid to pick an element, add and remove buttons, and
 * the element's form. Edits in the form are applied at once when the plan stays valid; otherwise the form shows
 * why and the plan keeps its last valid state.
 *
 * @param <E> the model record listed
 */
abstract class ElementSection<E> extends Composite<VerticalLayout> {
    private static final int MAX_ROWS_SHOWN_IN_FULL = 8;

    final PlanEditing editing;
    private final String path;
    private final PlanForm<E> form;
    private final Grid<Indexed<E>> grid = new Grid<>();
    private final Button add;
    private final Button remove;
    private final Span emptyHint = new Span();
    private int selected = -1;
    private boolean refreshing;
    private List<E> shown;

    /**
     * @param noun what one element is called ("location"), used in ids and button captions
     * @param path the plan-format array the elements are in ("locations")
     */
    ElementSection(PlanEditing editing, String noun, String path, PlanForm<E> form) {
        this.editing = editing;
        this.path = path;
        this.form = form;
        this.add = new Button("Add " + noun, click -> addElement());
        this.remove = new Button("Remove " + noun, click -> removeElement());
        add.setId("add-" + noun.replace(' ', '-'));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        remove.setId("remove-" + noun.replace(' ', '-'));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        grid.setId(path + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addSelectionListener(event -> {
            if (!refreshing) {
                select(event.getFirstSelectedItem().map(Indexed::index).orElse(-1));
            }
        });
        form.addChangedListener(event -> formChanged());
        emptyHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        getContent().setPadding(false);
        getContent().add(new HorizontalLayout(add, remove), emptyHint, grid, form);
    }

    abstract List<E> elements(Plan plan);

    /** The plan with a new element added, or empty when the plan lacks what an element needs. */
    abstract Optional<Plan> added(Plan plan);

    /** Why nothing can be added yet (shown when {@link #added} is empty). */
    abstract String cannotAddReason();

    abstract Plan replaced(Plan plan, int index, E element);

    /** Removing the element at {@code index} with everything that depends on it. */
    abstract ElementRemoval removal(Plan plan, int index);

    /** Adds the grid's columns. */
    abstract void columns(Grid<Indexed<E>> grid);

    /** Call once from the subclass constructor, after its fields are set. */
    final void init() {
        columns(grid);
        grid.getColumns().forEach(column -> column.setResizable(true));
    }

    /** Shows the plan's elements again, keeping the selected one (and its form) when it still exists. */
    final void refresh(Plan plan) {
        List<E> elements = elements(plan);
        form.planChanged(plan);
        if (elements == shown) {
            // Plan lists are immutable and edits reuse untouched ones: same list, nothing to redraw (this keeps an
            // edit on a 1,000-store plan from re-sending every grid).
            return;
        }
        shown = elements;
        refreshing = true;
        try {
            grid.setItems(IntStream.range(0, elements.size()).mapToObj(i -> new Indexed<>(i, elements.get(i)))
                    .toList());
            if (elements.size() > MAX_ROWS_SHOWN_IN_FULL) {
                grid.setAllRowsVisible(false);
                grid.setHeight("18em");
            } else {
                grid.setAllRowsVisible(true);
            }
            if (selected >= elements.size()) {
                selected = -1;
            }
            if (selected >= 0) {
                grid.select(new Indexed<>(selected, elements.get(selected)));
                if (!form.value().equals(Optional.of(elements.get(selected)))) {
                    form.edit(elements.get(selected), plan);
                }
            }
        } finally {
            refreshing = false;
        }
        emptyHint.setText(elements.isEmpty() ? "None yet." : "");
        emptyHint.setVisible(elements.isEmpty());
        form.setVisible(selected >= 0);
        remove.setEnabled(selected >= 0);
    }

    private void select(int index) {
        selected = index;
        if (index >= 0) {
            form.edit(elements(editing.plan()).get(index), editing.plan());
        }
        form.setVisible(index >= 0);
        remove.setEnabled(index >= 0);
    }

    private void addElement() {
        Optional<Plan> candidate = added(editing.plan());
        if (candidate.isEmpty()) {
            notifyProblem(cannotAddReason());
            return;
        }
        List<Problem> problems = editing.apply(candidate.get());
        if (!problems.isEmpty()) {
            notifyProblem("Cannot add: " + problems.get(0));
            return;
        }
        int last = elements(editing.plan()).size() - 1;
        grid.select(new Indexed<>(last, elements(editing.plan()).get(last)));
    }

    /**
     * Removes the selected element at once when nothing depends on it (undo brings it back, so no question is
     * asked); otherwise asks first, naming what depends on it, and removes them together.
     */
    private void removeElement() {
        if (selected < 0) {
            return;
        }
        ElementRemoval removal = removal(editing.plan(), selected);
        if (removal.dependants().isEmpty()) {
            remove(removal);
        } else {
            RemovalDialog.ask(removal, () -> remove(removal));
        }
    }

    private void remove(ElementRemoval removal) {
        List<Problem> problems = editing.apply(removal.plan());
        if (!problems.isEmpty()) {
            // Not expected (dependants go with the element); say so in words rather than leave the click unanswered.
            notifyProblem("Could not remove " + removal.element() + ": " + problems.get(0).message());
            return;
        }
        grid.deselectAll();
        // The focus must not stay on the Remove button, now disabled: a disabled button swallows keys, Ctrl+Z too.
        // The grid's host element takes no focus, so the section's other button does.
        add.focus();
        UndoNotification.show(removal.summary(), editing::undo);
    }

    private void formChanged() {
        if (selected < 0) {
            return;
        }
        Optional<E> value = form.value();
        if (value.isEmpty()) {
            form.showProblems(List.of(new Problem("$." + path + "[" + selected + "]", null,
                    "fill in every field to apply the change")), "");
            return;
        }
        List<Problem> problems = editing.apply(replaced(editing.plan(), selected, value.get()));
        form.showProblems(problems, "$." + path + "[" + selected + "]");
    }

    private static void notifyProblem(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
