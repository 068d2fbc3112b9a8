package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * Edits one data store; the type list only offers types the catalog allows in the chosen location's kind, sorted by
 * name, each with its group.
 */
final class DataStoreForm extends PlanForm<DataStore> {
    private final Catalog catalog;
    private final TextField id = Fields.text("store-id", "Id");
    private final TextField name = Fields.text("store-name", "Name");
    private final ComboBox<String> location = Fields.choice("store-location", "Location");
    private final ComboBox<String> type = Fields.choice("store-type", "Type");
    private final TextField connector = connectorField();
    private final Binder<Shown> binder = new Binder<>(Shown.class);
    /** What the form does not show (the store's private endpoints), written back unchanged. */
    private DataStore loaded;
    private Plan plan;

    DataStoreForm(Catalog catalog) {
        this.catalog = catalog;
        binder.forField(id).bind("id");
        binder.forField(name).bind("name");
        binder.forField(location).bind("location");
        binder.forField(type).bind("type");
        binder.forField(connector).withNullRepresentation("").bind("connector");
        location.addValueChangeListener(event -> offerTypesFor(event.getValue(), true, type.getValue()));
        binder.addValueChangeListener(event -> changed());
        type.setItemLabelGenerator(this::displayName);
        // Fifty-odd types: each suggestion shows its group, and typing finds a type by its name, group or code.
        type.setRenderer(new ComponentRenderer<>(this::suggestion));
        layOut(id, name, location, type, connector);
    }

    private String displayName(String code) {
        return catalog.storeType(code).map(StoreTypeSpec::displayName).orElse(code);
    }

    private String group(String code) {
        return catalog.storeType(code).map(spec -> spec.category().displayName()).orElse("");
    }

    private Div suggestion(String code) {
        Span label = new Span(displayName(code));
        Span group = new Span(group(code));
        group.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.Left.SMALL);
        return new Div(label, group);
    }

    private boolean matches(String code, String filter) {
        String wanted = filter.toLowerCase(Locale.ROOT).trim();
        return displayName(code).toLowerCase(Locale.ROOT).contains(wanted)
                || group(code).toLowerCase(Locale.ROOT).contains(wanted)
                || code.toLowerCase(Locale.ROOT).contains(wanted.replace(' ', '_'));
    }

    /** Shown for imported stores of a connector the catalog does not know: the Data Factory type, kept as it was. */
    private static TextField connectorField() {
        TextField field = Fields.text("store-connector", "Data Factory connector");
        field.setReadOnly(true);
        field.setVisible(false);
        return field;
    }

    private void offerTypesFor(String locationId, boolean keepValid, String current) {
        Optional<Location> chosen = plan == null || locationId == null ? Optional.empty() : plan.location(locationId);
        // "Other connector" is for imported stores only: offered to a store that already has it, never as a choice.
        List<String> allowed = chosen.map(l -> catalog.storeTypesFor(l.kind()).stream()
                .sorted(Comparator.comparing(spec -> spec.displayName().toLowerCase(Locale.ROOT)))
                .map(StoreTypeSpec::type)
                .filter(code -> !code.equals(DataStore.OTHER_CONNECTOR) || code.equals(current))
                .toList()).orElse(List.of());
        type.setItems(this::matches, allowed);
        type.setHelperText(chosen.map(l -> Quantity.of(allowed.size(), "store type") + " may stand in " + l.kind().displayName())
                .orElse(null));
        if (allowed.contains(current)) {
            type.setValue(current);
        } else if (keepValid && !allowed.isEmpty() && !isLoading()) {
            type.setValue(allowed.get(0));
        }
    }

    @Override
    void load(DataStore value, Plan plan) {
        this.plan = plan;
        location.setItems(plan.locations().stream().map(Location::id).toList());
        location.setItemLabelGenerator(id -> id);
        location.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                id -> plan.location(id).map(l -> l.id() + " · " + l.name() + " · " + l.kind().displayName())
                        .orElse(id)));
        loaded = value;
        binder.readRecord(new Shown(value.id(), value.name(), value.location(), value.type(), value.connector()));
        offerTypesFor(value.location(), false, value.type());
        type.setValue(value.type());
        connector.setVisible(value.connector() != null);
    }

    @Override
    Optional<DataStore> value() {
        return written(binder, shown -> new DataStore(shown.id(), shown.name(), shown.type(), shown.location(),
                shown.connector(), loaded == null ? null : loaded.privateEndpoint(),
                loaded != null && loaded.managedPrivateEndpoint()));
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("id", id, "name", name, "location", location, "type", type);
    }

    /**
     * The fields shown, as a record with one constructor: Binder builds a record with the first constructor it
     * finds, which for {@link DataStore} (with its shorter overloads) is not the canonical one.
     */
    public record Shown(String id, String name, String location, String type, String connector) {
    }
}
