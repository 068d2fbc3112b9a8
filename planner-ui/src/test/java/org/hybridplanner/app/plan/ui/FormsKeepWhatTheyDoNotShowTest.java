package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeNodes;
import org.hybridplanner.model.RuntimeOptions;
import org.junit.jupiter.api.Test;

/**
 * The forms write back the facts they do not show (a factory's managed virtual network, a location's runtime nodes,
 * a store's private endpoints) unchanged, so that an edit of a shown field is applied at all: the form's value was
 * empty, and the edit dropped without a word, once those facts were added to the plan.
 */
class FormsKeepWhatTheyDoNotShowTest {
    private final Location datacenter = new Location("dc", "Amsterdam DC", LocationKind.ON_PREMISES,
            List.of("203.0.113.10"), List.of("10.10.0.0/16"), new RuntimeNodes(2, List.of("10.10.0.5", "10.10.0.6")));
    private final Location azure = new Location("azure", "Azure", LocationKind.AZURE_PUBLIC);
    private final Location endpoints = new Location("pe-lake", "Lake endpoints", LocationKind.AZURE_VIRTUAL_NETWORK);
    private final DataStore lake = new DataStore("lake", "Lake", "AZURE_DATA_LAKE_STORAGE_GEN2", "azure", null,
            "pe-lake", true);
    private final DataFactory factory = new DataFactory("contoso-adf", "westeurope", EndpointStyle.REGIONAL, true);
    private final Plan plan = new Plan(Plan.SCHEMA_VERSION, "Contoso", factory, List.of(datacenter, azure, endpoints),
            List.of(),
            List.of(lake), List.of(), RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS);

    @Test
    void theFactoryFormKeepsTheManagedVirtualNetwork() {
        DataFactoryForm form = new DataFactoryForm(RecommendationEngine.standard().rules()::dataFactoryServiceHost);
        form.edit(factory, plan);
        assertThat(form.value()).contains(factory);
    }

    @Test
    void theLocationFormKeepsTheRuntimeNodes() {
        LocationForm form = new LocationForm();
        form.edit(datacenter, plan);
        assertThat(form.value()).contains(datacenter);
    }

    @Test
    void theDataStoreFormKeepsThePrivateEndpoints() {
        DataStoreForm form = new DataStoreForm(RecommendationEngine.standard().catalog());
        form.edit(lake, plan);
        assertThat(form.value()).contains(lake);
    }
}
