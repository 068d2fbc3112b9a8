package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Data-store allowlist entries: which stores get one, and which addresses they must allow. */
class AllowlistTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    @ParameterizedTest
    @CsvSource({"AZURE_SQL_DATABASE, AZURE_PUBLIC", "AZURE_SYNAPSE_ANALYTICS, AZURE_PUBLIC",
        "AZURE_DATA_LAKE_STORE, AZURE_PUBLIC", "AZURE_COSMOS_DB, AZURE_PUBLIC", "AMAZON_REDSHIFT, PUBLIC_INTERNET"})
    void allowsTheRuntimesEgressAddressesOnEveryStoreThatRequiresIt(String type, LocationKind kind) {
        Plan plan = plan().onPremises("dc").location("pub", kind, List.of(), List.of())
                .store("a", "SQL_SERVER", "dc").store("b", type, "pub").flow("f", "a", "b").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.allowlist()).singleElement().satisfies(entry -> {
            assertThat(entry.dataStore()).isEqualTo("b");
            assertThat(entry.runtime()).isEqualTo("shir-dc");
            assertThat(entry.addresses()).containsExactly("203.0.113.10");
            assertThat(entry.basis()).isEqualTo(AddressBasis.EGRESS_IPS);
            assertThat(recommendation.reference(entry.reference())).isPresent();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"AZURE_BLOB_STORAGE", "AZURE_TABLE_STORAGE"})
    void storesThatDoNotRequireItGetNoEntry(String type) {
        Plan plan = plan().onPremises("dc").azurePublic("az")
                .store("a", "SQL_SERVER", "dc").store("b", type, "az").flow("f", "a", "b").build();

        assertThat(engine.recommend(plan).allowlist()).isEmpty();
    }

    @Test
    void storesReachedPrivatelyAllowTheRuntimesAddressSpaces() {
        Plan plan = plan().awsVpc("vpc").store("a", "SQL_SERVER", "vpc").store("r", "AMAZON_REDSHIFT", "vpc")
                .flow("f", "a", "r").build();

        AllowlistEntry entry = engine.recommend(plan).allowlist().getFirst();

        assertThat(entry.runtime()).isEqualTo("shir-vpc");
        assertThat(entry.addresses()).containsExactly("10.200.0.0/16");
        assertThat(entry.basis()).isEqualTo(AddressBasis.ADDRESS_SPACES);
    }

    @Test
    void missingEgressAddressesLeaveTheEntryEmptyAndWarn() {
        Plan plan = plan().location("dc", LocationKind.ON_PREMISES, List.of(), List.of("10.1.0.0/16"))
                .azurePublic("az").store("a", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .flow("f", "a", "dwh").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.allowlist().getFirst().addresses()).isEmpty();
        assertThat(recommendation.warnings()).anySatisfy(warning -> {
            assertThat(warning.code()).isEqualTo("MISSING_EGRESS_IP");
            assertThat(warning.subject()).isEqualTo("dwh");
        });
    }

    @Test
    void missingAddressSpacesWarnToo() {
        Plan plan = plan().location("vpc", LocationKind.AWS_VPC, List.of(), List.of())
                .store("a", "SQL_SERVER", "vpc").store("r", "AMAZON_REDSHIFT", "vpc")
                .flow("f", "a", "r").build();

        assertThat(engine.recommend(plan).warnings()).extracting("code").contains("MISSING_ADDRESS_SPACE");
    }

    @Test
    void cloudFlowsAllowTheDataFactoryServiceTag() {
        Plan plan = plan().internet("web").azurePublic("az")
                .store("s3", "AMAZON_S3", "web").store("sql", "AZURE_SQL_DATABASE", "az").flow("f", "s3", "sql").build();

        AllowlistEntry entry = engine.recommend(plan).allowlist().getFirst();

        assertThat(entry.runtime()).isEqualTo(RecommendationEngine.AZURE_RUNTIME_ID);
        assertThat(entry.basis()).isEqualTo(AddressBasis.SERVICE_TAG);
        assertThat(entry.addresses()).containsExactly("DataFactory.westeurope");
    }

    @Test
    void oneEntryPerStoreAndRuntimeWhateverTheNumberOfFlows() {
        Plan plan = plan().onPremises("dc").azurePublic("az")
                .store("a", "SQL_SERVER", "dc").store("b", "ORACLE", "dc").store("sql", "AZURE_SQL_DATABASE", "az")
                .flow("f1", "a", "sql").flow("f2", "b", "sql").flow("f3", "sql", "a").build();

        assertThat(engine.recommend(plan).allowlist()).hasSize(1);
    }

    @Test
    void everyEntrySaysWhoConnectsThroughWhichFirewallAndThatItMightNotBeRequired() {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                .store("sql", "AZURE_SQL_DATABASE", "az").flow("f", "a", "sql").build();

        assertThat(engine.recommend(plan).allowlist()).singleElement().satisfies(entry -> {
            assertThat(entry.purpose()).contains("runtime shir-dc", "the server's firewall rules",
                    "might not require an allowlist entry");
            assertThat(engine.recommend(plan).reference(entry.reference()).orElseThrow().quote())
                    .contains("might not require allow list");
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyNodesEntryCarriesTheSingleNodesNoteAndCitationAndCitesTheNodesDecisionForTheRest(boolean overPublic) {
        TopologyFixtures.Builder single = overPublic
                ? plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                        .store("sql", "AZURE_SQL_DATABASE", "az").flow("f", "a", "sql")
                : plan().awsVpc("dc").store("a", "SQL_SERVER", "dc").store("r", "AMAZON_REDSHIFT", "dc")
                        .flow("f", "a", "r");
        Plan oneNode = single.build();
        Plan fourNodes = single.nodes("dc", 4).build();

        AllowlistEntry alone = engine.recommend(oneNode).allowlist().getFirst();
        Recommendation highlyAvailable = engine.recommend(fourNodes);
        AllowlistEntry ofFour = highlyAvailable.allowlist().getFirst();

        assertThat(ofFour.purpose()).isEqualTo(alone.purpose()).contains("might not require an allowlist entry");
        assertThat(ofFour.reference()).isEqualTo(alone.reference());
        assertThat(highlyAvailable.reference(ofFour.reference()).orElseThrow().quote())
                .contains("might not require allow list");
        assertThat(ofFour.notes()).singleElement().satisfies(note -> {
            assertThat(note.text()).contains("runs on 4 nodes", overPublic ? "every node's traffic must leave"
                    : "allow each node's address");
            assertThat(note.reference()).isEqualTo("Decision: self-hosted runtime nodes");
            assertThat(highlyAvailable.reference(note.reference())).isPresent();
        });
        assertThat(alone.notes()).isEmpty();
    }
}
