package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's hybrid table, every row in both directions, and the placement decisions the issue adds. */
class HybridPlacementTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    @ParameterizedTest(name = "row {2}: {0}")
    @CsvSource({
        "SITE_TO_SITE_VPN, 'Hybrid table, row 1: IPsec VPN to a virtual network', 1",
        "POINT_TO_SITE_VPN, 'Hybrid table, row 1: IPsec VPN to a virtual network', 1",
        "EXPRESSROUTE_PRIVATE_PEERING, 'Hybrid table, row 2: ExpressRoute private peering to a virtual network', 2"
    })
    void placesRuntimeOnAzureVmInVirtualNetworkForDatacenterToVirtualNetwork(LinkType link, String reference, int row) {
        Recommendation recommendation = engine.recommend(TopologyFixtures.datacenterToVirtualNetwork(link));

        FlowDecision flow = recommendation.flow("f1").orElseThrow();
        assertThat(flow.scenario()).isEqualTo(Scenario.HYBRID);
        assertThat(flow.runtime()).isEqualTo("shir-vnet");
        assertThat(flow.network()).isEqualTo(Network.of(link));
        assertThat(flow.reasons()).extracting("reference").contains(reference);
        RuntimePlacement runtime = recommendation.runtime("shir-vnet").orElseThrow();
        assertThat(runtime.host()).isEqualTo(RuntimeHost.AZURE_VM);
        assertThat(runtime.location()).isEqualTo("vnet");
    }

    @ParameterizedTest(name = "row {2} reversed: {0}")
    @CsvSource({
        "SITE_TO_SITE_VPN, 'Hybrid table, row 1: IPsec VPN to a virtual network', 1",
        "POINT_TO_SITE_VPN, 'Hybrid table, row 1: IPsec VPN to a virtual network', 1",
        "EXPRESSROUTE_PRIVATE_PEERING, 'Hybrid table, row 2: ExpressRoute private peering to a virtual network', 2"
    })
    void placesRuntimeOnAzureVmInVirtualNetworkForVirtualNetworkToDatacenter(LinkType link, String reference,
            int row) {
        Plan plan = plan().onPremises("dc").virtualNetwork("vnet").link("dc", "vnet", link)
                .store("onprem", "SQL_SERVER", "dc").store("vm", "SQL_SERVER", "vnet")
                .flow("f1", "vm", "onprem").build();

        FlowDecision flow = engine.recommend(plan).flow("f1").orElseThrow();

        assertThat(flow.runtime()).isEqualTo("shir-vnet");
        assertThat(flow.network()).isEqualTo(Network.of(link));
        assertThat(flow.path()).containsExactly("vnet", "dc");
        assertThat(flow.reasons()).extracting("reference").contains(reference);
    }

    @Test
    void placesRuntimeOnPremisesWithAzureVmAlternativeOverMicrosoftPeering() {
        Recommendation recommendation = engine.recommend(TopologyFixtures.datacenterWithMicrosoftPeering());

        FlowDecision flow = recommendation.flow("f1").orElseThrow();
        assertThat(flow.runtime()).isEqualTo("shir-dc");
        assertThat(flow.network()).isEqualTo(Network.EXPRESSROUTE_MICROSOFT_PEERING);
        assertThat(flow.reasons()).extracting("reference")
                .contains("Hybrid table, row 3: ExpressRoute Microsoft peering to public endpoints");
        RuntimePlacement runtime = recommendation.runtime("shir-dc").orElseThrow();
        assertThat(runtime.host()).isEqualTo(RuntimeHost.ON_PREMISES_MACHINE);
        assertThat(runtime.alternatives()).containsExactly(new RuntimeAlternative(RuntimeHost.AZURE_VM, null));
    }

    @Test
    void microsoftPeeringAppliesInTheOtherDirectionToo() {
        Plan plan = plan().onPremises("dc").azurePublic("az").link("dc", "az", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .flow("f1", "dwh", "orders").build();

        FlowDecision flow = engine.recommend(plan).flow("f1").orElseThrow();

        assertThat(flow.runtime()).isEqualTo("shir-dc");
        assertThat(flow.network()).isEqualTo(Network.EXPRESSROUTE_MICROSOFT_PEERING);
    }

    @Test
    void alternativeAzureVmNamesAVirtualNetworkJoinedPrivately() {
        Plan plan = plan().onPremises("dc").azurePublic("az").virtualNetwork("vnet")
                .link("dc", "az", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)
                .link("dc", "vnet", LinkType.EXPRESSROUTE_PRIVATE_PEERING)
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .store("vm", "SQL_SERVER", "vnet")
                .flow("f1", "orders", "dwh").flow("f2", "orders", "vm").build();

        RuntimePlacement runtime = engine.recommend(plan).runtime("shir-dc").orElseThrow();

        assertThat(runtime.alternatives()).containsExactly(new RuntimeAlternative(RuntimeHost.AZURE_VM, "vnet"));
    }

    @Test
    void usesTheInternetWithoutMicrosoftPeering() {
        Plan plan = plan().onPremises("dc").azurePublic("az")
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .flow("f1", "orders", "dwh").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.flow("f1").orElseThrow().network()).isEqualTo(Network.INTERNET);
        assertThat(recommendation.runtime("shir-dc").orElseThrow().alternatives()).isEmpty();
    }

    @Test
    void placesRuntimeAtThePrivateSinkWhenTheSourceIsPublic() {
        Plan plan = plan().onPremises("dc").internet("saas")
                .store("sf", "SALESFORCE", "saas").store("crm", "SQL_SERVER", "dc")
                .flow("f1", "sf", "crm").build();

        FlowDecision flow = engine.recommend(plan).flow("f1").orElseThrow();

        assertThat(flow.runtime()).isEqualTo("shir-dc");
        assertThat(flow.network()).isEqualTo(Network.INTERNET);
        assertThat(flow.scenario()).isEqualTo(Scenario.HYBRID);
    }

    @Test
    void keepsFlowsInsideOneLocationOnTheLocalNetwork() {
        Plan plan = plan().onPremises("dc")
                .store("a", "SQL_SERVER", "dc").store("b", "FILE_SHARE", "dc")
                .flow("f1", "a", "b").build();

        FlowDecision flow = engine.recommend(plan).flow("f1").orElseThrow();

        assertThat(flow.network()).isEqualTo(Network.LOCAL);
        assertThat(flow.path()).containsExactly("dc");
    }

    @Test
    void runsCloudFlowsOnTheAzureRuntimeOverTls() {
        Plan plan = plan().internet("web").azurePublic("az")
                .store("s3", "AMAZON_S3", "web").store("lake", "AZURE_DATA_LAKE_STORE", "az")
                .flow("f1", "s3", "lake").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.scenario()).isEqualTo(Scenario.CLOUD);
        FlowDecision flow = recommendation.flow("f1").orElseThrow();
        assertThat(flow.runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID);
        assertThat(flow.network()).isEqualTo(Network.INTERNET);
        RuntimePlacement azure = recommendation.runtime(RecommendationEngine.AZURE_RUNTIME_ID).orElseThrow();
        assertThat(azure.type()).isEqualTo(RuntimeType.AZURE);
        assertThat(azure.host()).isEqualTo(RuntimeHost.AZURE_MANAGED);
        assertThat(recommendation.firewallRules()).isEmpty();
    }

    @Test
    void placesRuntimeInTheSinksNetworkWhenBothEndsAreVirtualNetworks() {
        Plan plan = plan().virtualNetwork("a").virtualNetwork("b").link("a", "b", LinkType.SITE_TO_SITE_VPN)
                .store("x", "SQL_SERVER", "a").store("y", "SQL_SERVER", "b").flow("f1", "x", "y").build();

        assertThat(engine.recommend(plan).flow("f1").orElseThrow().runtime()).isEqualTo("shir-b");
    }

    @Test
    void placesRuntimeAtTheSourceBetweenDatacenterAndAwsVpc() {
        Plan plan = plan().onPremises("dc").awsVpc("aws").link("dc", "aws", LinkType.SITE_TO_SITE_VPN)
                .store("x", "SQL_SERVER", "aws").store("y", "SQL_SERVER", "dc").flow("f1", "x", "y").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.flow("f1").orElseThrow().runtime()).isEqualTo("shir-aws");
        assertThat(recommendation.runtime("shir-aws").orElseThrow().host()).isEqualTo(RuntimeHost.AWS_EC2_INSTANCE);
        assertThat(recommendation.flow("f1").orElseThrow().reasons()).extracting("reference")
                .contains("Decision: placement between private networks");
    }

    @Test
    void followsMultiHopPathsAndReportsTheLegLeavingTheRuntime() {
        Plan plan = plan().onPremises("dc").virtualNetwork("hub").virtualNetwork("spoke")
                .link("dc", "hub", LinkType.EXPRESSROUTE_PRIVATE_PEERING)
                .link("hub", "spoke", LinkType.SITE_TO_SITE_VPN)
                .store("ops", "SQL_SERVER", "dc").store("vm", "SQL_SERVER", "spoke").flow("f1", "ops", "vm").build();

        FlowDecision flow = engine.recommend(plan).flow("f1").orElseThrow();

        assertThat(flow.runtime()).isEqualTo("shir-spoke");
        assertThat(flow.path()).containsExactly("dc", "hub", "spoke");
        assertThat(flow.network()).isEqualTo(Network.SITE_TO_SITE_VPN);
        assertThat(flow.reasons()).anySatisfy(reason -> assertThat(reason.text())
                .contains("over Site-to-site VPN to hub name, then over ExpressRoute private peering to dc name"));
    }

    @Test
    void prefersExpressRoutePrivatePeeringOverVpnBetweenTheSameLocations() {
        Plan plan = plan().onPremises("dc").virtualNetwork("vnet")
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .link("dc", "vnet", LinkType.EXPRESSROUTE_PRIVATE_PEERING)
                .store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "vnet").flow("f1", "a", "b").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.flow("f1").orElseThrow().network()).isEqualTo(Network.EXPRESSROUTE_PRIVATE_PEERING);
        assertThat(recommendation.warnings()).extracting("code").contains("UNUSED_LINK");
    }

    @Test
    void blocksFlowsBetweenPrivateNetworksWithoutAPrivatePathAndNamesTheFix() {
        Plan plan = plan().onPremises("dc").awsVpc("aws")
                .store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "aws").flow("f1", "a", "b").build();

        Recommendation recommendation = engine.recommend(plan);

        FlowDecision flow = recommendation.flow("f1").orElseThrow();
        assertThat(flow.status()).isEqualTo(FlowStatus.BLOCKED);
        assertThat(flow.runtime()).isNull();
        assertThat(flow.network()).isNull();
        assertThat(recommendation.runtimes()).isEmpty();
        assertThat(recommendation.warnings()).anySatisfy(warning -> {
            assertThat(warning.code()).isEqualTo("NO_PRIVATE_PATH");
            assertThat(warning.subject()).isEqualTo("f1");
            assertThat(warning.message()).contains("SITE_TO_SITE_VPN").doesNotContain("POINT_TO_SITE_VPN");
        });
    }

    @Test
    void sharesOneSelfHostedRuntimePerLocation() {
        Plan plan = plan().onPremises("dc").azurePublic("az")
                .store("a", "SQL_SERVER", "dc").store("b", "ORACLE", "dc").store("c", "AZURE_BLOB_STORAGE", "az")
                .flow("f1", "a", "c").flow("f2", "b", "c").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.runtimes()).extracting(RuntimePlacement::id).containsExactly("shir-dc");
        assertThat(recommendation.runtime("shir-dc").orElseThrow().flows()).containsExactly("f1", "f2");
    }

    @Test
    void everySelfHostedRuntimeSaysOtherFactoriesCanShareIt() {
        Plan plan = plan().onPremises("dc").virtualNetwork("vnet").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .azurePublic("az").store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "vnet")
                .store("c", "AZURE_BLOB_STORAGE", "az").flow("f1", "a", "b").flow("f2", "a", "c").build();

        var recommendation = engine.recommend(plan);

        assertThat(recommendation.runtimes()).filteredOn(runtime -> runtime.type() == RuntimeType.SELF_HOSTED)
                .hasSize(2).allSatisfy(runtime -> assertThat(runtime.reasons()).anySatisfy(reason -> {
                    assertThat(reason.text()).contains("Other data factories can share this runtime");
                    assertThat(reason.reference()).isEqualTo("FAQ: sharing the self-hosted runtime");
                }));
        assertThat(recommendation.reference("FAQ: sharing the self-hosted runtime").orElseThrow().quote())
                .contains("shared across different data factories? Yes.");
    }
}
