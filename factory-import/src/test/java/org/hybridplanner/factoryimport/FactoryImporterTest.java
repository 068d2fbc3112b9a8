package org.hybridplanner.factoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.factoryimport.ImportReport.ChecklistItem;
import org.hybridplanner.factoryimport.ImportReport.ImportedStore;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.AddressBasis;
import org.junit.jupiter.api.Test;

/** What becomes what, where things are and what the export does not say: both export shapes. */
class FactoryImporterTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    private static FactoryImport git() throws ImportRefusedException {
        return Exports.IMPORTER.importPath(Exports.gitFolder());
    }

    private static FactoryImport arm() throws ImportRefusedException {
        return Exports.IMPORTER.importPath(Exports.armTemplate());
    }

    private static ImportedStore store(FactoryImport imported, String linkedService) {
        return imported.report().stores().stream().filter(s -> s.linkedService().equals(linkedService)).findFirst()
                .orElseThrow(() -> new AssertionError("no store " + linkedService));
    }

    private static List<String> items(FactoryImport imported, ItemKind kind, String subject) {
        return imported.report().checklist().stream().filter(i -> i.kind() == kind && i.subject().equals(subject))
                .map(ChecklistItem::message).toList();
    }

    @Test
    void aStoreForEveryLinkedServiceThatACopyOrDataFlowReadsOrWritesNamedExactlyAsIt() throws Exception {
        Plan plan = git().plan();

        assertThat(plan.dataStores()).extracting(DataStore::name).containsExactlyInAnyOrder("ls_sqlserver_orders",
                "ls_lake", "ls_oracle_erp", "ls_files", "ls_acme", "ls_snowflake", "ls_sql_dwh", "ls_tenant_sql");
        // A Lookup reads, a Key Vault holds secrets, a function computes: none of them is a store of the plan.
        assertThat(git().report().notUsed()).containsExactly("ls_blob_stage (AzureBlobStorage)",
                "ls_unused_function (AzureFunction)");
    }

    @Test
    void aFlowForEveryDistinctSourceAndSinkPairNamingItsActivitiesWhereverTheyAreNested() throws Exception {
        Plan plan = git().plan();

        assertThat(plan.flows()).extracting(Flow::source, Flow::sink, Flow::activities).containsExactlyInAnyOrder(
                tuple("ls_sqlserver_orders", "ls_lake", List.of("pl_ingest / Copy orders")),
                tuple("ls_oracle_erp", "ls_lake", List.of("pl_ingest / ForEach table / If full load / Copy full",
                        "pl_ingest / ForEach table / If full load / Copy delta")),
                tuple("ls_files", "ls_lake", List.of("pl_ingest / Until done / Switch source / Copy files")),
                tuple("ls_acme", "ls_snowflake", List.of("pl_ingest / Until done / Switch source / Copy acme")),
                tuple("ls_lake", "ls_sql_dwh", List.of("pl_transform / Transform to warehouse (data flow"
                        + " df_lake_to_dwh)")),
                tuple("ls_lake", "ls_tenant_sql", List.of("pl_transform / Transform to warehouse (data flow"
                        + " df_lake_to_dwh)")),
                tuple("ls_sql_dwh", "ls_sql_dwh", List.of("pl_within / Stage to table")));
        assertThat(plan.flow("ls_sqlserver_orders-to-ls_lake").orElseThrow().stagedCopy()).isTrue();
        assertThat(plan.flow("ls_sql_dwh-within").orElseThrow().stagedCopy()).isFalse();
    }

    @Test
    void storesOfASelfHostedRuntimeStandInItsOwnLocationOnPremisesByDefaultAndTheReportAsks() throws Exception {
        FactoryImport imported = git();
        Plan plan = imported.plan();

        assertThat(plan.location("shir-dc").orElseThrow().kind()).isEqualTo(LocationKind.ON_PREMISES);
        assertThat(plan.location("shir-branch").orElseThrow().kind()).isEqualTo(LocationKind.ON_PREMISES);
        assertThat(plan.dataStore("ls_sqlserver_orders").orElseThrow().location()).isEqualTo("shir-dc");
        assertThat(plan.dataStore("ls_files").orElseThrow().location()).isEqualTo("shir-dc");
        assertThat(plan.dataStore("ls_oracle_erp").orElseThrow().location()).isEqualTo("shir-branch");
        assertThat(plan.location("shir-unused")).as("a runtime no store uses gets no location").isEmpty();
        assertThat(items(imported, ItemKind.NEEDS_INPUT, "shir-dc")).singleElement().asString()
                .contains("on premises, in an Azure virtual network or in an AWS VPC", "egress addresses");
    }

    @Test
    void aLinkedSharedSelfHostedRuntimeIsRecognised() throws Exception {
        FactoryImport imported = git();

        assertThat(imported.report().runtimes()).filteredOn(r -> r.name().equals("shir-branch")).singleElement()
                .satisfies(r -> assertThat(r.sharedFrom()).endsWith("/factories/contoso-shared/integrationruntimes"
                        + "/shir-shared"));
        assertThat(items(imported, ItemKind.CONFIRM, "shir-branch")).singleElement().asString()
                .contains("is a linked runtime", "contoso-shared");
        assertThat(imported.report().runtimes()).filteredOn(r -> r.name().equals("shir-dc")).singleElement()
                .satisfies(r -> assertThat(r.sharedFrom()).isNull());
    }

    @Test
    void storesOnTheAzureRuntimeStandOnAzurePublicEndpointsOrTheInternetByConnector() throws Exception {
        Plan plan = git().plan();

        assertThat(plan.location(plan.dataStore("ls_lake").orElseThrow().location()).orElseThrow().kind())
                .isEqualTo(LocationKind.AZURE_PUBLIC);
        assertThat(plan.location(plan.dataStore("ls_snowflake").orElseThrow().location()).orElseThrow().kind())
                .isEqualTo(LocationKind.PUBLIC_INTERNET);
    }

    @Test
    void aStoreReachedThroughAManagedPrivateEndpointIsMarkedAsReachedPrivately() throws Exception {
        FactoryImport imported = git();

        ImportedStore dwh = store(imported, "ls_sql_dwh");
        assertThat(dwh.privateEndpoint()).isEqualTo("mpe_contoso_sql");
        // The plan says it in its own words (format version 2): a managed private endpoint of a managed network.
        assertThat(imported.plan().dataFactory().managedVirtualNetwork()).isTrue();
        DataStore planned = imported.plan().dataStore(dwh.id()).orElseThrow();
        assertThat(planned.managedPrivateEndpoint()).isTrue();
        assertThat(imported.plan().location(planned.location()).orElseThrow().kind())
                .isEqualTo(LocationKind.AZURE_PUBLIC);
        Recommendation recommendation = RecommendationEngine.standard().recommend(imported.plan());
        assertThat(recommendation.allowlist()).filteredOn(entry -> entry.dataStore().equals(dwh.id()))
                .isNotEmpty().noneMatch(entry -> entry.basis() == AddressBasis.SERVICE_TAG)
                .anyMatch(entry -> entry.basis() == AddressBasis.MANAGED_PRIVATE_ENDPOINT);
        assertThat(items(imported, ItemKind.CONFIRM, "ls_sql_dwh")).anySatisfy(message -> assertThat(message)
                .contains("managed private endpoint mpe_contoso_sql"));
        assertThat(imported.report().runtimes()).filteredOn(r -> r.name().equals("ir-managed")).singleElement()
                .satisfies(r -> assertThat(r.managedVirtualNetwork()).isTrue());
    }

    @Test
    void aConnectorTheCatalogDoesNotKnowKeepsItsTypeNameGetsNoRuleAndAWarning() throws Exception {
        FactoryImport imported = git();
        DataStore acme = imported.plan().dataStore("ls_acme").orElseThrow();

        assertThat(acme.type()).isEqualTo(DataStore.OTHER_CONNECTOR);
        assertThat(acme.connector()).isEqualTo("AcmeWarehouse");
        assertThat(items(imported, ItemKind.WARNING, "ls_acme")).singleElement().asString()
                .contains("connector AcmeWarehouse", "no store rules");
        Recommendation recommendation = ENGINE.recommend(imported.plan());
        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("UNKNOWN_CONNECTOR"))
                .extracting("subject").containsExactly("ls_acme");
        assertThat(recommendation.allowlist()).extracting("dataStore").doesNotContain("ls_acme");
    }

    @Test
    void knownConnectorsGetTheirCatalogType() throws Exception {
        Plan plan = git().plan();

        assertThat(plan.dataStores()).extracting(DataStore::id, DataStore::type).contains(
                tuple("ls_sqlserver_orders", "SQL_SERVER"), tuple("ls_oracle_erp", "ORACLE"),
                tuple("ls_files", "FILE_SHARE"), tuple("ls_sql_dwh", "AZURE_SQL_DATABASE"),
                tuple("ls_tenant_sql", "AZURE_SQL_DATABASE"), tuple("ls_snowflake", "SNOWFLAKE"));
    }

    @Test
    void anAzureBlobFsLinkedServiceBecomesADataLakeStorageGen2StoreWithItsRules() throws Exception {
        for (FactoryImport imported : List.of(git(), arm())) {
            DataStore lake = imported.plan().dataStore("ls_lake").orElseThrow();

            assertThat(lake.type()).as("ADLS Gen2, not the Gen1 type").isEqualTo("AZURE_DATA_LAKE_STORAGE_GEN2");
            assertThat(lake.connector()).isNull();
            Recommendation recommendation = ENGINE.recommend(imported.plan());
            assertThat(recommendation.warnings()).noneMatch(w -> w.subject().equals("ls_lake")
                    && w.code().equals("UNKNOWN_CONNECTOR"));
            assertThat(recommendation.allowlist()).anySatisfy(entry -> {
                assertThat(entry.dataStore()).isEqualTo("ls_lake");
                assertThat(entry.purpose()).contains("storage account's firewall");
            });
        }
    }

    @Test
    void keyVaultBecomesTheCredentialStoreWithTheVaultsNameWhenItIsLiteral() throws Exception {
        assertThat(git().plan().credentials().store()).isEqualTo(CredentialStore.AZURE_KEY_VAULT);
        assertThat(git().plan().credentials().keyVaultName()).isEqualTo("contoso-kv");
        assertThat(arm().plan().credentials().keyVaultName()).as("resolved from the template's parameter")
                .isEqualTo("contoso-kv");
    }

    @Test
    void theFactorysNameAndRegionComeFromTheExport() throws Exception {
        assertThat(git().plan().dataFactory().name()).isEqualTo("contoso-git-adf");
        assertThat(git().plan().dataFactory().region()).isEqualTo("northeurope");
        assertThat(git().report().regionFromExport()).isTrue();
        // The parameters file overrides the template's default; "West Europe" is Azure's display name.
        assertThat(arm().plan().dataFactory().name()).isEqualTo("contoso-adf-prod");
        assertThat(arm().plan().dataFactory().region()).isEqualTo("westeurope");
    }

    @Test
    void hostsInArmParametersAreResolvedFromTheParametersFileAndSecretsAreAskedNeverGuessed() throws Exception {
        FactoryImport imported = arm();

        assertThat(store(imported, "ls_lake").endpoint()).isEqualTo("contosolake.dfs.core.windows.net");
        assertThat(store(imported, "ls_lake").endpointFrom()).contains("the parameters file");
        // A secure parameter is never read, even when the template gives it a default.
        assertThat(store(imported, "ls_sql_dwh").endpoint()).isNull();
        assertThat(items(imported, ItemKind.NEEDS_INPUT, "ls_sql_dwh")).anySatisfy(message -> assertThat(message)
                .contains("secure ARM parameter 'ls_sql_dwh_connectionString'"));
        assertThat(items(imported, ItemKind.NEEDS_INPUT, "ls_oracle_erp")).anySatisfy(message -> assertThat(message)
                .contains("Key Vault secret (erp-connection in ls_kv)"));
        assertThat(items(imported, ItemKind.NEEDS_INPUT, "ls_tenant_sql")).anySatisfy(message -> assertThat(message)
                .contains("a Key Vault reference in the parameters file"));
    }

    @Test
    void expressionsAndParameterisedLinkedServicesAreAsked() throws Exception {
        FactoryImport imported = git();

        assertThat(store(imported, "ls_tenant_sql").endpoint()).isNull();
        assertThat(items(imported, ItemKind.NEEDS_INPUT, "ls_tenant_sql")).anySatisfy(message -> assertThat(message)
                .contains("Data Factory expression")).anySatisfy(message -> assertThat(message)
                .contains("is parameterised (server)"));
        assertThat(store(imported, "ls_sqlserver_orders").endpoint()).isEqualTo("sql01.corp.contoso.com");
        assertThat(store(imported, "ls_files").endpoint()).isEqualTo("fs01.corp.contoso.com");
    }

    @Test
    void theChecklistPutsWhatNeedsInputFirst() throws Exception {
        List<ItemKind> kinds = arm().report().checklist().stream().map(ChecklistItem::kind).toList();

        assertThat(kinds).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(kinds).contains(ItemKind.NEEDS_INPUT, ItemKind.WARNING, ItemKind.CONFIRM);
    }

    @Test
    void noCredentialReachesThePlanOrTheReport() throws Exception {
        for (FactoryImport imported : List.of(git(), arm())) {
            String plan = new PlanWriter().write(imported.plan());
            String report = new ImportReportWriter().write(imported.report());

            for (String marker : Exports.SECRET_MARKERS) {
                assertThat(plan).doesNotContain(marker);
                assertThat(report).doesNotContain(marker);
            }
        }
    }

    @Test
    void bothShapesGivePlansTheValidatorAcceptsAndTheEngineRecommends() throws Exception {
        for (FactoryImport imported : List.of(git(), arm())) {
            assertThat(ENGINE.validator().validate(imported.plan())).isEmpty();
            Plan readBack = ENGINE.reader().read(new PlanWriter().write(imported.plan())).plan();
            assertThat(readBack).isEqualTo(imported.plan());

            Recommendation recommendation = ENGINE.recommend(imported.plan());

            assertThat(recommendation.runtimes()).extracting("id").contains("shir-shir-dc", "shir-shir-branch",
                    RecommendationEngine.AZURE_RUNTIME_ID);
        }
    }

    @Test
    void theArmTemplateAndTheGitFolderOfOneFactoryGiveTheSameStoresAndFlows() throws Exception {
        assertThat(arm().plan().flows()).isEqualTo(git().plan().flows());
        assertThat(arm().plan().dataStores()).extracting(DataStore::id, DataStore::type)
                .isEqualTo(git().plan().dataStores().stream().map(s -> tuple(s.id(), s.type())).toList());
    }
}
