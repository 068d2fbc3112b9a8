package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.StoreTypeSpec;

/** Edits one flow: its id, source and sink stores, and whether it is a staged copy. */
final class FlowForm extends PlanForm<Flow> {
    private final Catalog catalog;
    private final TextField id = Fields.text("flow-id", "Id");
    private final ComboBox<String> source = Fields.choice("flow-source", "Source store");
    private final ComboBox<String> sink = Fields.choice("flow-sink", "Sink store");
    private final Checkbox stagedCopy = Fields.check("flow-staged", "Staged copy (through interim storage)");
    private final TextArea activities = activitiesField();
    private final Binder<Flow> binder = new Binder<>(Flow.class);

    FlowForm(Catalog catalog) {
        this.catalog = catalog;
        binder.forField(id).bind("id");
        binder.forField(source).bind("source");
        binder.forField(sink).bind("sink");
        binder.forField(stagedCopy).bind("stagedCopy");
        binder.forField(activities).withConverter(Converter.<String, List<String>>from(
                text -> Result.ok(text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList()),
                list -> String.join("\n", list))).bind("activities");
        binder.addValueChangeListener(event -> changed());
        layOut(id, stagedCopy, source, sink, activities);
    }

    /** Shown for imported flows: the Data Factory activities the flow stands for, one per line. */
    private static TextArea activitiesField() {
        TextArea field = new TextArea("Data Factory activities (pipeline / activity)");
        field.setId("flow-activities");
        field.setReadOnly(true);
        field.setWidthFull();
        field.setMaxHeight("12em");
        field.setVisible(false);
        return field;
    }

    @Override
    void load(Flow value, Plan plan) {
        List<String> ids = plan.dataStores().stream().map(DataStore::id).toList();
        TextRenderer<String> renderer = new TextRenderer<>(id -> plan.dataStore(id)
                .map(s -> s.id() + " · " + s.name() + " · "
                        + catalog.storeType(s.type()).map(StoreTypeSpec::displayName).orElse(s.type()) + " in "
                        + s.location())
                .orElse(id));
        for (ComboBox<String> end : List.of(source, sink)) {
            end.setItems(ids);
            end.setRenderer(renderer);
        }
        binder.readRecord(value);
        activities.setVisible(!value.activities().isEmpty());
    }

    @Override
    Optional<Flow> value() {
        return written(binder);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("id", id, "source", source, "sink", sink);
    }
}
