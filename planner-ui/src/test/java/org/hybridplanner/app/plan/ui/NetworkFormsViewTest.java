package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanWriter;
import org.junit.jupiter.api.Test;

/**
 * The private-network facts of plan-format version 2 set in the editor's forms: a store's private endpoint and
 * managed private endpoint, the factory's managed virtual network, a location's runtime nodes.
 */
class NetworkFormsViewTest extends ViewTestSupport {
    /**
     * hq (on premises) ↔ vnet over site-to-site VPN, remote access on; the runtime is in vnet; appdb is an Azure
     * SQL Database on its public endpoint.
     */
    private static final String VPN_TO_VNET = "03-site-to-site-vpn-to-vnet";
    private static final String PRIVATE_PLATFORM = "08-private-endpoints-managed-network";

    @Test
    void aPrivateEndpointChosenInTheStoreFormIsSavedAndTheStoreFirewallNoLongerApplies() {
        signIn("alice");
        UUID id = stored(example(VPN_TO_VNET));
        PlanEditorView editor = openEditor(id);
        assertThat(allowlistRow("appdb", "shir-vnet").get(1)).isEqualTo("20.50.10.4");
        showTab("tab-stores");

        test(grid("dataStores-grid")).select(0);
        assertThat(shown(ComboBox.class, "store-private-endpoint")).as("Oracle has no Azure private endpoint")
                .isFalse();
        test(grid("dataStores-grid")).select(2);
        assertThat(test(combo("store-private-endpoint")).getSuggestions()).containsExactly("vnet · Analytics VNet");
        test(combo("store-private-endpoint")).selectItem("vnet · Analytics VNet");

        assertThat(editor.plan().dataStore("appdb").orElseThrow().privateEndpoint()).isEqualTo("vnet");
        List<String> entry = allowlistRow("appdb", "shir-vnet");
        assertThat(entry.get(1)).as("was \"(addresses missing, see warnings)\"")
                .isEqualTo("no address: private endpoint");
        assertThat(entry.get(3)).contains("IP firewall does not apply")
                .contains("through its private endpoint in Analytics VNet");
        editor.saveNow();
        assertThat(savedJson(id)).contains("\"privateEndpoint\":\"vnet\"");
    }

    @Test
    void aManagedPrivateEndpointIsOfferedOnlyOnceTheFactoryHasAManagedVirtualNetwork() {
        signIn("alice");
        Plan platform = example(PRIVATE_PLATFORM);
        DataFactory factory = platform.dataFactory();
        Plan withoutManagedNetwork = PlanEdits.withDataFactory(platform,
                new DataFactory(factory.name(), factory.region(), factory.endpointStyle()));
        UUID id = stored(withoutManagedNetwork);
        PlanEditorView editor = openEditor(id);
        showTab("tab-stores");
        test(grid("dataStores-grid")).select(4);
        assertThat(shown(Checkbox.class, "store-managed-endpoint")).isFalse();
        assertThat(allowlistRow("profiles", "azure-ir").get(3)).contains("service tag");

        showTab("tab-settings");
        test(checkbox("factory-managed-vnet")).click();
        assertThat(editor.plan().dataFactory().managedVirtualNetwork()).isTrue();
        showTab("tab-stores");
        assertThat(shown(Checkbox.class, "store-managed-endpoint")).as("the open form follows the factory").isTrue();
        test(checkbox("store-managed-endpoint")).click();

        assertThat(editor.plan().dataStore("profiles").orElseThrow().managedPrivateEndpoint()).isTrue();
        assertThat(allowlistRow("profiles", "azure-ir").get(3)).contains("managed private endpoint")
                .contains("approve that private endpoint connection on Customer profiles");
        test(grid("dataStores-grid")).select(0);
        assertThat(shown(Checkbox.class, "store-managed-endpoint")).as("SQL Server on premises").isFalse();
        editor.saveNow();
        assertThat(savedJson(id)).contains("\"managedVirtualNetwork\":true")
                .contains("\"id\":\"profiles\",\"name\":\"Customerprofiles\",\"type\":\"AZURE_COSMOS_DB\","
                        + "\"location\":\"azure\",\"managedPrivateEndpoint\":true");
    }

    @Test
    void turningTheManagedVirtualNetworkOffTakesStoresOffTheirManagedPrivateEndpointsAndUndoBringsThemBack() {
        signIn("alice");
        Plan platform = example(PRIVATE_PLATFORM);
        PlanEditorView editor = openEditor(stored(platform));
        showTab("tab-settings");

        test(checkbox("factory-managed-vnet")).click();

        assertThat(editor.plan().dataFactory().managedVirtualNetwork()).isFalse();
        assertThat(editor.plan().dataStores()).noneMatch(DataStore::managedPrivateEndpoint);
        assertThat(checkbox("factory-managed-vnet").isInvalid()).isFalse();
        test($(Button.class).id("undo")).click();
        assertThat(editor.plan()).isEqualTo(platform);
    }

    @Test
    void twoRuntimeNodesWithRemoteAccessOpen8060BetweenThemAndTheirAddressesAreChecked() {
        signIn("alice");
        UUID id = stored(example(VPN_TO_VNET));
        PlanEditorView editor = openEditor(id);
        assertThat(nodeToNodeRules()).isEmpty();
        showTab("tab-locations");
        test(grid("locations-grid")).select(1);

        test(integerField("location-nodes")).setValue(2);

        assertThat(editor.plan().location("vnet").orElseThrow().nodes().count()).isEqualTo(2);
        assertThat(nodeToNodeRules()).containsExactly("shir-vnet");

        test(textField("location-node-addresses")).setValue("10.50.5.10");
        assertThat(textField("location-node-addresses").getErrorMessage())
                .isEqualTo("Lists 1 address for 2 nodes; give every node's address, or none");
        test(textField("location-node-addresses")).setValue("10.50.5.10, 10.50.5.300");
        assertThat(textField("location-node-addresses").getErrorMessage()).contains("\"10.50.5.300\"")
                .contains("not a valid");
        assertThat(editor.plan().location("vnet").orElseThrow().nodes().addresses()).isEmpty();

        test(textField("location-node-addresses")).setValue("10.50.5.10, 10.50.5.11");
        assertThat(textField("location-node-addresses").isInvalid()).isFalse();
        assertThat(editor.plan().location("vnet").orElseThrow().nodes().addresses())
                .containsExactly("10.50.5.10", "10.50.5.11");

        test(integerField("location-nodes")).setValue(5);
        assertThat(integerField("location-nodes").isInvalid()).isTrue();
        assertThat(integerField("location-nodes").getErrorMessage())
                .isEqualTo("\"5\" a self-hosted integration runtime has 1 to 4 nodes; vnet asks for 5");
        assertThat(editor.plan().location("vnet").orElseThrow().nodes().count()).isEqualTo(2);
        editor.saveNow();
        assertThat(savedJson(id))
                .contains("\"runtimeNodes\":{\"count\":2,\"addresses\":[\"10.50.5.10\",\"10.50.5.11\"]}");

        test(grid("locations-grid")).select(2);
        assertThat(integerField("location-nodes").isEnabled()).as("Azure public endpoints host no runtime").isFalse();
    }

    @Test
    void renamingAVirtualNetworkCarriesItsIdIntoThePrivateEndpointsItHolds() {
        signIn("alice");
        PlanEditorView editor = openEditor(stored(example(PRIVATE_PLATFORM)));
        showTab("tab-locations");
        test(grid("locations-grid")).select(1);

        test(textField("location-id")).setValue("lake-vnet");

        DataStore warehouse = editor.plan().dataStore("dwh").orElseThrow();
        assertThat(warehouse.privateEndpoint()).isEqualTo("lake-vnet");
        assertThat(warehouse.managedPrivateEndpoint()).isTrue();
        assertThat(textField("location-id").isInvalid()).isFalse();
    }

    @Test
    void editingAStoreKeepsItsPrivateEndpointAndItsNodesStayWhenALocationIsRenamed() {
        signIn("alice");
        PlanEditorView editor = openEditor(stored(example(PRIVATE_PLATFORM)));
        showTab("tab-stores");
        test(grid("dataStores-grid")).select(2);

        test(textField("store-name")).setValue("Enterprise warehouse");

        DataStore warehouse = editor.plan().dataStore("dwh").orElseThrow();
        assertThat(warehouse.name()).isEqualTo("Enterprise warehouse");
        assertThat(warehouse.privateEndpoint()).isEqualTo("data-vnet");
        assertThat(warehouse.managedPrivateEndpoint()).isTrue();

        showTab("tab-locations");
        test(grid("locations-grid")).select(0);
        test(textField("location-name")).setValue("Dublin data centre");
        assertThat(editor.plan().location("dc").orElseThrow().nodes().addresses())
                .containsExactly("10.30.5.10", "10.30.5.11");
    }

    private String savedJson(UUID id) {
        return new PlanWriter().write(plans.open(id).plan()).replaceAll("\\s", "");
    }

    /** The cells of the allowlist entry for {@code store} and {@code runtime}: store, allow, runtime, why. */
    private List<String> allowlistRow(String store, String runtime) {
        var allowlist = test(grid("recommendation-allowlist"));
        for (int row = 0; row < allowlist.size(); row++) {
            if (allowlist.getCellText(row, 0).equals(store) && allowlist.getCellText(row, 2).equals(runtime)) {
                // The "Why" cell shows the reason's first sentence and holds the whole reason for its hover text.
                return List.of(allowlist.getCellText(row, 0), allowlist.getCellText(row, 1),
                        allowlist.getCellText(row, 2), reason(allowlist, row));
            }
        }
        throw new AssertionError("no allowlist entry for " + store + " and " + runtime);
    }

    /** The runtimes of the inbound rules on the runtime machine that admit the other nodes on 8060. */
    private List<String> nodeToNodeRules() {
        List<String> runtimes = new ArrayList<>();
        var rules = $(Grid.class).withId("rules-WINDOWS_FIREWALL-INBOUND");
        if (!rules.exists()) {
            return runtimes;
        }
        var grid = test(grid("rules-WINDOWS_FIREWALL-INBOUND"));
        for (int row = 0; row < grid.size(); row++) {
            if (reason(grid, row).contains("nodes talk to each other")) {
                runtimes.add(grid.getCellText(row, 0));
            }
        }
        return runtimes;
    }

    /** The whole reason of a recommendation list's row (its "Why" cell shows the first sentence). */
    private static String reason(com.vaadin.flow.component.grid.GridTester<?, ?> list, int row) {
        return list.getLitRendererPropertyValue(row, 3, "reason", String.class);
    }

    private boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return $(type).withId(id).exists();
    }

    private void showTab(String id) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id(id));
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    private Checkbox checkbox(String id) {
        return $(Checkbox.class).id(id);
    }

    private TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    private IntegerField integerField(String id) {
        return $(IntegerField.class).id(id);
    }
}
