package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DestinationMatch;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every outbound and inbound rule's condition, on and off. */
class FirewallRuleTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private static TopologyFixtures.Builder datacenterToSynapse() {
        return plan().onPremises("dc").azurePublic("az")
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az");
    }

    private List<String> outboundHosts(Plan plan) {
        return engine.recommend(plan).firewallRules().stream()
                .filter(rule -> rule.direction() == Direction.OUTBOUND)
                .map(rule -> rule.host() + ":" + rule.port())
                .toList();
    }

    /**
     * A runtime of several nodes gets the rules a single node gets, word for word and with the same citations; that
     * every node needs each outbound rule is a note citing the nodes decision, never a sentence under the article's
     * quote (issue 10, item 5). Over a public endpoint, a name-aware boundary and a private endpoint.
     */
    @ParameterizedTest
    @CsvSource({"public endpoint", "virtual network", "private endpoint"})
    void everyOutboundRuleOfARuntimeOfSeveralNodesIsTheSingleNodesRuleWithANoteCitingTheNodesDecision(String way) {
        TopologyFixtures.Builder single = switch (way) {
            case "public endpoint" -> datacenterToSynapse().flow("f", "orders", "dwh");
            case "virtual network" -> plan().virtualNetwork("dc").azurePublic("az")
                    .store("orders", "SQL_SERVER", "dc").store("lake", "AZURE_DATA_LAKE_STORAGE_GEN2", "az")
                    .flow("f", "orders", "lake");
            default -> plan().onPremises("dc").virtualNetwork("vnet").azurePublic("az")
                    .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN).store("orders", "SQL_SERVER", "dc")
                    .storeWithPrivateEndpoint("dwh", "AZURE_SQL_DATABASE", "az", "vnet").flow("f", "orders", "dwh");
        };
        // Through the private endpoint the runtime runs on a VM in the endpoint's network (the hybrid table).
        String home = way.equals("private endpoint") ? "vnet" : "dc";
        List<FirewallRule> alone = engine.recommend(single.build()).firewallRules();
        Recommendation fourNodes = engine.recommend(single.nodes(home, 4).build());

        List<FirewallRule> outbound = fourNodes.firewallRules().stream()
                .filter(rule -> rule.direction() == Direction.OUTBOUND).toList();
        assertThat(outbound).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.purpose()).doesNotContain("nodes");
            assertThat(rule.notes()).singleElement().satisfies(note -> {
                assertThat(note.text()).isEqualTo("Runtime shir-" + home + " runs on 4 nodes, and each of them"
                        + " makes this connection: every node needs this rule.");
                assertThat(note.reference()).isEqualTo("Decision: self-hosted runtime nodes");
                assertThat(fourNodes.reference(note.reference())).isPresent();
            });
        });
        assertThat(outbound).extracting(FirewallRule::host, FirewallRule::purpose, FirewallRule::reference,
                FirewallRule::destination).containsExactlyElementsOf(alone.stream()
                        .filter(rule -> rule.direction() == Direction.OUTBOUND)
                        .map(rule -> org.assertj.core.groups.Tuple.tuple(rule.host(), rule.purpose(),
                                rule.reference(), rule.destination())).toList());
        assertThat(alone).allSatisfy(rule -> assertThat(rule.notes()).isEmpty());
    }

    @Test
    void interactiveAuthoringNeedsServiceBus() {
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").runtime(true, true, false).build()))
                .contains("*.servicebus.windows.net:443");
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").runtime(false, true, false).build()))
                .doesNotContain("*.servicebus.windows.net:443");
    }

    @Test
    void regionalEndpointUsesTheFactorysFqdnAndLegacyTheWildcard() {
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").build()))
                .contains("contoso-adf.westeurope.datafactory.azure.net:443")
                .doesNotContain("*.frontend.clouddatahub.net:443");
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").legacyEndpoint().build()))
                .contains("*.frontend.clouddatahub.net:443")
                .doesNotContain("contoso-adf.westeurope.datafactory.azure.net:443");
    }

    @Test
    void autoUpdateNeedsTheDownloadCenter() {
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").runtime(true, true, false).build()))
                .contains("download.microsoft.com:443");
        assertThat(outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").runtime(true, false, false).build()))
                .doesNotContain("download.microsoft.com:443");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "AZURE_KEY_VAULT, contoso-kv, contoso-kv.vault.azure.net:443",
        "AZURE_KEY_VAULT, none, *.vault.azure.net:443",
        "DATA_FACTORY_MANAGED, none, none",
        "SELF_HOSTED_LOCAL, none, none"
    })
    void keyVaultRuleFollowsTheCredentialStore(CredentialStore store, String vault, String expected) {
        List<String> hosts = outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh")
                .credentials(store, vault).build());
        if (expected == null) {
            assertThat(hosts).noneMatch(host -> host.contains("vault.azure.net"));
        } else {
            assertThat(hosts).filteredOn(host -> host.contains("vault.azure.net")).containsExactly(expected);
        }
    }

    @Test
    void stagedCopyNeedsStorageAndAvoids1433() {
        List<String> staged = outboundHosts(datacenterToSynapse().stagedFlow("f", "orders", "dwh").build());
        assertThat(staged).contains("*.core.windows.net:443").doesNotContain("*.database.windows.net:1433");

        List<String> direct = outboundHosts(datacenterToSynapse().flow("f", "orders", "dwh").build());
        assertThat(direct).contains("*.database.windows.net:1433").doesNotContain("*.core.windows.net:443");
    }

    @ParameterizedTest
    @CsvSource({"AZURE_SQL_DATABASE, true", "AZURE_SYNAPSE_ANALYTICS, true", "AZURE_COSMOS_DB, false",
        "AZURE_BLOB_STORAGE, false"})
    void port1433OnlyForAzureSqlAndSynapse(String sinkType, boolean expected) {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc").store("b", sinkType, "az")
                .flow("f", "a", "b").build();

        assertThat(outboundHosts(plan).contains("*.database.windows.net:1433")).isEqualTo(expected);
    }

    @Test
    void dataLakeStoreNeedsItsDomainAndTheTokenEndpoint() {
        Plan withLake = plan().onPremises("dc").azurePublic("az").store("a", "FILE_SHARE", "dc")
                .store("lake", "AZURE_DATA_LAKE_STORE", "az").flow("f", "a", "lake").build();
        assertThat(outboundHosts(withLake)).contains("*.azuredatalakestore.net:443", "login.microsoftonline.com:443");

        Plan withoutLake = plan().onPremises("dc").azurePublic("az").store("a", "FILE_SHARE", "dc")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "a", "blob").build();
        assertThat(outboundHosts(withoutLake))
                .doesNotContain("*.azuredatalakestore.net:443", "login.microsoftonline.com:443");
    }

    @ParameterizedTest
    @CsvSource({
        "AZURE_BLOB_STORAGE, AZURE_PUBLIC, *.blob.core.windows.net:443",
        "AZURE_TABLE_STORAGE, AZURE_PUBLIC, *.table.core.windows.net:443",
        "AZURE_COSMOS_DB, AZURE_PUBLIC, *.documents.azure.com:443",
        "AMAZON_S3, PUBLIC_INTERNET, *.amazonaws.com:443",
        "AMAZON_REDSHIFT, PUBLIC_INTERNET, *.redshift.amazonaws.com:5439",
        "SALESFORCE, PUBLIC_INTERNET, *.salesforce.com:443"
    })
    void publicEndpointsOfOtherStoresGetTheirWellKnownDomain(String type, String kind, String expected) {
        Plan plan = plan().onPremises("dc")
                .location("pub", org.hybridplanner.model.LocationKind.valueOf(kind), List.of(), List.of())
                .store("a", "SQL_SERVER", "dc").store("b", type, "pub").flow("f", "a", "b").build();

        assertThat(outboundHosts(plan)).contains(expected);
    }

    @Test
    void storesReachedPrivatelyGetNoPublicDomainRule() {
        Plan plan = plan().onPremises("dc").virtualNetwork("vnet").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("a", "SQL_SERVER", "dc").store("b", "AZURE_BLOB_STORAGE", "vnet").flow("f", "a", "b").build();

        // The store is reached through a private endpoint in vnet: only that network's range is allowed for it.
        assertThat(engine.recommend(plan).firewallRules())
                .filteredOn(rule -> "*.blob.core.windows.net".equals(rule.host())).singleElement()
                .satisfies(rule -> assertThat(rule.match()).isEqualTo(DestinationMatch.ADDRESS_RANGE));
    }

    @Test
    void remoteAccessOpens8060InWindowsFirewallOnlyAndNeverTheCorporateFirewall() {
        Recommendation on = engine.recommend(datacenterToSynapse().flow("f", "orders", "dwh")
                .runtime(true, true, true).build());
        List<FirewallRule> inbound = on.firewallRules().stream()
                .filter(rule -> rule.direction() == Direction.INBOUND).toList();
        assertThat(inbound).singleElement().satisfies(rule -> {
            assertThat(rule.scope()).isEqualTo(RuleScope.WINDOWS_FIREWALL);
            assertThat(rule.port()).isEqualTo(8060);
            assertThat(rule.host()).isNull();
            assertThat(rule.purpose()).contains("machine level only");
        });
        assertThat(on.firewallRules()).noneMatch(rule -> rule.port() == 8060
                && rule.scope() == RuleScope.CORPORATE_FIREWALL);

        Recommendation off = engine.recommend(datacenterToSynapse().flow("f", "orders", "dwh")
                .runtime(true, true, false).build());
        assertThat(off.firewallRules()).noneMatch(rule -> rule.direction() == Direction.INBOUND);
    }

    @ParameterizedTest
    @CsvSource({"ON_PREMISES, CORPORATE_FIREWALL, CORPORATE_FIREWALL",
        "AZURE_VIRTUAL_NETWORK, NETWORK_SECURITY_GROUP, AZURE_FIREWALL",
        "AWS_VPC, AWS_SECURITY_GROUP, AWS_NETWORK_FIREWALL"})
    void outboundRulesGoToTheBoundaryOfTheRuntimesLocation(String kind, RuleScope scope, RuleScope nameAware) {
        Plan plan = plan().location("home", org.hybridplanner.model.LocationKind.valueOf(kind), List.of("20.1.1.1"),
                        List.of("10.9.0.0/16")).azurePublic("az")
                .store("a", "SQL_SERVER", "home").store("b", "AZURE_SQL_DATABASE", "az").flow("f", "a", "b").build();

        List<FirewallRule> outbound = engine.recommend(plan).firewallRules().stream()
                .filter(rule -> rule.direction() == Direction.OUTBOUND).toList();
        assertThat(outbound).anyMatch(rule -> rule.scope() == scope)
                .allSatisfy(rule -> assertThat(rule.scope()).isIn(scope, nameAware));
        // Every requirement is at the boundary itself, whatever it can match.
        assertThat(outbound.stream().filter(rule -> rule.scope() == scope).map(FirewallRule::host))
                .containsExactlyInAnyOrderElementsOf(outbound.stream().map(FirewallRule::host).distinct().toList());
    }

    @Test
    void aNetworkSecurityGroupGetsServiceTagsAndTheDomainsNoTagNarrowsGoToAzureFirewall() {
        Plan plan = plan().virtualNetwork("vnet").azurePublic("az").store("a", "SQL_SERVER", "vnet")
                .store("b", "AZURE_SQL_DATABASE", "az").flow("f", "a", "b").build();
        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.scope() == RuleScope.NETWORK_SECURITY_GROUP)
                .noneMatch(rule -> rule.match() == DestinationMatch.DOMAIN)
                .extracting(rule -> rule.host() + " -> " + rule.match() + " " + rule.destination())
                .contains("*.servicebus.windows.net -> SERVICE_TAG AzureCloud",
                        "contoso-adf.westeurope.datafactory.azure.net -> SERVICE_TAG DataFactoryManagement",
                        "download.microsoft.com -> ANY_ADDRESS Internet",
                        "*.database.windows.net -> SERVICE_TAG Sql");
        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.scope() == RuleScope.AZURE_FIREWALL)
                .allSatisfy(rule -> assertThat(rule.match()).isEqualTo(DestinationMatch.DOMAIN))
                .extracting(FirewallRule::host)
                .containsExactlyInAnyOrder("*.servicebus.windows.net", "download.microsoft.com");
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("NAME_AWARE_FIREWALL_NEEDED"))
                .singleElement().satisfies(warning -> assertThat(warning.message())
                        .contains("filters by address, not by name")
                        .contains("*.servicebus.windows.net, download.microsoft.com")
                        .contains("Azure Firewall application rules"));
    }

    @Test
    void anAwsSecurityGroupGetsAddressesOrThePrefixListAndDomainsGoToNetworkFirewall() {
        Plan plan = plan().awsVpc("vpc").internet("net").store("a", "SQL_SERVER", "vpc")
                .store("s3", "AMAZON_S3", "net").flow("f", "a", "s3").build();
        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.scope() == RuleScope.AWS_SECURITY_GROUP)
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.match()).isIn(DestinationMatch.ANY_ADDRESS,
                        DestinationMatch.PREFIX_LIST))
                .anySatisfy(rule -> {
                    assertThat(rule.host()).isEqualTo("*.amazonaws.com");
                    assertThat(rule.destination()).isEqualTo("com.amazonaws.<bucket-region>.s3");
                });
        assertThat(recommendation.firewallRules()).filteredOn(rule -> rule.scope() == RuleScope.AWS_NETWORK_FIREWALL)
                .extracting(FirewallRule::host).contains("*.servicebus.windows.net", "download.microsoft.com")
                .doesNotContain("*.amazonaws.com");
    }

    @Test
    void aCorporateFirewallMatchesTheDomainsThemselves() {
        assertThat(engine.recommend(datacenterToSynapse().flow("f", "orders", "dwh").build()).firewallRules())
                .filteredOn(rule -> rule.direction() == Direction.OUTBOUND)
                .allSatisfy(rule -> {
                    assertThat(rule.scope()).isEqualTo(RuleScope.CORPORATE_FIREWALL);
                    assertThat(rule.match()).isEqualTo(DestinationMatch.DOMAIN);
                    assertThat(rule.destination()).isEqualTo(rule.host());
                });
    }

    @Test
    void everyRuleCarriesAReferenceThatResolves() {
        Recommendation recommendation = engine.recommend(datacenterToSynapse().flow("f", "orders", "dwh")
                .runtime(true, true, true).credentials(CredentialStore.AZURE_KEY_VAULT, "kv-one").build());

        assertThat(recommendation.firewallRules()).isNotEmpty().allSatisfy(rule ->
                assertThat(recommendation.reference(rule.reference())).isPresent());
    }
}
