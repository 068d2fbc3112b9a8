package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cloud of a factory follows from its region; stores a cloud does not offer are refused. */
class SovereignCatalogTest {
    private static final StoreTypeSpec LAKE = new StoreTypeSpec("AZURE_DATA_LAKE_STORE", "Azure Data Lake Store",
            List.of(LocationKind.AZURE_PUBLIC), "public only", List.of(AzureCloud.PUBLIC), TransportSecurity.SUPPORTED,
            StoreFirewall.DATA_LAKE_STORE_ACCOUNT);
    private static final StoreTypeSpec SQL_SERVER = new StoreTypeSpec("SQL_SERVER", "SQL Server",
            List.of(LocationKind.ON_PREMISES), "private");
    private static final Catalog CATALOG = new Catalog(List.of(SQL_SERVER, LAKE), List.of(),
            Map.of("westeurope", AzureCloud.PUBLIC, "usgovvirginia", AzureCloud.US_GOVERNMENT,
                    "chinanorth3", AzureCloud.CHINA));

    private static Plan plan(String region) {
        return new Plan(Plan.SCHEMA_VERSION, "Plan", new DataFactory("adf-one", region, null),
                List.of(new Location("dc", "DC", LocationKind.ON_PREMISES, List.of(), List.of()),
                        new Location("az", "Azure", LocationKind.AZURE_PUBLIC, List.of(), List.of())),
                List.of(), List.of(new DataStore("db", "DB", "SQL_SERVER", "dc"),
                        new DataStore("lake", "Lake", "AZURE_DATA_LAKE_STORE", "az")),
                List.of(new Flow("f", "db", "lake", false)), RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS);
    }

    @Test
    void regionsBelongToTheirCloud() {
        assertThat(CATALOG.cloudOf("usgovvirginia")).contains(AzureCloud.US_GOVERNMENT);
        assertThat(CATALOG.cloudOf("chinanorth3")).contains(AzureCloud.CHINA);
        assertThat(CATALOG.cloudOf("westeuropa")).isEmpty();
        assertThat(CATALOG.regionsOf(AzureCloud.CHINA)).containsExactly("chinanorth3");
        assertThat(CatalogFixtures.small().cloudOf("anywhere")).contains(AzureCloud.PUBLIC);
        assertThat(AzureCloud.US_GOVERNMENT.cliName()).isEqualTo("AzureUSGovernment");
        assertThat(AzureCloud.CHINA.displayName()).contains("Azure China");
    }

    @Test
    void validatorRefusesUnknownRegionsAndStoresTheCloudDoesNotOffer() {
        PlanValidator validator = new PlanValidator(CATALOG);

        assertThat(validator.validate(plan("westeurope"))).isEmpty();
        assertThat(validator.validate(plan("westeuropa"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not a region of any Azure cloud"));
        assertThat(validator.validate(plan("West Europe"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("lowercase letters and digits"));
        assertThat(validator.validate(plan("usgovvirginia"))).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[1].type");
            assertThat(problem.message()).contains("not offered in Azure Government", "Azure public cloud");
        });
    }

    @Test
    void storeTypesDefaultToEveryCloudWithTlsAndNoScriptedFirewall() {
        assertThat(SQL_SERVER.clouds()).containsExactly(AzureCloud.values());
        assertThat(SQL_SERVER.transport()).isEqualTo(TransportSecurity.SUPPORTED);
        assertThat(SQL_SERVER.firewall()).isEqualTo(StoreFirewall.NONE);
        assertThat(LAKE.offeredIn(AzureCloud.CHINA)).isFalse();
        assertThat(StoreFirewall.REDSHIFT_CLUSTER_SECURITY_GROUP.noun()).isEqualTo("Redshift cluster security group");
    }

    @Test
    void rulesBuiltWithoutADestinationMatchTheirHostByName() {
        FirewallRule outbound = new FirewallRule("shir", RuleScope.CORPORATE_FIREWALL, Direction.OUTBOUND,
                "download.microsoft.com", 443, TransportProtocol.TCP, "updates", "ref");
        FirewallRule inbound = new FirewallRule("shir", RuleScope.WINDOWS_FIREWALL, Direction.INBOUND, null, 8060,
                TransportProtocol.TCP, "remote access", "ref");

        assertThat(outbound.match()).isEqualTo(DestinationMatch.DOMAIN);
        assertThat(outbound.destination()).isEqualTo("download.microsoft.com");
        assertThat(inbound.match()).isNull();
        assertThat(RuleScope.NETWORK_SECURITY_GROUP.matchesDomainNames()).isFalse();
        assertThat(RuleScope.AZURE_FIREWALL.matchesDomainNames()).isTrue();
        assertThat(RuleScope.AWS_SECURITY_GROUP.filtering()).contains("prefix lists");
    }

    @Test
    void displayOnlyItemsHaveNoClaimAndRecommendationsDefaultToThePublicCloud() {
        assertThat(new Reason("text", "ref").claim()).isNull();
        assertThat(new Advice("text", "ref").claim()).isNull();
        assertThat(new AllowlistEntry("db", "shir", List.of(), AddressBasis.EGRESS_IPS, "ref").purpose()).isEmpty();
        assertThat(new Recommendation(Scenario.CLOUD, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of()).cloud()).isEqualTo(AzureCloud.PUBLIC);
    }
}
