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

/**
 * Edits the data factory whose runtimes are planned: name, region, endpoint style and managed virtual network. The
 * endpoint style names the Data Factory service host of the region's cloud, as the rule book gives it (one source:
 * the seed data the engine uses), so that a factory in Azure Government or Azure China never shows a public host.
 */
final class DataFactoryForm extends PlanForm<DataFactory> {
    /** The Data Factory service host a self-hosted runtime of such a factory connects to; empty if unknown. */
    @FunctionalInterface
    interface ServiceHost {
        Optional<String> of(String factoryName, String region, EndpointStyle style);
    }

    private final ServiceHost serviceHost;
    private final TextField name = Fields.text("factory-name", "Data factory name");
    private final TextField region = Fields.text("factory-region", "Region");
    private final ComboBox<EndpointStyle> endpointStyle = Fields.choice("factory-endpoint", "Service endpoint");
    private final Checkbox managedVirtualNetwork = Fields.check("factory-managed-vnet", "Managed virtual network");
    private final Binder<DataFactoryFields> binder = new Binder<>(DataFactoryFields.class);

    DataFactoryForm(ServiceHost serviceHost) {
        this.serviceHost = serviceHost;
        region.setHelperText("Azure region name, for example westeurope");
        endpointStyle.setItems(EndpointStyle.values());
        showServiceHosts();
        name.addValueChangeListener(event -> showServiceHosts());
        region.addValueChangeListener(event -> showServiceHosts());
        endpointStyle.addValueChangeListener(event -> showServiceHosts());
        managedVirtualNetwork.setHelperText("The Azure integration runtime runs in a managed virtual network and may"
                + " reach stores through managed private endpoints");
        binder.forField(name).bind("name");
        binder.forField(region).bind("region");
        binder.forField(endpointStyle).bind("endpointStyle");
        binder.forField(managedVirtualNetwork).bind("managedVirtualNetwork");
        binder.addValueChangeListener(event -> changed());
        layOut(name, region, endpointStyle, managedVirtualNetwork);
    }

    /** Labels each style with the host it means in the region's cloud, and says which host the runtime uses. */
    private void showServiceHosts() {
        endpointStyle.setItemLabelGenerator(style -> label(style) + serviceHost.of(name.getValue(),
                region.getValue(), style).map(host -> " (" + host + ")").orElse(""));
        endpointStyle.setHelperText(endpointStyle.getValue() == null ? null : serviceHost.of(name.getValue(),
                region.getValue(), endpointStyle.getValue()).map(host -> "The self-hosted runtime connects to the Data"
                        + " Factory service at " + host).orElse(null));
    }

    private static String label(EndpointStyle style) {
        return style == EndpointStyle.REGIONAL ? "Regional" : "Legacy wildcard";
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
