package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.hybridplanner.model.Plan;

/** The data factory, runtime and credential settings: single values rather than lists. */
final class SettingsSection extends Composite<VerticalLayout> {
    private final PlanEditing editing;
    private final DataFactoryForm factory;
    private final OptionsForm options = new OptionsForm();

    SettingsSection(PlanEditing editing) {
        this.editing = editing;
        this.factory = new DataFactoryForm(editing::dataFactoryServiceHost);
        factory.addChangedListener(event -> factory.value().ifPresent(value ->
                factory.showProblems(editing.apply(PlanEdits.withDataFactory(editing.plan(), value)), "$.dataFactory")));
        options.addChangedListener(event -> options.value().ifPresent(value ->
                options.showProblems(editing.apply(PlanEdits.withOptions(editing.plan(), value.runtime(),
                        value.credentials())), "$.credentials")));
        getContent().setPadding(false);
        getContent().add(new H4("Data factory"), factory, new H4("Runtime and credentials"), options);
    }

    void refresh(Plan plan) {
        if (!factory.value().equals(Optional.of(plan.dataFactory()))) {
            factory.edit(plan.dataFactory(), plan);
        }
        if (!options.value().equals(Optional.of(PlanOptions.of(plan)))) {
            options.edit(PlanOptions.of(plan), plan);
        }
    }
}
