package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/**
 * A form for one part of a plan. It edits a value with one Binder and fires {@link Changed} when the user changes
 * it; whoever applies the change hands back the problems, which the form shows on the fields they concern (by JSON
 * path) or, for problems elsewhere in the plan, below the fields.
 *
 * @param <T> the model record the form edits
 */
abstract class PlanForm<T> extends Composite<FormLayout> {
    private final Span otherProblems = new Span();
    private boolean loading;

    PlanForm() {
        otherProblems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        otherProblems.setVisible(false);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
    }

    /** Shows {@code value} (an element of {@code plan}) without firing a change. */
    final void edit(T value, Plan plan) {
        loading = true;
        try {
            load(value, plan);
            showProblems(List.of(), "");
        } finally {
            loading = false;
        }
    }

    abstract void load(T value, Plan plan);

    /**
     * Called whenever the edited plan changes while the form may keep showing the same element: a form whose choices
     * depend on other parts of the plan (the networks a store's private endpoint may be in) follows them here.
     */
    void planChanged(Plan plan) {
    }

    /** Runs {@code change} to the fields without firing {@link Changed}. */
    final void quietly(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
    }

    /** The value the fields describe, or empty while a required field is blank. */
    abstract Optional<T> value();

    /**
     * The record the binder's fields describe; empty while the fields cannot make one (a required value blank).
     * Binder builds it with the record's first declared constructor, so bind records that have only one.
     */
    static <R> Optional<R> written(com.vaadin.flow.data.binder.Binder<R> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (com.vaadin.flow.data.binder.ValidationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The fields by the plan-format property they edit (for example {@code id}, {@code egressIps}, or a nested one
     * such as {@code runtimeNodes.count}; a problem goes to the field of its longest matching property).
     */
    abstract Map<String, HasValidation> fieldsByProperty();

    /** Adds the fields, then the line that shows problems elsewhere in the plan. */
    final void layOut(com.vaadin.flow.component.Component... fields) {
        getContent().add(fields);
        getContent().add(otherProblems);
        getContent().setColspan(otherProblems, 2);
    }

    /** Call from field listeners: fires {@link Changed} unless the form is being loaded. */
    final void changed() {
        if (!loading) {
            fireEvent(new Changed(this));
        }
    }

    final boolean isLoading() {
        return loading;
    }

    /** Marks the fields that {@code problems} under {@code pathPrefix} concern; lists the rest below the form. */
    final void showProblems(List<Problem> problems, String pathPrefix) {
        fieldsByProperty().values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        List<String> others = new ArrayList<>();
        for (Problem problem : problems) {
            HasValidation field = problem.path().startsWith(pathPrefix + ".")
                    ? field(problem.path().substring(pathPrefix.length() + 1))
                    : null;
            if (field != null) {
                String message = problem.value() == null ? capitalised(problem.message())
                        : "\"" + problem.value() + "\" " + problem.message();
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + message : message);
                field.setInvalid(true);
            } else {
                others.add(problem.toString());
            }
        }
        otherProblems.setText(others.isEmpty() ? "" : "Not applied: " + String.join("; ", others));
        otherProblems.setVisible(!others.isEmpty());
    }

    /** {@code runtimeNodes.addresses[1]}: the field of {@code runtimeNodes.addresses}, else of {@code runtimeNodes}. */
    private HasValidation field(String relativePath) {
        int index = relativePath.indexOf('[');
        String property = index >= 0 ? relativePath.substring(0, index) : relativePath;
        Map<String, HasValidation> fields = fieldsByProperty();
        while (!fields.containsKey(property) && property.contains(".")) {
            property = property.substring(0, property.lastIndexOf('.'));
        }
        return fields.get(property);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    /** The user changed a field of the form. */
    static final class Changed extends ComponentEvent<PlanForm<?>> {
        Changed(PlanForm<?> source) {
            super(source, false);
        }
    }
}
