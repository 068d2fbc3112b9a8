package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeNodes;

/** Edits one location: id, name, kind, and for private networks their egress IPs and address spaces. */
final class LocationForm extends PlanForm<Location> {
    private final TextField id = Fields.text("location-id", "Id");
    private final TextField name = Fields.text("location-name", "Name");
    private final ComboBox<LocationKind> kind = kindChoice();
    private final TextField egressIps = Fields.text("location-egress", "Public egress IPs");
    private final TextField addressSpaces = Fields.text("location-spaces", "Private address spaces (CIDR)");
    private final Binder<Shown> binder = new Binder<>(Shown.class);
    /** What the form does not show, written back unchanged. */
    private RuntimeNodes runtimeNodes;

    LocationForm() {
        egressIps.setHelperText("Comma-separated, for example 203.0.113.10");
        addressSpaces.setHelperText("Comma-separated, for example 10.10.0.0/16");
        binder.forField(id).bind("id");
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(egressIps).withConverter(Fields.addressList()).bind("egressIps");
        binder.forField(addressSpaces).withConverter(Fields.addressList()).bind("addressSpaces");
        binder.addValueChangeListener(event -> {
            privateFieldsFollowKind();
            changed();
        });
        layOut(id, name, kind, egressIps, addressSpaces);
    }

    private static ComboBox<LocationKind> kindChoice() {
        ComboBox<LocationKind> kind = Fields.choice("location-kind", "Kind");
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(LocationKind::displayName);
        return kind;
    }

    /** Public endpoints have no egress IPs or address spaces of their own, so those fields only apply privately. */
    private void privateFieldsFollowKind() {
        boolean isPrivate = kind.getValue() == null || kind.getValue().isPrivate();
        egressIps.setEnabled(isPrivate);
        addressSpaces.setEnabled(isPrivate);
        if (!isPrivate && !isLoading()) {
            egressIps.clear();
            addressSpaces.clear();
        }
    }

    @Override
    void load(Location value, Plan plan) {
        runtimeNodes = value.runtimeNodes();
        binder.readRecord(new Shown(value.id(), value.name(), value.kind(), value.egressIps(), value.addressSpaces()));
        privateFieldsFollowKind();
    }

    @Override
    Optional<Location> value() {
        return written(binder, shown -> new Location(shown.id(), shown.name(), shown.kind(), shown.egressIps(),
                shown.addressSpaces(), runtimeNodes));
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("id", id, "name", name, "kind", kind, "egressIps", egressIps, "addressSpaces", addressSpaces);
    }

    /**
     * The fields shown, as a record with one constructor: Binder builds a record with the first constructor it
     * finds, which for {@link Location} (with its shorter overloads) is not the canonical one.
     */
    public record Shown(String id, String name, LocationKind kind, List<String> egressIps, List<String> addressSpaces) {
    }
}
