package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Plan;

/** Edits the data factory whose runtimes are planned: name, region, endpoint style and managed virtual network. */
final class DataFactoryForm extends PlanForm<DataFactory> {
    private final TextField name = Fields.text("factory-name", "Data factory name");
    private final TextField region = Fields.text("factory-region", "Region");
    private final ComboBox<EndpointStyle> endpointStyle = Fields.choice("factory-endpoint", "Service endpoint");
    private final Checkbox managedVirtualNetwork = Fields.check("factory-managed-vnet", "Managed virtual network");
    private final Binder<DataFactoryFields> binder = new Binder<>(DataFactoryFields.class);

    DataFactoryForm() {
        region.setHelperText("Azure region name, for example westeurope");
        endpointStyle.setItems(EndpointStyle.values());
        endpointStyle.setItemLabelGenerator(style -> style == EndpointStyle.REGIONAL
                ? "Regional (NAME.REGION.datafactory.azure.net)" : "Legacy wildcard (*.frontend.clouddatahub.net)");
        managedVirtualNetwork.setHelperText("The Azure integration runtime runs in a managed virtual network and may"
                + " reach stores through managed private endpoints");
        binder.forField(name).bind("name");
        binder.forField(region).bind("region");
        binder.forField(endpointStyle).bind("endpointStyle");
        binder.forField(managedVirtualNetwork).bind("managedVirtualNetwork");
        binder.addValueChangeListener(event -> changed());
        layOut(name, region, endpointStyle, managedVirtualNetwork);
    }

    @Override
    void load(DataFactory value, Plan plan) {
        binder.readRecord(DataFactoryFields.of(value));
    }

    @Override
    Optional<DataFactory> value() {
        return written(binder).flatMap(DataFactoryFields::factory);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("name", name, "region", region, "endpointStyle", endpointStyle,
                "managedVirtualNetwork", managedVirtualNetwork);
    }
}
