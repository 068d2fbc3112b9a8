package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Staged copy, both directions, as the article says: it avoids port 1433 when copying to SQL Database or Synapse,
 * and the allowlists follow who connects (docs/decisions.md, "Staged copy, both directions").
 */
class StagedCopyTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private static List<String> outbound(Recommendation recommendation) {
        return recommendation.firewallRules().stream().filter(rule -> rule.direction() == Direction.OUTBOUND)
                .map(rule -> rule.host() + ":" + rule.port()).toList();
    }

    private Recommendation into(String sinkType, boolean staged) {
        TopologyFixtures.Builder builder = plan().onPremises("dc").azurePublic("az")
                .store("orders", "SQL_SERVER", "dc").store("dwh", sinkType, "az");
        return engine.recommend((staged ? builder.stagedFlow("f", "orders", "dwh") : builder.flow("f", "orders", "dwh"))
                .build());
    }

    private Recommendation outOf(String sourceType, boolean staged) {
        TopologyFixtures.Builder builder = plan().onPremises("dc").azurePublic("az")
                .store("dwh", sourceType, "az").store("orders", "SQL_SERVER", "dc");
        return engine.recommend((staged ? builder.stagedFlow("f", "dwh", "orders") : builder.flow("f", "dwh", "orders"))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AZURE_SQL_DATABASE", "AZURE_SYNAPSE_ANALYTICS"})
    void stagedCopyIntoSqlOpensNo1433AndTheAzureRuntimeIsAllowedInsteadOfTheSelfHostedOne(String type) {
        Recommendation staged = into(type, true);

        assertThat(outbound(staged)).contains("*.core.windows.net:443").doesNotContain("*.database.windows.net:1433");
        assertThat(staged.allowlist()).singleElement().satisfies(entry -> {
            assertThat(entry.dataStore()).isEqualTo("dwh");
            assertThat(entry.runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID);
            assertThat(entry.basis()).isEqualTo(AddressBasis.SERVICE_TAG);
            assertThat(entry.reference()).isEqualTo("Decision: staged copy");
        });
        assertThat(staged.runtime(RecommendationEngine.AZURE_RUNTIME_ID)).get().satisfies(runtime -> {
            assertThat(runtime.type()).isEqualTo(RuntimeType.AZURE);
            assertThat(runtime.reasons()).anyMatch(reason -> reason.text().contains("loads the staged data of flow f"));
        });
        assertThat(staged.warnings()).noneMatch(warning -> warning.code().equals("PORT_1433_AVOIDABLE"));
        assertThat(staged.flow("f").orElseThrow().reasons())
                .anyMatch(reason -> reason.text().contains("opens no connection to dwh name"));
    }

    @Test
    void withoutStagingTheRuntimeConnectsToSqlOn1433AndIsTold() {
        Recommendation direct = into("AZURE_SQL_DATABASE", false);

        assertThat(outbound(direct)).contains("*.database.windows.net:1433").doesNotContain("*.core.windows.net:443");
        assertThat(direct.allowlist()).singleElement().satisfies(entry ->
                assertThat(entry.runtime()).isEqualTo("shir-dc"));
        assertThat(direct.warnings()).anyMatch(warning -> warning.code().equals("PORT_1433_AVOIDABLE"));
    }

    @Test
    void stagedCopyFromSqlKeeps1433AndTheRuntimesAllowlistEntry() {
        Recommendation staged = outOf("AZURE_SQL_DATABASE", true);

        assertThat(outbound(staged)).contains("*.core.windows.net:443", "*.database.windows.net:1433");
        assertThat(staged.allowlist()).singleElement().satisfies(entry -> {
            assertThat(entry.dataStore()).isEqualTo("dwh");
            assertThat(entry.runtime()).isEqualTo("shir-dc");
        });
        assertThat(staged.runtime(RecommendationEngine.AZURE_RUNTIME_ID)).isEmpty();
        assertThat(staged.flow("f").orElseThrow().reasons())
                .anyMatch(reason -> reason.text().contains("still connects to dwh name"));
    }

    @Test
    void readingFromSqlIsNotOfferedStagedCopyAsAWayToAvoid1433() {
        assertThat(outOf("AZURE_SQL_DATABASE", false).warnings())
                .noneMatch(warning -> warning.code().equals("PORT_1433_AVOIDABLE"));
    }

    @Test
    void stagedCopyIntoOtherPublicStoresDropsTheRuntimesRuleToThem() {
        Recommendation staged = into("AZURE_COSMOS_DB", true);

        assertThat(outbound(staged)).doesNotContain("*.documents.azure.com:443");
        assertThat(staged.allowlist()).singleElement().satisfies(entry ->
                assertThat(entry.runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID));
        assertThat(outbound(into("AZURE_COSMOS_DB", false))).contains("*.documents.azure.com:443");
    }

    @Test
    void theStagingAccountMustAdmitTheRuntimeAndTheAzureRuntimeThatLoadsFromIt() {
        Recommendation into = into("AZURE_SQL_DATABASE", true);
        Recommendation outOf = outOf("AZURE_SQL_DATABASE", true);

        assertThat(into.warnings()).filteredOn(w -> w.code().equals("STAGING_ACCOUNT_FIREWALL")).singleElement()
                .satisfies(w -> {
                    assertThat(w.subject()).isEqualTo("shir-dc");
                    assertThat(w.message()).contains("the runtime and the Azure integration runtime (which loads"
                            + " the staged data into the sink) reach", "runtime shir-dc's egress addresses",
                            "the ranges of the DataFactory.westeurope service tag");
                    assertThat(w.reference()).isEqualTo("Decision: the staging account's firewall");
                });
        assertThat(outOf.warnings()).filteredOn(w -> w.code().equals("STAGING_ACCOUNT_FIREWALL")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("which only the runtime reaches")
                        .doesNotContain("DataFactory."));
        assertThat(into("AZURE_SQL_DATABASE", false).warnings())
                .noneMatch(w -> w.code().equals("STAGING_ACCOUNT_FIREWALL"));
    }
}
