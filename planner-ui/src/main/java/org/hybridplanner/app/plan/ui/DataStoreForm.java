package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PrivateEndpointSpec;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * Edits one data store; the type list only offers types the catalog allows in the chosen location's kind, sorted by
 * name, each with its group. A type with a private endpoint offers the plan's Azure virtual networks to hold it, and,
 * when the factory has a managed virtual network and the type allows it, a managed private endpoint.
 */
final class DataStoreForm extends PlanForm<DataStore> {
    private final Catalog catalog;
    private final TextField id = Fields.text("store-id", "Id");
    private final TextField name = Fields.text("store-name", "Name");
    private final ComboBox<String> location = Fields.choice("store-location", "Location");
    private final ComboBox<String> type = Fields.choice("store-type", "Type");
    private final TextField connector = connectorField();
    private final ComboBox<String> privateEndpoint = Fields.choice("store-private-endpoint", "Private endpoint in");
    private final Checkbox managedPrivateEndpoint = Fields.check("store-managed-endpoint",
            "Reached through a managed private endpoint");
    private final Binder<DataStoreFields> binder = new Binder<>(DataStoreFields.class);
    private Plan plan;

    DataStoreForm(Catalog catalog) {
        this.catalog = catalog;
        binder.forField(id).bind("id");
        binder.forField(name).bind("name");
        binder.forField(location).bind("location");
        binder.forField(type).bind("type");
        binder.forField(connector).withNullRepresentation("").bind("connector");
        binder.forField(privateEndpoint).bind("privateEndpoint");
        binder.forField(managedPrivateEndpoint).bind("managedPrivateEndpoint");
        location.addValueChangeListener(event -> offerTypesFor(event.getValue(), true, type.getValue()));
        binder.addValueChangeListener(event -> {
            privateAccessFollowsType();
            changed();
        });
        type.setItemLabelGenerator(this::displayName);
        // Fifty-odd types: each suggestion shows its group, and typing finds a type by its name, group or code.
        type.setRenderer(new ComponentRenderer<>(this::suggestion));
        privateEndpoint.setClearButtonVisible(true);
        privateEndpoint.setItemLabelGenerator(this::locationLabel);
        managedPrivateEndpoint.setHelperText("Through the factory's managed virtual network; approve the endpoint on"
                + " the store");
        layOut(id, name, location, type, connector, privateEndpoint, managedPrivateEndpoint);
    }

    private String locationLabel(String locationId) {
        return plan == null ? locationId : plan.location(locationId).map(l -> l.id() + " · " + l.name())
                .orElse(locationId);
    }

    private List<String> virtualNetworks() {
        return plan == null ? List.of() : plan.locations().stream()
                .filter(l -> l.kind() == LocationKind.AZURE_VIRTUAL_NETWORK).map(Location::id).toList();
    }

    /**
     * The private endpoint fields only for types that have one: a store standing in a virtual network is reached
     * through a private endpoint there without naming it, and a managed private endpoint needs the factory's managed
     * virtual network. A field that no longer applies is cleared, so the store never keeps a hidden setting.
     */
    private void privateAccessFollowsType() {
        Optional<PrivateEndpointSpec> spec = type.getValue() == null ? Optional.empty()
                : catalog.privateEndpoint(type.getValue());
        Optional<Location> standsIn = plan == null || location.getValue() == null ? Optional.empty()
                : plan.location(location.getValue());
        boolean inNetwork = standsIn.map(l -> l.kind() == LocationKind.AZURE_VIRTUAL_NETWORK).orElse(false);
        privateEndpoint.setVisible(spec.isPresent());
        privateEndpoint.setEnabled(!inNetwork);
        if (inNetwork) {
            privateEndpoint.setHelperText("Stands in " + standsIn.get().name()
                    + ": reached through a private endpoint there");
        } else if (virtualNetworks().isEmpty()) {
            privateEndpoint.setHelperText("Add an Azure virtual network location to hold one");
        } else {
            privateEndpoint.setHelperText("Blank: reached on its public endpoint");
        }
        boolean managed = plan != null && plan.dataFactory().managedVirtualNetwork()
                && spec.map(PrivateEndpointSpec::managedPrivateEndpoint).orElse(false);
        managedPrivateEndpoint.setVisible(managed);
        if (!isLoading()) {
            if ((spec.isEmpty() || inNetwork) && privateEndpoint.getValue() != null) {
                privateEndpoint.clear();
            }
            if (!managed && managedPrivateEndpoint.getValue()) {
                managedPrivateEndpoint.setValue(false);
            }
        }
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
        type.setHelperText(chosen.map(l -> Quantity.of(allowed.size(), "store type") + " may stand in "
                + l.kind().displayName()).orElse(null));
        if (allowed.contains(current)) {
            type.setValue(current);
        } else if (keepValid && !allowed.isEmpty() && !isLoading()) {
            type.setValue(allowed.get(0));
        }
    }

    @Override
    void load(DataStore value, Plan plan) {
        this.plan = plan;
        privateEndpoint.setItems(virtualNetworks());
        location.setItems(plan.locations().stream().map(Location::id).toList());
        location.setItemLabelGenerator(id -> id);
        location.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                id -> plan.location(id).map(l -> l.id() + " · " + l.name() + " · " + l.kind().displayName())
                        .orElse(id)));
        binder.readRecord(DataStoreFields.of(value));
        offerTypesFor(value.location(), false, value.type());
        type.setValue(value.type());
        connector.setVisible(value.connector() != null);
        privateAccessFollowsType();
    }

    /** The networks to choose from and whether a managed private endpoint applies follow the rest of the plan. */
    @Override
    void planChanged(Plan changed) {
        if (plan == null || changed == plan) {
            return;
        }
        List<String> before = virtualNetworks();
        plan = changed;
        quietly(() -> {
            if (!virtualNetworks().equals(before)) {
                String chosen = privateEndpoint.getValue();
                privateEndpoint.setItems(virtualNetworks());
                privateEndpoint.setValue(virtualNetworks().contains(chosen) ? chosen : null);
            }
            privateAccessFollowsType();
        });
    }

    @Override
    Optional<DataStore> value() {
        return written(binder).flatMap(DataStoreFields::store);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("id", id, "name", name, "location", location, "type", type, "privateEndpoint", privateEndpoint,
                "managedPrivateEndpoint", managedPrivateEndpoint);
    }
}
