package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plan-format version 2: private endpoints, a managed virtual network and runtime nodes; version 1 plans read and
 * migrated; bad values refused with a problem that names the element.
 */
class PlanFormatVersion2Test {
    private static final String VERSION_1 = """
            {
              "schemaVersion": 1,
              "name": "Contoso",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
              "locations": [
                { "id": "dc", "kind": "ON_PREMISES", "addressSpaces": ["10.10.0.0/16"] },
                { "id": "vnet", "kind": "AZURE_VIRTUAL_NETWORK", "addressSpaces": ["10.20.0.0/16"] },
                { "id": "az", "kind": "AZURE_PUBLIC" }
              ],
              "links": [ { "between": ["dc", "vnet"], "type": "SITE_TO_SITE_VPN" } ],
              "dataStores": [
                { "id": "orders", "type": "SQL_SERVER", "location": "dc" },
                { "id": "dwh", "type": "AZURE_SYNAPSE_ANALYTICS", "location": "vnet" }
              ],
              "flows": [ { "id": "f1", "source": "orders", "sink": "dwh" } ]
            }
            """;

    private static final String VERSION_2 = """
            {
              "schemaVersion": 2,
              "name": "Contoso",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope", "managedVirtualNetwork": true },
              "locations": [
                { "id": "dc", "kind": "ON_PREMISES", "addressSpaces": ["10.10.0.0/16"],
                  "runtimeNodes": { "count": 2, "addresses": ["10.10.1.4", "10.10.1.5"] } },
                { "id": "vnet", "kind": "AZURE_VIRTUAL_NETWORK", "addressSpaces": ["10.20.0.0/16"] },
                { "id": "az", "kind": "AZURE_PUBLIC" }
              ],
              "links": [ { "between": ["dc", "vnet"], "type": "SITE_TO_SITE_VPN" } ],
              "dataStores": [
                { "id": "orders", "type": "SQL_SERVER", "location": "dc" },
                { "id": "dwh", "type": "AZURE_SYNAPSE_ANALYTICS", "location": "az", "privateEndpoint": "vnet",
                  "managedPrivateEndpoint": true }
              ],
              "flows": [ { "id": "f1", "source": "orders", "sink": "dwh" } ]
            }
            """;

    private final PlanReader reader = new PlanReader(catalog());

    /** The small catalog, with a private endpoint (and managed private endpoints) for Synapse only. */
    static Catalog catalog() {
        Catalog small = CatalogFixtures.small();
        return new Catalog(small.storeTypes(), small.linkTypes(), small.regions(),
                List.of(new PrivateEndpointSpec("AZURE_SYNAPSE_ANALYTICS", PrivateLinkResource.SYNAPSE_WORKSPACE, "Sql",
                        Map.of(AzureCloud.PUBLIC, "privatelink.sql.azuresynapse.net"), true)));
    }

    private PlanReadResult readWith(String document, String from, String to) {
        assertThat(document).contains(from);
        return reader.read(document.replace(from, to));
    }

    @Test
    void readsAVersion1PlanAsVersion2WithTheSameMeaning() {
        PlanReadResult result = reader.read(VERSION_1);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().schemaVersion()).isEqualTo(2);
        // Version 1 put a store of a type with a private endpoint in a virtual network through one: still so.
        assertThat(result.validated().privateEndpointOf(1)).isEqualTo(1);
        assertThat(result.validated().privateEndpointOf(0)).isEqualTo(-1);
        String written = new PlanWriter().write(result.plan());
        assertThat(written).contains("\"schemaVersion\" : 2").doesNotContain("privateEndpoint", "runtimeNodes",
                "managedVirtualNetwork");
        assertThat(reader.read(written).plan()).isEqualTo(result.plan());
    }

    @Test
    void readsAndWritesTheVersion2Facts() {
        PlanReadResult result = reader.read(VERSION_2);

        assertThat(result.problems()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.dataFactory().managedVirtualNetwork()).isTrue();
        assertThat(plan.dataStore("dwh").orElseThrow().privateEndpoint()).isEqualTo("vnet");
        assertThat(plan.dataStore("dwh").orElseThrow().managedPrivateEndpoint()).isTrue();
        assertThat(plan.location("dc").orElseThrow().nodes())
                .isEqualTo(new RuntimeNodes(2, List.of("10.10.1.4", "10.10.1.5")));
        assertThat(plan.location("vnet").orElseThrow().nodes()).isEqualTo(RuntimeNodes.SINGLE);
        assertThat(result.validated().privateEndpointOf(1)).isEqualTo(1);
        assertThat(result.validated().networkOf(1)).isEqualTo(1);
        assertThat(reader.read(new PlanWriter().write(plan)).plan()).isEqualTo(plan);
    }

    @Test
    void refusesVersion2PropertiesInAVersion1Plan() {
        PlanReadResult result = readWith(VERSION_2, "\"schemaVersion\": 2", "\"schemaVersion\": 1");

        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.dataFactory.managedVirtualNetwork", "$.locations[0].runtimeNodes",
                "$.dataStores[1].privateEndpoint", "$.dataStores[1].managedPrivateEndpoint");
        assertThat(result.problems().getFirst().message()).contains("new in plan-format version 2",
                "set schemaVersion to 2");
    }

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "\"privateEndpoint\": \"vnet\"|\"privateEndpoint\": \"nowhere\"|$.dataStores[1].privateEndpoint|unknown location id: the private endpoint of dwh",
        "\"privateEndpoint\": \"vnet\"|\"privateEndpoint\": \"dc\"|$.dataStores[1].privateEndpoint|must be in an Azure virtual network; dc is ON_PREMISES",
        "\"id\": \"orders\", \"type\": \"SQL_SERVER\", \"location\": \"dc\"|\"id\": \"orders\", \"type\": \"SQL_SERVER\", \"location\": \"dc\", \"privateEndpoint\": \"vnet\"|$.dataStores[0].privateEndpoint|type SQL_SERVER (orders) has no Azure private endpoint",
        "\"managedVirtualNetwork\": true|\"managedVirtualNetwork\": false|$.dataStores[1].managedPrivateEndpoint|set dataFactory.managedVirtualNetwork to true",
        "\"location\": \"dc\" }|\"location\": \"dc\", \"managedPrivateEndpoint\": true }|$.dataStores[0].managedPrivateEndpoint|cannot reach a store of type SQL_SERVER (orders)",
        "\"count\": 2|\"count\": 5|$.locations[0].runtimeNodes.count|1 to 4 nodes; dc asks for 5",
        "\"count\": 2|\"count\": 3|$.locations[0].runtimeNodes.addresses|lists 2 addresses for 3 nodes",
        "\"10.10.1.5\"|\"10.10.1.500\"|$.locations[0].runtimeNodes.addresses[1]|",
        "\"count\": 2|\"count\": \"two\"|$.locations[0].runtimeNodes.count|whole number of nodes",
        "\"id\": \"az\", \"kind\": \"AZURE_PUBLIC\"|\"id\": \"az\", \"kind\": \"AZURE_PUBLIC\", \"runtimeNodes\": { \"count\": 2 }|$.locations[2].runtimeNodes|only private locations"
    })
    void refusesWithAProblemNamingTheElement(String from, String to, String path, String message) {
        PlanReadResult result = readWith(VERSION_2, from, to);

        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message == null ? "" : message);
        });
    }

    @Test
    void refusesAPrivateEndpointInAnotherNetworkThanTheOneTheStoreStandsIn() {
        String twoNetworks = VERSION_2.replace("{ \"id\": \"az\", \"kind\": \"AZURE_PUBLIC\" }",
                "{ \"id\": \"az\", \"kind\": \"AZURE_PUBLIC\" }, { \"id\": \"vnet2\", \"kind\": \"AZURE_VIRTUAL_NETWORK\" }")
                .replace("\"location\": \"az\", \"privateEndpoint\": \"vnet\"",
                        "\"location\": \"vnet2\", \"privateEndpoint\": \"vnet\"");

        PlanReadResult result = reader.read(twoNetworks);

        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[1].privateEndpoint");
            assertThat(problem.message()).contains("dwh stands in the virtual network vnet2");
        });
    }

    @Test
    void validatesPlansBuiltInCodeTheSameWay() {
        Plan plan = reader.read(VERSION_2).plan();
        Location five = new Location("dc", null, LocationKind.ON_PREMISES, List.of(), List.of(),
                new RuntimeNodes(5, List.of()));
        Plan tooMany = new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(),
                List.of(five, plan.locations().get(1), plan.locations().get(2)), plan.links(), plan.dataStores(),
                plan.flows(), plan.runtime(), plan.credentials());

        assertThat(new PlanValidator(catalog()).validate(tooMany)).extracting(Problem::path)
                .containsExactly("$.locations[0].runtimeNodes.count");
    }
}
