package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Plan;

/** Edits the data factory whose runtimes are planned: its name, region and endpoint style. */
final class DataFactoryForm extends PlanForm<DataFactory> {
    private final TextField name = Fields.text("factory-name", "Data factory name");
    private final TextField region = Fields.text("factory-region", "Region");
    private final ComboBox<EndpointStyle> endpointStyle = Fields.choice("factory-endpoint", "Service endpoint");
    private final Binder<Shown> binder = new Binder<>(Shown.class);
    /** Not shown here (private-network setting), written back unchanged. */
    private boolean managedVirtualNetwork;

    DataFactoryForm() {
        region.setHelperText("Azure region name, for example westeurope");
        endpointStyle.setItems(EndpointStyle.values());
        endpointStyle.setItemLabelGenerator(style -> style == EndpointStyle.REGIONAL
                ? "Regional (NAME.REGION.datafactory.azure.net)" : "Legacy wildcard (*.frontend.clouddatahub.net)");
        binder.forField(name).bind("name");
        binder.forField(region).bind("region");
        binder.forField(endpointStyle).bind("endpointStyle");
        binder.addValueChangeListener(event -> changed());
        layOut(name, region, endpointStyle);
    }

    @Override
    void load(DataFactory value, Plan plan) {
        managedVirtualNetwork = value.managedVirtualNetwork();
        binder.readRecord(new Shown(value.name(), value.region(), value.endpointStyle()));
    }

    @Override
    Optional<DataFactory> value() {
        return written(binder, shown -> new DataFactory(shown.name(), shown.region(), shown.endpointStyle(),
                managedVirtualNetwork));
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("name", name, "region", region, "endpointStyle", endpointStyle);
    }

    /** The fields shown, as a record with one constructor (Binder builds a record with the first one it finds). */
    public record Shown(String name, String region, EndpointStyle endpointStyle) {
    }
}
