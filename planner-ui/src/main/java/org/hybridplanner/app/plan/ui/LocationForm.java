package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeNodes;

/**
 * Edits one location: id, name, kind, and for private networks their egress IPs, address spaces and the nodes of
 * the self-hosted runtime they host.
 */
final class LocationForm extends PlanForm<Location> {
    private final TextField id = Fields.text("location-id", "Id");
    private final TextField name = Fields.text("location-name", "Name");
    private final ComboBox<LocationKind> kind = kindChoice();
    private final TextField egressIps = Fields.text("location-egress", "Public egress IPs");
    private final TextField addressSpaces = Fields.text("location-spaces", "Private address spaces (CIDR)");
    private final IntegerField nodeCount = nodeCountField();
    private final TextField nodeAddresses = Fields.text("location-node-addresses", "Runtime node addresses");
    private final Binder<LocationFields> binder = new Binder<>(LocationFields.class);
    private Location loaded;

    LocationForm() {
        egressIps.setHelperText("Comma-separated, for example 203.0.113.10");
        addressSpaces.setHelperText("Comma-separated, for example 10.10.0.0/16");
        nodeAddresses.setHelperText("Each node's private address, or none, for example 10.10.5.10, 10.10.5.11");
        binder.forField(id).bind("id");
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(egressIps).withConverter(Fields.addressList()).bind("egressIps");
        binder.forField(addressSpaces).withConverter(Fields.addressList()).bind("addressSpaces");
        binder.forField(nodeCount).bind("nodeCount");
        binder.forField(nodeAddresses).withConverter(Fields.addressList()).bind("nodeAddresses");
        binder.addValueChangeListener(event -> {
            privateFieldsFollowKind();
            changed();
        });
        layOut(id, name, kind, egressIps, addressSpaces, nodeCount, nodeAddresses);
    }

    private static ComboBox<LocationKind> kindChoice() {
        ComboBox<LocationKind> kind = Fields.choice("location-kind", "Kind");
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(LocationKind::displayName);
        return kind;
    }

    /**
     * No min and max on the field: its own range check would keep the value from the plan, whose refusal names the
     * limit on this field instead (docs/plan-format.md, "Limits").
     */
    private static IntegerField nodeCountField() {
        IntegerField field = new IntegerField("Self-hosted runtime nodes");
        field.setId("location-nodes");
        field.setStepButtonsVisible(true);
        field.setWidthFull();
        field.setHelperText("1 to " + RuntimeNodes.MAX_NODES + ": more than one for high availability");
        return field;
    }

    /** Public endpoints have no egress IPs, address spaces or runtime of their own: those fields apply privately. */
    private void privateFieldsFollowKind() {
        boolean isPrivate = kind.getValue() == null || kind.getValue().isPrivate();
        egressIps.setEnabled(isPrivate);
        addressSpaces.setEnabled(isPrivate);
        nodeCount.setEnabled(isPrivate);
        nodeAddresses.setEnabled(isPrivate);
        if (!isPrivate && !isLoading()) {
            egressIps.clear();
            addressSpaces.clear();
            nodeCount.setValue(1);
            nodeAddresses.clear();
        }
    }

    @Override
    void load(Location value, Plan plan) {
        loaded = value;
        binder.readRecord(LocationFields.of(value));
        privateFieldsFollowKind();
    }

    @Override
    Optional<Location> value() {
        return written(binder).flatMap(fields -> fields.location(loaded));
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("id", id, "name", name, "kind", kind, "egressIps", egressIps, "addressSpaces", addressSpaces,
                "runtimeNodes", nodeCount, "runtimeNodes.count", nodeCount, "runtimeNodes.addresses", nodeAddresses);
    }
}
