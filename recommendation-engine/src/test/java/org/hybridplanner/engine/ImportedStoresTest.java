package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Severity;
import org.junit.jupiter.api.Test;

/** Stores of connectors the catalog does not know, and copies within one store, as an import produces them. */
class ImportedStoresTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private static Plan withStore(Plan plan, DataStore replacement) {
        List<DataStore> stores = plan.dataStores().stream()
                .map(store -> store.id().equals(replacement.id()) ? replacement : store).toList();
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials());
    }

    @Test
    void anUnknownConnectorGetsAWarningNamingItAndNoStoreRule() {
        Plan plan = withStore(plan().onPremises("dc").internet("net").store("sql", "SQL_SERVER", "dc")
                .store("snow", "OTHER_CONNECTOR", "net").flow("f1", "sql", "snow").build(),
                new DataStore("snow", "ls_snowflake", DataStore.OTHER_CONNECTOR, "net", "SnowflakeV2"));

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("UNKNOWN_CONNECTOR"))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.subject()).isEqualTo("snow");
                    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                    assertThat(warning.message()).startsWith("ls_snowflake uses the Data Factory connector SnowflakeV2");
                    assertThat(warning.reference()).isEqualTo("Decision: connectors the catalog does not know");
                });
        assertThat(recommendation.allowlist()).extracting("dataStore").doesNotContain("snow");
        assertThat(recommendation.encryption()).filteredOn(advice -> advice.dataStore().equals("snow"))
                .singleElement().satisfies(advice -> {
                    assertThat(advice.inTransit()).isEmpty();
                    assertThat(advice.atRest()).isEmpty();
                });
        // The flow itself is placed: the runtime and the rules it needs for itself are real.
        assertThat(recommendation.flows()).singleElement().extracting(FlowDecision::runtime).isEqualTo("shir-dc");
        assertThat(recommendation.references()).extracting("id")
                .contains("Decision: connectors the catalog does not know");
    }

    @Test
    void aCopyWithinOneStorePutsTheStoreOnItsRuntimesPath() {
        Plan onPremises = plan().onPremises("dc").store("files", "FILE_SHARE", "dc").flow("f1", "files", "files")
                .build();
        Plan inAzure = plan().azurePublic("az").store("sql", "AZURE_SQL_DATABASE", "az").flow("f1", "sql", "sql")
                .build();

        FlowDecision local = engine.recommend(onPremises).flows().getFirst();
        Recommendation cloud = engine.recommend(inAzure);

        assertThat(local.runtime()).isEqualTo("shir-dc");
        assertThat(local.path()).containsExactly("dc");
        assertThat(engine.recommend(onPremises).runtimes()).singleElement()
                .satisfies(runtime -> assertThat(runtime.type()).isEqualTo(RuntimeType.SELF_HOSTED));
        assertThat(cloud.flows().getFirst().runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID);
        assertThat(cloud.allowlist()).extracting("dataStore").containsExactly("sql");
        assertThat(cloud.warnings()).extracting("code").doesNotContain("UNUSED_DATA_STORE", "UNUSED_LOCATION");
    }

    @Test
    void theCatalogLetsAnUnknownConnectorStandAnywhere() {
        assertThat(engine.catalog().storeType(DataStore.OTHER_CONNECTOR).orElseThrow().locationKinds())
                .containsExactlyInAnyOrder(LocationKind.values());
    }
}
