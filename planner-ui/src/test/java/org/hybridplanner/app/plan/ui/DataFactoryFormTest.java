package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The factory form names the Data Factory service host of the region's cloud, from the rule book the engine uses:
 * a factory in Azure Government or Azure China never shows a public-cloud host.
 */
class DataFactoryFormTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    @ParameterizedTest
    @CsvSource({
        "westeurope, REGIONAL, contoso-adf.westeurope.datafactory.azure.net, .azure.us",
        "westeurope, LEGACY, *.frontend.clouddatahub.net, .azure.us",
        "usgovvirginia, REGIONAL, *.frontend.datamovement.azure.us, datafactory.azure.net",
        "usgovvirginia, LEGACY, *.frontend.datamovement.azure.us, clouddatahub.net",
        "chinaeast2, REGIONAL, *.frontend.datamovement.azure.cn, datafactory.azure.net",
        "chinaeast2, LEGACY, *.frontend.datamovement.azure.cn, clouddatahub.net"})
    void showsTheServiceHostOfTheRegionsCloud(String region, EndpointStyle style, String host, String foreign) {
        DataFactory factory = new DataFactory("Contoso-ADF", region, style);
        DataFactoryForm form = new DataFactoryForm(ENGINE.rules()::dataFactoryServiceHost);
        form.edit(factory, new Plan(Plan.SCHEMA_VERSION, "Contoso", factory, List.of(), List.of(), List.of(),
                List.of(), RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS));

        ComboBox<EndpointStyle> endpoint = field(form, "factory-endpoint");
        for (EndpointStyle each : EndpointStyle.values()) {
            assertThat(endpoint.getItemLabelGenerator().apply(each)).doesNotContain(foreign);
        }
        assertThat(endpoint.getItemLabelGenerator().apply(style)).contains(host);
        assertThat(endpoint.getHelperText()).isEqualTo("The self-hosted runtime connects to the Data Factory"
                + " service at " + host);
    }

    @ParameterizedTest
    @CsvSource({"westeurope, usgovvirginia, *.frontend.datamovement.azure.us",
        "usgovvirginia, chinaeast2, *.frontend.datamovement.azure.cn"})
    void followsTheRegionAsItIsTyped(String from, String to, String host) {
        DataFactory factory = new DataFactory("contoso-adf", from, EndpointStyle.REGIONAL);
        DataFactoryForm form = new DataFactoryForm(ENGINE.rules()::dataFactoryServiceHost);
        form.edit(factory, new Plan(Plan.SCHEMA_VERSION, "Contoso", factory, List.of(), List.of(), List.of(),
                List.of(), RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS));

        TextField region = field(form, "factory-region");
        region.setValue(to);

        ComboBox<EndpointStyle> endpoint = field(form, "factory-endpoint");
        assertThat(endpoint.getItemLabelGenerator().apply(EndpointStyle.REGIONAL)).isEqualTo("Regional (" + host + ")");
        assertThat(endpoint.getHelperText()).endsWith(host);
    }

    @SuppressWarnings("unchecked")
    private static <C> C field(DataFactoryForm form, String id) {
        return (C) form.fieldsByProperty().values().stream()
                .filter(field -> ((com.vaadin.flow.component.Component) field).getId().orElse("").equals(id))
                .findFirst().orElseThrow();
    }
}
