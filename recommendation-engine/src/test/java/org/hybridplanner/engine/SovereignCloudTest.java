package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import java.util.Map;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Azure Government and Azure China: the cloud follows from the region, and every Azure host belongs to it. */
class SovereignCloudTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    /** Every outbound rule the engine can emit at once: authoring, updates, Key Vault, staging, SQL, Cosmos, Blob. */
    private static Plan everyAzureHost(String region, boolean legacy) {
        TopologyFixtures.Builder builder = plan().region(region).onPremises("dc").azurePublic("az")
                .store("orders", "SQL_SERVER", "dc").store("sql", "AZURE_SQL_DATABASE", "az")
                .store("docs", "AZURE_COSMOS_DB", "az").store("blob", "AZURE_BLOB_STORAGE", "az")
                .flow("f1", "orders", "sql").stagedFlow("f2", "orders", "docs").flow("f3", "orders", "blob")
                .runtime(true, true, true).credentials(CredentialStore.AZURE_KEY_VAULT, "contoso-kv");
        return (legacy ? builder.legacyEndpoint() : builder).build();
    }

    private List<String> outbound(Plan plan) {
        return engine.recommend(plan).firewallRules().stream().filter(rule -> rule.direction() == Direction.OUTBOUND)
                .map(rule -> rule.host() + ":" + rule.port()).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void azureGovernmentGetsTheIncludesGovernmentRowsWhateverTheEndpointStyle(boolean legacy) {
        assertThat(outbound(everyAzureHost("usgovvirginia", legacy))).containsExactlyInAnyOrder(
                "*.servicebus.usgovcloudapi.net:443",
                "*.frontend.datamovement.azure.us:443",
                "download.microsoft.com:443",
                "contoso-kv.vault.usgovcloudapi.net:443",
                "*.core.usgovcloudapi.net:443",
                "*.database.usgovcloudapi.net:1433",
                "*.blob.core.usgovcloudapi.net:443");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void azureChinaGetsTheIncludesChinaRowsWhateverTheEndpointStyle(boolean legacy) {
        assertThat(outbound(everyAzureHost("chinanorth3", legacy))).containsExactlyInAnyOrder(
                "*.servicebus.chinacloudapi.cn:443",
                "*.frontend.datamovement.azure.cn:443",
                "download.microsoft.com:443",
                "contoso-kv.vault.azure.cn:443",
                "*.core.chinacloudapi.cn:443",
                "*.database.chinacloudapi.cn:1433",
                "*.blob.core.chinacloudapi.cn:443");
    }

    @Test
    void publicCloudKeepsThePublicRows() {
        assertThat(outbound(everyAzureHost("westeurope", false))).contains("*.servicebus.windows.net:443",
                "contoso-adf.westeurope.datafactory.azure.net:443", "*.database.windows.net:1433",
                "contoso-kv.vault.azure.net:443", "*.core.windows.net:443");
    }

    @ParameterizedTest
    @CsvSource({"usgovvirginia, US_GOVERNMENT", "usgovtexas, US_GOVERNMENT", "usgovarizona, US_GOVERNMENT",
        "usdodeast, US_GOVERNMENT", "usdodcentral, US_GOVERNMENT", "chinaeast, CHINA", "chinaeast2, CHINA",
        "chinaeast3, CHINA", "chinanorth, CHINA", "chinanorth2, CHINA", "chinanorth3, CHINA",
        "westeurope, PUBLIC", "eastus2, PUBLIC"})
    void everyAzureHostBelongsToTheCloudOfTheRegion(String region, AzureCloud cloud) {
        Recommendation recommendation = engine.recommend(everyAzureHost(region, false));

        assertThat(recommendation.cloud()).isEqualTo(cloud);
        List<String> foreign = switch (cloud) {
            case PUBLIC -> List.of("usgovcloudapi.net", "azure.us", "chinacloudapi.cn", "azure.cn");
            case US_GOVERNMENT -> List.of("windows.net", "azure.net", "azure.com", "clouddatahub.net",
                    "chinacloudapi.cn", "azure.cn", "microsoftonline.com");
            case CHINA -> List.of("windows.net", "azure.net", "azure.com", "clouddatahub.net", "usgovcloudapi.net",
                    "azure.us", "microsoftonline.com");
        };
        assertThat(recommendation.firewallRules()).map(FirewallRule::host).filteredOn(host -> host != null)
                .allSatisfy(host -> assertThat(foreign).noneMatch(host::endsWith));
    }

    @Test
    void sovereignRowsCiteTheTableWhereItNamesThemAndTheDecisionWhereItDoesNot() {
        Map<String, String> cited = new java.util.HashMap<>();
        engine.recommend(everyAzureHost("usgovvirginia", false)).firewallRules()
                .forEach(rule -> cited.put(rule.host(), rule.reference()));

        assertThat(cited).containsEntry("*.servicebus.usgovcloudapi.net",
                "Outbound: interactive authoring (Azure Government and China)");
        assertThat(cited).containsEntry("*.frontend.datamovement.azure.us",
                "Outbound: Data Factory service (Azure Government and China)");
        assertThat(cited).containsEntry("*.database.usgovcloudapi.net", "Decision: sovereign cloud endpoints");
        assertThat(cited).containsEntry("download.microsoft.com", "Outbound: updates");
    }

    @Test
    void aRuntimeInAGovernmentVirtualNetworkAllowsGovernmentHostsOnItsNameAwareFirewall() {
        Plan plan = plan().region("usgovtexas").onPremises("dc").virtualNetwork("vnet")
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN).store("a", "SQL_SERVER", "dc")
                .store("b", "SQL_SERVER", "vnet").flow("f", "a", "b").build();

        assertThat(outbound(plan)).contains("*.servicebus.usgovcloudapi.net:443")
                .noneMatch(host -> host.contains("windows.net"));
    }

    @Test
    void refusesARegionNoCloudHas() {
        List<Problem> problems = engine.validator().validate(plan().region("westeuropa").onPremises("dc")
                .azurePublic("az").store("a", "SQL_SERVER", "dc").store("b", "AZURE_SQL_DATABASE", "az")
                .flow("f", "a", "b").build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataFactory.region");
            assertThat(problem.message()).contains("not a region of any Azure cloud").contains("usgovvirginia");
        });
    }

    @Test
    void refusesAStoreTypeTheFactorysCloudDoesNotOffer() {
        List<Problem> problems = engine.validator().validate(plan().region("usgovvirginia").onPremises("dc")
                .azurePublic("az").store("a", "SQL_SERVER", "dc").store("lake", "AZURE_DATA_LAKE_STORE", "az")
                .flow("f", "a", "lake").build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[1].type");
            assertThat(problem.message()).contains("Azure Data Lake Storage Gen1 is not offered in Azure Government");
        });
    }

    @ParameterizedTest
    @CsvSource({"westeurope, REGIONAL", "westeurope, LEGACY", "usgovvirginia, REGIONAL", "usgovvirginia, LEGACY",
        "chinaeast2, REGIONAL", "chinaeast2, LEGACY"})
    void theRuleBookNamesTheDataFactoryHostTheRecommendationOpensForTheFactorysCloudAndStyle(String region,
            EndpointStyle style) {
        Plan plan = (style == EndpointStyle.LEGACY ? plan().legacyEndpoint() : plan())
                .region(region).onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                .store("b", "AZURE_BLOB_STORAGE", "az").flow("f", "a", "b").build();

        String host = engine.rules().dataFactoryServiceHost("Contoso-ADF", region, style).orElseThrow();

        assertThat(engine.recommend(plan).firewallRules()).extracting(FirewallRule::host).contains(host);
    }

    @Test
    void theRuleBookNamesNoDataFactoryHostForARegionNoCloudHas() {
        assertThat(engine.rules().dataFactoryServiceHost("contoso-adf", "atlantis",
                EndpointStyle.REGIONAL)).isEmpty();
        assertThat(engine.rules().dataFactoryServiceHost("contoso-adf", " ",
                EndpointStyle.REGIONAL)).isEmpty();
        assertThat(engine.rules().dataFactoryServiceHost(null, null,
                EndpointStyle.LEGACY)).isEmpty();
    }
}
