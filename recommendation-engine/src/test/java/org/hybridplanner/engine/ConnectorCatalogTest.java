package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.engine.SeedRows.StoreTypeRow;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.StoreCategory;
import org.hybridplanner.model.StoreFirewall;
import org.hybridplanner.model.TransportSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The connector catalog (issue 11): every row carries its facts and sources, every connector the issue lists maps
 * to a catalog type, Azure Data Lake Storage Gen2 has its own rules, and old plans read their imported stores as
 * the types the catalog has gained since.
 */
class ConnectorCatalogTest {
    private static final RuleBook RULES = RuleBook.load();
    private final RecommendationEngine engine = RecommendationEngine.standard();

    /** The Data Factory types issue 11 lists by name. */
    private static final List<String> ISSUE_CONNECTORS = List.of("AzureBlobFS", "AzureBlobStorage",
            "AzureSqlDatabase", "AzureSqlDW", "AzureSqlMI", "AzureDataLakeStore", "AzureTableStorage",
            "AzureFileStorage", "CosmosDb", "CosmosDbMongoDbApi", "AzurePostgreSql", "AzureMySql", "AzureDataExplorer",
            "AzureDatabricksDeltaLake", "SqlServer", "Oracle", "Db2", "Teradata", "SapHana", "SapTable", "SapBW",
            "MySql", "PostgreSql", "Sybase", "Informix", "Odbc", "FileServer", "Hdfs", "Sftp", "FtpServer",
            "HttpServer", "RestService", "OData", "AmazonS3", "AmazonRedshift", "AmazonRdsForSqlServer",
            "AmazonRdsForOracle", "GoogleCloudStorage", "GoogleBigQuery", "Salesforce", "SalesforceV2",
            "DynamicsCrm", "Dynamics365", "CommonDataServiceForApps", "ServiceNow", "SharePointOnlineList",
            "Snowflake", "SnowflakeV2");

    @Test
    void everyConnectorTheIssueListsMapsToACatalogType() {
        Catalog catalog = RULES.catalog();

        for (String connector : ISSUE_CONNECTORS) {
            assertThat(catalog.storeTypeOfConnector(connector)).as(connector).isPresent()
                    .get().extracting(spec -> spec.type()).isNotEqualTo(DataStore.OTHER_CONNECTOR);
        }
        assertThat(catalog.storeTypeOfConnector("AzureBlobFS").orElseThrow().type())
                .isEqualTo("AZURE_DATA_LAKE_STORAGE_GEN2");
        assertThat(catalog.storeTypeOfConnector("AzureDataLakeStore").orElseThrow().type())
                .isEqualTo("AZURE_DATA_LAKE_STORE");
        assertThat(catalog.storeTypeOfConnector("Office365")).as("still unknown to the catalog").isEmpty();
        assertThat(catalog.storeTypes()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void everyRowStatesItsFactsAndTheirSources() {
        for (StoreTypeRow row : RULES.storeTypes.values()) {
            assertThat(row.displayName()).as(row.type()).isNotBlank();
            assertThat(row.category()).as(row.type()).isNotNull();
            assertThat(row.locationKinds()).as(row.type()).isNotEmpty();
            assertThat(row.clouds()).as(row.type()).isNotEmpty();
            assertThat(row.transport()).as(row.type()).isNotNull();
            assertThat(row.firewall()).as(row.type()).isNotNull();
            assertThat(row.sources()).as(row.type() + " sources").isNotEmpty().allSatisfy(source ->
                    assertThat(source).isNotBlank());
            if (!row.type().equals(DataStore.OTHER_CONNECTOR)) {
                assertThat(row.inTransit()).as(row.type() + " in-transit advice").isNotEmpty();
                assertThat(row.atRest()).as(row.type() + " at-rest advice").isNotEmpty();
            }
        }
    }

    @Test
    void everyStoreWhoseFirewallScriptsConfigureHasAnAllowlistRow() {
        for (StoreTypeRow row : RULES.storeTypes.values()) {
            if (row.firewall() != StoreFirewall.NONE) {
                assertThat(RULES.allowlist).as(row.type()).containsKey(row.type());
            }
        }
    }

    @Test
    void gen1IsShownAsGen1AndPointsAGen2LakeToItsOwnType() {
        var gen1 = RULES.catalog().storeType("AZURE_DATA_LAKE_STORE").orElseThrow();
        var gen2 = RULES.catalog().storeType("AZURE_DATA_LAKE_STORAGE_GEN2").orElseThrow();

        assertThat(gen1.displayName()).isEqualTo("Azure Data Lake Storage Gen1");
        assertThat(gen1.placementNote()).contains("Gen2").contains("*.dfs.core.windows.net");
        assertThat(gen2.displayName()).isEqualTo("Azure Data Lake Storage Gen2");
        assertThat(gen2.category()).isEqualTo(StoreCategory.AZURE_STORAGE);
        assertThat(gen2.firewall()).isEqualTo(StoreFirewall.STORAGE_ACCOUNT);
        assertThat(gen2.locationKinds()).contains(LocationKind.AZURE_PUBLIC, LocationKind.AZURE_VIRTUAL_NETWORK);
    }

    @Test
    void aGen2LakeGetsItsDfsRuleStorageFirewallEntryAndScriptsNotGen1s() {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("erp", "SQL_SERVER", "dc")
                .store("lake", "AZURE_DATA_LAKE_STORAGE_GEN2", "az").flow("f", "erp", "lake").build();

        Recommendation recommendation = engine.recommend(plan);

        List<FirewallRule> outbound = recommendation.rulesOf("shir-dc").stream()
                .filter(rule -> rule.direction() == Direction.OUTBOUND).toList();
        assertThat(outbound).anySatisfy(rule -> {
            assertThat(rule.host()).isEqualTo("*.dfs.core.windows.net");
            assertThat(rule.port()).isEqualTo(443);
            assertThat(recommendation.reference(rule.reference())).isPresent();
        });
        assertThat(outbound).extracting(FirewallRule::host).doesNotContain("*.azuredatalakestore.net");
        assertThat(recommendation.allowlist()).singleElement().satisfies(entry -> {
            assertThat(entry.dataStore()).isEqualTo("lake");
            assertThat(entry.addresses()).containsExactly("203.0.113.10");
            assertThat(entry.basis()).isEqualTo(AddressBasis.EGRESS_IPS);
            assertThat(entry.purpose()).contains("the storage account's firewall")
                    .contains("az storage account network-rule add").contains("Add-AzStorageAccountNetworkRule")
                    .doesNotContain("az dls");
            assertThat(entry.reference()).isEqualTo("Decision: allowlists of other data stores");
        });
        assertThat(recommendation.encryption()).filteredOn(advice -> advice.dataStore().equals("lake"))
                .singleElement().satisfies(advice -> {
                    assertThat(advice.inTransit()).extracting(Advice::text).anyMatch(text -> text.contains("https"));
                    assertThat(advice.atRest()).extracting(Advice::text)
                            .anyMatch(text -> text.contains("Azure Storage encryption"));
                });
        assertThat(recommendation.credentials().advice()).extracting(Advice::text)
                .anyMatch(text -> text.contains("lake") && text.contains("managed identity"));
    }

    @ParameterizedTest
    @CsvSource({"chinaeast2, *.dfs.core.chinacloudapi.cn", "usgovvirginia, *.dfs.core.usgovcloudapi.net",
        "westeurope, *.dfs.core.windows.net"})
    void theGen2HostBelongsToTheFactorysCloud(String region, String host) {
        Plan plan = plan().region(region).onPremises("dc").azurePublic("az").store("erp", "SQL_SERVER", "dc")
                .store("lake", "AZURE_DATA_LAKE_STORAGE_GEN2", "az").flow("f", "erp", "lake").build();

        assertThat(engine.recommend(plan).rulesOf("shir-dc")).extracting(FirewallRule::host).contains(host);
    }

    @Test
    void aStoreTypeWhoseTransportIsNotTlsIsNeverClaimedToBeTls() {
        Plan plan = plan().onPremises("dc").internet("net").store("erp", "SQL_SERVER", "dc")
                .store("drop", "SFTP", "net").flow("f", "erp", "drop").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(RULES.storeTypes.get("SFTP").transport()).isEqualTo(TransportSecurity.OWN_ENCRYPTION);
        assertThat(recommendation.flows().getFirst().reasons()).noneMatch(reason -> reason.text().contains("drop")
                && reason.text().contains("TLS"));
        assertThat(recommendation.encryption()).filteredOn(advice -> advice.dataStore().equals("drop"))
                .singleElement().satisfies(advice -> assertThat(advice.inTransit()).extracting(Advice::text)
                        .anyMatch(text -> text.contains("SSH")));
    }

    @Test
    void anOldPlansImportedStoreOfAConnectorTheCatalogNowHasIsReadAsThatType() {
        Plan old = plan().onPremises("dc").azurePublic("az").store("erp", "SQL_SERVER", "dc").build();
        old = withStores(old, List.of(old.dataStores().getFirst(),
                new DataStore("lake", "Lake", DataStore.OTHER_CONNECTOR, "az", "AzureBlobFS"),
                new DataStore("o365", "Mail", DataStore.OTHER_CONNECTOR, "az", "Office365"),
                new DataStore("hana", "HANA", DataStore.OTHER_CONNECTOR, "az", "SapHana")));

        PlanReadResult read = engine.reader().read(new PlanWriter().write(old));

        assertThat(read.problems()).isEmpty();
        assertThat(read.plan().dataStores()).extracting(DataStore::id, DataStore::type, DataStore::connector)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("erp", "SQL_SERVER", null),
                        org.assertj.core.groups.Tuple.tuple("lake", "AZURE_DATA_LAKE_STORAGE_GEN2", null),
                        org.assertj.core.groups.Tuple.tuple("o365", DataStore.OTHER_CONNECTOR, "Office365"),
                        // SAP HANA stands only in private networks: kept as it was rather than made invalid.
                        org.assertj.core.groups.Tuple.tuple("hana", DataStore.OTHER_CONNECTOR, "SapHana"));
    }

    @Test
    void anUnknownConnectorStillGetsNoRuleAndAWarning() {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("erp", "SQL_SERVER", "dc").build();
        plan = withStores(plan, List.of(plan.dataStores().getFirst(),
                new DataStore("o365", "Mail", DataStore.OTHER_CONNECTOR, "az", "Office365")));
        plan = new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), List.of(new org.hybridplanner.model.Flow("f", "o365", "erp", false)), plan.runtime(),
                plan.credentials());

        Recommendation recommendation = engine.recommend(engine.reader().read(new PlanWriter().write(plan)).plan());

        assertThat(recommendation.allowlist()).isEmpty();
        assertThat(recommendation.warnings()).anySatisfy(warning -> {
            assertThat(warning.code()).isEqualTo("UNKNOWN_CONNECTOR");
            assertThat(warning.message()).contains("Office365");
        });
    }

    @Test
    void refusesACatalogRowWithoutSourcesAndAnUnknownCredentialAdvice() {
        assertThatThrownBy(() -> RuleBook.load(SeedDataContractTest.rewriting("store-catalog.json",
                "\"sources\": [\n      \"docs/decisions.md, \\\"Connectors the catalog does not know\\\"\"\n    ]",
                "\"sources\": []")))
                .hasMessageContaining("store-catalog.json OTHER_CONNECTOR: sources must name the documents");
        assertThatThrownBy(() -> RuleBook.load(SeedDataContractTest.rewriting("store-catalog.json",
                "\"managed-identity-storage\"", "\"managed-identity-storaeg\"")))
                .hasMessageContaining("unknown credential advice 'managed-identity-storaeg'");
        assertThatThrownBy(() -> RuleBook.load(SeedDataContractTest.rewriting("data-factory-connectors.json",
                "\"storeType\": \"AZURE_DATA_LAKE_STORAGE_GEN2\"", "\"storeType\": \"ADLS_GEN9\"")))
                .hasMessageContaining("AzureBlobFS: unknown store type 'ADLS_GEN9'");
    }

    private static Plan withStores(Plan plan, List<DataStore> stores) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials());
    }
}
