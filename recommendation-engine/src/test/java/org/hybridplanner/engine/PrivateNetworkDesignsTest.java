package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Private endpoints, the managed virtual network and self-hosted runtimes of several nodes (issue 10). */
class PrivateNetworkDesignsTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private static Plan sqlBehindAPrivateEndpoint() {
        return plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of())
                .azurePublic("az").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("orders", "SQL_SERVER", "dc").storeWithPrivateEndpoint("sql", "AZURE_SQL_DATABASE", "az", "vnet")
                .flow("f", "orders", "sql").build();
    }

    /** A datacenter joined by VPN to a network of 10.40.0.0/20 that holds the private endpoint of {@code type}. */
    private static Plan throughAPrivateEndpoint(String type) {
        return plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(),
                List.of("10.40.0.0/20")).azurePublic("az").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("orders", "SQL_SERVER", "dc").storeWithPrivateEndpoint("pe", type, "az", "vnet")
                .flow("f", "orders", "pe").build();
    }

    /** The same runtime placement with a store in the network instead: the rules every runtime there has. */
    private static Plan sameRuntimeWithoutTheEndpoint() {
        return plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(),
                List.of("10.40.0.0/20")).azurePublic("az").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("orders", "SQL_SERVER", "dc").store("copy", "SQL_SERVER", "vnet")
                .flow("f", "orders", "copy").build();
    }

    static List<String> typesWithAPrivateEndpoint() {
        return RecommendationEngine.standard().catalog().privateEndpoints().stream()
                .map(spec -> spec.storeType()).toList();
    }

    private static List<String> codes(Recommendation recommendation) {
        return recommendation.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void aStoreStandingInAVirtualNetworkIsReachedThroughItsPrivateEndpointAndListsNoPrivateRange() {
        Plan plan = plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(),
                List.of()).link("dc", "vnet", LinkType.SITE_TO_SITE_VPN).store("a", "SQL_SERVER", "dc")
                .store("sql", "AZURE_SQL_DATABASE", "vnet").flow("f", "a", "sql").build();

        Recommendation recommendation = engine.recommend(plan);

        AllowlistEntry entry = recommendation.allowlist().getFirst();
        assertThat(entry.basis()).isEqualTo(AddressBasis.PRIVATE_ENDPOINT);
        assertThat(entry.addresses()).isEmpty();
        assertThat(entry.reference()).isEqualTo("Decision: private endpoints");
        assertThat(entry.purpose()).contains("through its private endpoint in vnet name",
                "not filtered by the server's firewall rules");
        assertThat(codes(recommendation)).doesNotContain("MISSING_ADDRESS_SPACE")
                .contains("PRIVATE_DNS_ZONE", "PUBLIC_ACCESS_CAN_BE_DISABLED");
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("PRIVATE_DNS_ZONE"))
                .singleElement().satisfies(w -> assertThat(w.message())
                        .contains("link the private DNS zone privatelink.database.windows.net to vnet name"));
    }

    @Test
    void aRuntimeReachingSqlThroughAPrivateEndpointAllowsTheEndpointNetworksRangeNotTheSqlTag() {
        Recommendation recommendation = engine.recommend(throughAPrivateEndpoint("AZURE_SQL_DATABASE"));

        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.port() == 1433).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.runtime()).isEqualTo("shir-vnet");
                    assertThat(rule.scope()).isEqualTo(RuleScope.NETWORK_SECURITY_GROUP);
                    assertThat(rule.match().name()).isEqualTo("ADDRESS_RANGE");
                    assertThat(rule.destination()).isEqualTo("10.40.0.0/20");
                    assertThat(rule.host()).isEqualTo("*.database.windows.net");
                    assertThat(rule.reference()).isEqualTo("Decision: outbound rules through a private endpoint");
                    assertThat(rule.purpose()).isEqualTo("Azure SQL Database through its private endpoint in vnet"
                            + " name: *.database.windows.net resolves to a private address there, so allow vnet"
                            + " name's range, not its public addresses.");
                });
        assertThat(recommendation.firewallRules()).noneMatch(rule -> "Sql".equals(rule.destination()));
        assertThat(recommendation.warnings()).noneMatch(w -> w.code().equals("PORT_1433_AVOIDABLE"));
    }

    @Test
    void theRuleNamesEveryAddressSpaceOfTheEndpointsNetworkOrAsksForTheEndpointsAddress() {
        Plan twoRanges = plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(),
                List.of("10.40.0.0/20", "10.41.0.0/24")).azurePublic("az")
                .link("dc", "vnet", LinkType.EXPRESSROUTE_PRIVATE_PEERING).store("orders", "SQL_SERVER", "dc")
                .storeWithPrivateEndpoint("dwh", "AZURE_SYNAPSE_ANALYTICS", "az", "vnet")
                .flow("f", "orders", "dwh").build();

        assertThat(engine.recommend(twoRanges).firewallRules()).filteredOn(rule -> rule.port() == 1433)
                .singleElement().satisfies(rule -> assertThat(rule.destination())
                        .isEqualTo("10.40.0.0/20, 10.41.0.0/24"));
        assertThat(engine.recommend(sqlBehindAPrivateEndpoint()).firewallRules())
                .filteredOn(rule -> rule.port() == 1433).singleElement().satisfies(rule -> {
                    assertThat(rule.destination()).isEqualTo("vnet name");
                    assertThat(rule.purpose()).contains("The plan gives no address space for vnet name: allow the"
                            + " private endpoint's address.");
                });
    }

    @ParameterizedTest
    @MethodSource("typesWithAPrivateEndpoint")
    void everyStoreTypeReachedThroughAPrivateEndpointGetsItsRangeNeverAPublicRuleNorAnAddressEntry(String type) {
        Recommendation recommendation = engine.recommend(throughAPrivateEndpoint(type));
        List<FirewallRule> baseline = engine.recommend(sameRuntimeWithoutTheEndpoint()).firewallRules();

        List<FirewallRule> forTheStore = recommendation.firewallRules().stream()
                .filter(rule -> !baseline.contains(rule)).toList();
        assertThat(forTheStore).as(type).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.destination()).isEqualTo("10.40.0.0/20");
            assertThat(rule.scope()).isEqualTo(RuleScope.NETWORK_SECURITY_GROUP);
            assertThat(rule.reference()).isEqualTo("Decision: outbound rules through a private endpoint");
        });
        // Types with an allowlist row (Blob and Table storage have none) say why nothing is listed.
        assertThat(recommendation.allowlist()).filteredOn(entry -> entry.dataStore().equals("pe"))
                .allSatisfy(entry -> {
                    assertThat(entry.basis()).isEqualTo(AddressBasis.PRIVATE_ENDPOINT);
                    assertThat(entry.addresses()).isEmpty();
                    assertThat(entry.purpose()).contains("not filtered by", "so no private range is listed");
                });
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("PUBLIC_ACCESS_CAN_BE_DISABLED"))
                .singleElement().satisfies(w -> assertThat(w.message()).as(type)
                        .containsAnyOf("Azure CLI: az ", "Azure portal"));
    }

    @Test
    void aPostgreSqlServerStandingInAVirtualNetworkIsDeployedThereNotBehindAPrivateEndpoint() {
        Plan plan = plan().onPremises("dc").location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(),
                List.of("10.40.0.0/20")).link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("orders", "SQL_SERVER", "dc").store("pg", "AZURE_DATABASE_FOR_POSTGRESQL", "vnet")
                .flow("f", "orders", "pg").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.allowlist()).filteredOn(entry -> entry.dataStore().equals("pg"))
                .extracting(AllowlistEntry::basis).containsOnly(AddressBasis.ADDRESS_SPACES);
        assertThat(codes(recommendation)).doesNotContain("PRIVATE_DNS_ZONE", "PUBLIC_ACCESS_CAN_BE_DISABLED");
    }

    @Test
    void aPostgreSqlServerBehindAPrivateEndpointNamesItsZoneInEachCloudAndHowToCloseItsPublicAccess() {
        Recommendation recommendation = engine.recommend(throughAPrivateEndpoint("AZURE_DATABASE_FOR_POSTGRESQL"));
        Plan china = plan().region("chinanorth3").onPremises("dc").location("vnet",
                LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.40.0.0/20")).azurePublic("az")
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN).store("orders", "SQL_SERVER", "dc")
                .storeWithPrivateEndpoint("pe", "AZURE_DATABASE_FOR_MYSQL", "az", "vnet")
                .flow("f", "orders", "pe").build();

        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("PRIVATE_DNS_ZONE")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("privatelink.postgres.database.azure.com"));
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("PUBLIC_ACCESS_CAN_BE_DISABLED"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("Azure CLI: az postgres"
                        + " flexible-server update --resource-group <resource group> --name <Azure Database for"
                        + " PostgreSQL flexible server> --public-access Disabled"));
        assertThat(engine.recommend(china).warnings()).filteredOn(w -> w.code().equals("PRIVATE_DNS_ZONE"))
                .singleElement().satisfies(w -> assertThat(w.message())
                        .contains("privatelink.mysql.database.chinacloudapi.cn"));
    }

    @Test
    void placesAFlowToAPrivateEndpointInTheEndpointsNetwork() {
        Recommendation recommendation = engine.recommend(sqlBehindAPrivateEndpoint());

        FlowDecision flow = recommendation.flows().getFirst();
        assertThat(flow.scenario()).isEqualTo(Scenario.HYBRID);
        assertThat(flow.runtime()).isEqualTo("shir-vnet");
        assertThat(flow.network()).isEqualTo(Network.SITE_TO_SITE_VPN);
        assertThat(flow.reasons()).anySatisfy(reason -> {
            assertThat(reason.text()).isEqualTo("sql name is reached through its private endpoint in vnet name: the"
                    + " runtime's traffic to it stays on private addresses.");
            assertThat(reason.reference()).isEqualTo("Decision: private endpoints");
        });
        assertThat(recommendation.allowlist()).singleElement()
                .satisfies(entry -> assertThat(entry.basis()).isEqualTo(AddressBasis.PRIVATE_ENDPOINT));
        // The store's own location has a purpose: it is where the store is.
        assertThat(recommendation.warnings()).noneMatch(w -> w.code().equals("UNUSED_LOCATION"));
    }

    @Test
    void namesTheSovereignCloudsPrivateDnsZone() {
        Plan plan = plan().region("usgovvirginia").virtualNetwork("vnet").store("a", "SQL_SERVER", "vnet")
                .store("blob", "AZURE_BLOB_STORAGE", "vnet").flow("f", "a", "blob").build();

        assertThat(engine.recommend(plan).warnings()).filteredOn(w -> w.code().equals("PRIVATE_DNS_ZONE"))
                .singleElement().satisfies(w -> assertThat(w.message())
                        .contains("privatelink.blob.core.usgovcloudapi.net"));
    }

    @Test
    void recommendsAManagedVirtualNetworkWhereItWouldReplaceTheSelfHostedRuntime() {
        Plan plan = plan().virtualNetwork("vnet").azurePublic("az").store("blob", "AZURE_BLOB_STORAGE", "az")
                .storeWithPrivateEndpoint("sql", "AZURE_SQL_DATABASE", "az", "vnet").flow("f", "blob", "sql").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.flows().getFirst().runtime()).isEqualTo("shir-vnet");
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("MANAGED_VIRTUAL_NETWORK_FITS"))
                .singleElement().satisfies(w -> assertThat(w.message()).isEqualTo("Flow f needs self-hosted runtime"
                        + " shir-vnet only because sql name allows private access only: the Azure integration runtime"
                        + " in a managed virtual network of contoso-adf, with a managed private endpoint to sql name,"
                        + " could run it instead."));
    }

    @Test
    void runsCloudFlowsThroughManagedPrivateEndpointsWithoutAServiceTagEntry() {
        Plan plan = plan().azurePublic("az").store("lake", "AZURE_DATA_LAKE_STORE", "az")
                .store("sql", "AZURE_SQL_DATABASE", "az").managedPrivateEndpoint("sql").managedVirtualNetwork()
                .flow("f", "lake", "sql").build();

        Recommendation recommendation = engine.recommend(plan);

        FlowDecision flow = recommendation.flows().getFirst();
        assertThat(flow.scenario()).isEqualTo(Scenario.CLOUD);
        assertThat(flow.runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID);
        assertThat(flow.network()).isEqualTo(Network.MANAGED_PRIVATE_ENDPOINT);
        assertThat(flow.reasons().getFirst().text()).contains("reaches sql name through managed private endpoints"
                + " and lake name on its public endpoint");
        AllowlistEntry sql = recommendation.allowlist().stream().filter(e -> e.dataStore().equals("sql"))
                .findFirst().orElseThrow();
        assertThat(sql.basis()).isEqualTo(AddressBasis.MANAGED_PRIVATE_ENDPOINT);
        assertThat(sql.addresses()).isEmpty();
        assertThat(sql.purpose()).contains("approve that private endpoint connection");
        AllowlistEntry lake = recommendation.allowlist().stream().filter(e -> e.dataStore().equals("lake"))
                .findFirst().orElseThrow();
        assertThat(lake.basis()).isEqualTo(AddressBasis.SERVICE_TAG);
        assertThat(recommendation.runtimes().getFirst().reasons())
                .anySatisfy(reason -> assertThat(reason.text()).contains("managed virtual network"));
        assertThat(codes(recommendation)).contains("PUBLIC_ACCESS_CAN_BE_DISABLED");
    }

    @Test
    void aManagedPrivateEndpointStoreAlsoReadByASelfHostedRuntimeKeepsItsPublicAccess() {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("orders", "SQL_SERVER", "dc")
                .store("lake", "AZURE_DATA_LAKE_STORE", "az").store("sql", "AZURE_SQL_DATABASE", "az")
                .managedPrivateEndpoint("sql").managedVirtualNetwork().flow("f1", "lake", "sql")
                .flow("f2", "orders", "sql").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.allowlist()).filteredOn(e -> e.dataStore().equals("sql"))
                .extracting(AllowlistEntry::basis)
                .containsExactlyInAnyOrder(AddressBasis.MANAGED_PRIVATE_ENDPOINT, AddressBasis.EGRESS_IPS);
        assertThat(codes(recommendation)).doesNotContain("PUBLIC_ACCESS_CAN_BE_DISABLED");
    }

    @Test
    void everyNodeOfARuntimeGetsTheRulesAndTheAllowlistNamesEachNode() {
        Plan plan = plan().awsVpc("vpc").nodes("vpc", 2, "10.200.1.4", "10.200.1.5")
                .store("a", "SQL_SERVER", "vpc").store("r", "AMAZON_REDSHIFT", "vpc").flow("f", "a", "r")
                .runtime(true, true, true).build();

        Recommendation recommendation = engine.recommend(plan);

        RuntimePlacement runtime = recommendation.runtimes().getFirst();
        assertThat(runtime.nodes()).isEqualTo(2);
        assertThat(runtime.reasons()).anySatisfy(reason -> {
            assertThat(reason.text()).contains("runs on 2 nodes", "the node addresses 10.200.1.4, 10.200.1.5");
            assertThat(reason.reference()).isEqualTo("Decision: self-hosted runtime nodes");
        });
        AllowlistEntry entry = recommendation.allowlist().getFirst();
        assertThat(entry.addresses()).containsExactly("10.200.1.4", "10.200.1.5");
        assertThat(entry.notes()).singleElement().satisfies(note -> assertThat(note.text())
                .contains("runs on 2 nodes", "the node addresses are listed"));
        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.direction() == Direction.OUTBOUND)
                .isNotEmpty().allSatisfy(rule -> assertThat(rule.notes()).singleElement().satisfies(note -> {
                    assertThat(note.text()).contains("runs on 2 nodes", "every node needs this rule");
                    assertThat(note.reference()).isEqualTo("Decision: self-hosted runtime nodes");
                }));
        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.port() == 8060)
                .extracting(FirewallRule::purpose, FirewallRule::scope).contains(
                        org.assertj.core.groups.Tuple.tuple("The runtime's nodes talk to each other while remote"
                                + " access from the intranet is on: on every node, admit TCP 8060 from the runtime's"
                                + " other nodes only.", RuleScope.WINDOWS_FIREWALL));
    }

    @Test
    void withoutNodeAddressesTheEntrySaysEachNodesAddress() {
        Plan plan = plan().awsVpc("vpc").nodes("vpc", 3).store("a", "SQL_SERVER", "vpc")
                .store("r", "AMAZON_REDSHIFT", "vpc").flow("f", "a", "r").build();

        Recommendation recommendation = engine.recommend(plan);

        AllowlistEntry entry = recommendation.allowlist().getFirst();
        assertThat(entry.addresses()).containsExactly("10.200.0.0/16");
        assertThat(entry.notes()).singleElement()
                .satisfies(note -> assertThat(note.text()).contains("allow each node's address"));
        assertThat(recommendation.runtimes().getFirst().reasons())
                .anySatisfy(reason -> assertThat(reason.text()).contains("covers each node's address"));
    }

    @Test
    void nodesTalkOn8060OnlyWithRemoteAccessAndMoreThanOneNode() {
        Plan oneNode = plan().awsVpc("vpc").store("a", "SQL_SERVER", "vpc").store("r", "AMAZON_REDSHIFT", "vpc")
                .flow("f", "a", "r").runtime(true, true, true).build();
        Plan noRemoteAccess = plan().awsVpc("vpc").nodes("vpc", 2).store("a", "SQL_SERVER", "vpc")
                .store("r", "AMAZON_REDSHIFT", "vpc").flow("f", "a", "r").build();

        assertThat(engine.recommend(oneNode).firewallRules())
                .noneMatch(rule -> rule.purpose().contains("nodes talk to each other"));
        assertThat(engine.recommend(noRemoteAccess).firewallRules()).noneMatch(rule -> rule.port() == 8060);
        assertThat(engine.recommend(oneNode).runtimes().getFirst().nodes()).isNull();
    }
}
