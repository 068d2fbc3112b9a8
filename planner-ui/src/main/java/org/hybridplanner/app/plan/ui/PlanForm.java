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

    /** The value the fields describe, or empty while a required field is blank. */
    abstract Optional<T> value();

    /** The record the binder's fields describe; empty while the fields cannot make one (a required value blank). */
    /**
     * The element built from the form's shown fields and what it keeps unshown; empty while a field is invalid or
     * missing (the element's own checks refuse it).
     */
    static <S, R> Optional<R> written(com.vaadin.flow.data.binder.Binder<S> binder,
            java.util.function.Function<S, R> build) {
        try {
            return written(binder).map(build);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static <R> Optional<R> written(com.vaadin.flow.data.binder.Binder<R> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (com.vaadin.flow.data.binder.ValidationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The fields by the plan-format property they edit (for example {@code id}, {@code egressIps}). */
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
                    ? fieldsByProperty().get(property(problem.path().substring(pathPrefix.length() + 1)))
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

    private static String property(String relativePath) {
        int end = relativePath.length();
        for (char stop : new char[] {'.', '['}) {
            int at = relativePath.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return relativePath.substring(0, end);
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
