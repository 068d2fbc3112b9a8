package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
import org.junit.jupiter.api.Test;

/** Reasons claim encryption in transit only where the flow's stores support it: plain FTP is never TLS. */
class TransportClaimsTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private List<Reason> reasonsOf(Plan plan) {
        FlowDecision decision = engine.recommend(plan).flow("f").orElseThrow();
        return decision.reasons();
    }

    @Test
    void aCloudFlowFromAnFtpServerSaysItsLegIsInClearText() {
        List<Reason> reasons = reasonsOf(plan().internet("net").azurePublic("az").store("ftp", "FTP", "net")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "ftp", "blob").build());

        assertThat(reasons).filteredOn(reason -> reason.text().startsWith("ftp name"))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.claim()).isEqualTo(ClaimKind.CLEAR_TEXT_TRANSFER);
                    assertThat(reason.reference()).isEqualTo("Decision: plain FTP");
                    assertThat(reason.text()).contains("clear text").doesNotContain("TLS");
                });
        assertThat(reasons).noneMatch(reason -> reason.text().contains("TLS") && reason.text().contains("ftp name"));
        assertThat(reasons).filteredOn(reason -> reason.claim() == ClaimKind.ENCRYPTED_TRANSFER)
                .allSatisfy(reason -> assertThat(reason.text()).contains("blob name"));
    }

    @Test
    void aHybridFlowToAnFtpServerOnTheInternetClaimsNoTls() {
        List<Reason> reasons = reasonsOf(plan().onPremises("dc").internet("net").store("db", "SQL_SERVER", "dc")
                .store("ftp", "FTP", "net").flow("f", "db", "ftp").build());

        assertThat(reasons).noneMatch(reason -> reason.text().contains("TLS") || reason.text().contains("HTTPS"));
        assertThat(reasons).noneMatch(reason -> reason.reference().equals("Encryption in transit: HTTPS and TLS")
                || reason.reference().equals("Data encryption in transit: HTTPS or TLS"));
        assertThat(reasons).anyMatch(reason -> reason.claim() == ClaimKind.CLEAR_TEXT_TRANSFER);
    }

    @Test
    void aHybridFlowToAnAzureServiceCitesTheArticlesAzureServicesSentence() {
        List<Reason> reasons = reasonsOf(plan().onPremises("dc").azurePublic("az").store("db", "SQL_SERVER", "dc")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "db", "blob").build());

        assertThat(reasons).filteredOn(reason -> reason.claim() == ClaimKind.ENCRYPTED_TRANSFER).singleElement()
                .satisfies(reason -> {
                    assertThat(reason.reference()).isEqualTo("Encryption in transit: HTTPS and TLS");
                    assertThat(reason.text()).contains("blob name, an Azure service");
                });
    }

    @Test
    void sqlDatabaseAndSynapseRequireTlsAndSaySo() {
        List<Reason> reasons = reasonsOf(plan().onPremises("dc").azurePublic("az").store("db", "SQL_SERVER", "dc")
                .store("sql", "AZURE_SQL_DATABASE", "az").flow("f", "db", "sql").build());

        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.reference()).isEqualTo("Data encryption in transit: Azure SQL Database and Synapse");
            assertThat(reason.text()).contains("requires SSL/TLS");
        });
    }

    @Test
    void privateStoresGetNoTransportClaimAndTheInternetIsNotCalledTls() {
        List<Reason> local = reasonsOf(plan().onPremises("dc").store("ftp", "FTP", "dc")
                .store("db", "SQL_SERVER", "dc").flow("f", "ftp", "db").build());
        assertThat(local).noneMatch(reason -> reason.claim() == ClaimKind.ENCRYPTED_TRANSFER);
        assertThat(Network.INTERNET.displayName()).doesNotContain("TLS");

        List<Reason> internet = reasonsOf(plan().location("dc", LocationKind.ON_PREMISES, List.of("203.0.113.1"),
                List.of()).internet("net").store("db", "SQL_SERVER", "dc").store("s3", "AMAZON_S3", "net")
                .flow("f", "db", "s3").build());
        assertThat(internet).filteredOn(reason -> reason.claim() == ClaimKind.NETWORK_PATH)
                .allSatisfy(reason -> assertThat(reason.text()).doesNotContain("TLS"));
    }
}
