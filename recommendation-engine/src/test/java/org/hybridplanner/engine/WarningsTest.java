package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.Warning;
import org.junit.jupiter.api.Test;

/** The warnings a reviewer needs, each raised when its condition holds and only then. */
class WarningsTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private static Warning only(Recommendation recommendation, String code) {
        return recommendation.warnings().stream().filter(warning -> warning.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + recommendation.warnings()));
    }

    @Test
    void plainFtpIsFlagged() {
        Plan plan = plan().internet("web").azurePublic("az").store("ftp", "FTP", "web")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "ftp", "blob").build();

        Warning warning = only(engine.recommend(plan), "PLAIN_FTP");

        assertThat(warning.subject()).isEqualTo("ftp");
        assertThat(warning.message()).contains("FTPS or SFTP");
    }

    @Test
    void pointToSiteVpnCarryingAFlowIsFlaggedButSiteToSiteIsNot() {
        Recommendation p2s = engine.recommend(TopologyFixtures.datacenterToVirtualNetwork(LinkType.POINT_TO_SITE_VPN));
        assertThat(only(p2s, "POINT_TO_SITE_CARRIES_SERVER_TRAFFIC").subject()).isEqualTo("f1");

        Recommendation s2s = engine.recommend(TopologyFixtures.datacenterToVirtualNetwork(LinkType.SITE_TO_SITE_VPN));
        assertThat(s2s.warnings()).extracting("code").doesNotContain("POINT_TO_SITE_CARRIES_SERVER_TRAFFIC");
    }

    @Test
    void port1433IsReportedAsAvoidableWithStagedCopy() {
        Recommendation direct = engine.recommend(TopologyFixtures.datacenterWithMicrosoftPeering());
        Warning warning = only(direct, "PORT_1433_AVOIDABLE");
        assertThat(warning.severity()).isEqualTo(Severity.INFO);
        assertThat(warning.subject()).isEqualTo("f1");

        Plan staged = plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                .store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az").stagedFlow("f1", "a", "dwh").build();
        assertThat(engine.recommend(staged).warnings()).extracting("code").doesNotContain("PORT_1433_AVOIDABLE");
    }

    @Test
    void unusedLocationsStoresAndLinksAreReported() {
        Plan plan = plan().onPremises("dc").onPremises("lab").virtualNetwork("vnet").azurePublic("az")
                .link("lab", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("a", "SQL_SERVER", "dc").store("b", "AZURE_BLOB_STORAGE", "az").store("idle", "ORACLE", "dc")
                .flow("f", "a", "b").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.warnings()).extracting(Warning::code, Warning::subject).contains(
                org.assertj.core.groups.Tuple.tuple("UNUSED_LOCATION", "lab"),
                org.assertj.core.groups.Tuple.tuple("UNUSED_LOCATION", "vnet"),
                org.assertj.core.groups.Tuple.tuple("UNUSED_DATA_STORE", "idle"),
                org.assertj.core.groups.Tuple.tuple("UNUSED_LINK", "links[0]"));
        assertThat(recommendation.warnings()).extracting(Warning::subject).doesNotContain("dc", "az", "a", "b");
    }

    @Test
    void aVirtualNetworkNamedAsTheAlternativeHostIsNotReportedUnused() {
        Plan plan = plan().onPremises("dc").azurePublic("az").virtualNetwork("vnet")
                .link("dc", "az", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .flow("f1", "orders", "dwh").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.runtime("shir-dc").orElseThrow().alternatives())
                .extracting(alternative -> alternative.location()).containsExactly("vnet");
        assertThat(recommendation.warnings()).extracting(Warning::code)
                .doesNotContain("UNUSED_LOCATION", "UNUSED_LINK");
    }

    @Test
    void transitNetworksOfMultiHopPathsCountAsUsed() {
        Plan plan = plan().onPremises("dc").virtualNetwork("hub").virtualNetwork("spoke")
                .link("dc", "hub", LinkType.EXPRESSROUTE_PRIVATE_PEERING).link("hub", "spoke", LinkType.SITE_TO_SITE_VPN)
                .store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "spoke").flow("f", "a", "b").build();

        assertThat(engine.recommend(plan).warnings()).extracting("code")
                .doesNotContain("UNUSED_LOCATION", "UNUSED_LINK");
    }

    @Test
    void localCredentialsWithoutASelfHostedRuntimeAreFlagged() {
        Plan cloudOnly = plan().internet("web").azurePublic("az").store("s3", "AMAZON_S3", "web")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "s3", "blob")
                .credentials(CredentialStore.SELF_HOSTED_LOCAL, null).build();
        assertThat(engine.recommend(cloudOnly).warnings()).extracting("code")
                .contains("LOCAL_CREDENTIALS_WITHOUT_SELF_HOSTED_RUNTIME");

        Plan hybrid = plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f", "a", "blob")
                .credentials(CredentialStore.SELF_HOSTED_LOCAL, null).build();
        assertThat(engine.recommend(hybrid).warnings()).extracting("code")
                .doesNotContain("LOCAL_CREDENTIALS_WITHOUT_SELF_HOSTED_RUNTIME");
    }

    @Test
    void everyWarningCitesAResolvableReference() {
        Plan plan = plan().onPremises("dc").awsVpc("aws").onPremises("lab")
                .store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "aws").store("ftp", "FTP", "dc")
                .flow("f", "a", "b").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(recommendation.warnings()).isNotEmpty()
                .allSatisfy(warning -> assertThat(recommendation.reference(warning.reference())).isPresent());
    }
}
