package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.SeedDataContractTest.rewriting;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reference is only ever attached to a kind of claim it was written for: every reference row declares the kinds
 * it supports ({@code supports} in references.json), and every item of the engine's output, over every example
 * plan and the fixture situations below, is checked against it. Seed rows that pair a reference with another
 * kind of claim refuse to load.
 */
class CitationKindTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    /** "node", "nodes", "node's", in any case; not identifiers such as "nodeManagement". */
    private static final Pattern SPEAKS_OF_NODES = Pattern.compile("(?i)\\bnodes?\\b");

    static Stream<Named<Plan>> plans() {
        List<Named<Plan>> plans = new ArrayList<>();
        ExamplePlans.all().forEach(example -> plans.add(Named.of(example.id(),
                ENGINE.reader().read(example.json()).planOrThrow())));
        plans.add(Named.of("AWS VPC to a virtual network over ExpressRoute private peering", plan().awsVpc("vpc")
                .virtualNetwork("vnet").link("vpc", "vnet", LinkType.EXPRESSROUTE_PRIVATE_PEERING)
                .store("a", "SQL_SERVER", "vpc").store("b", "SQL_SERVER", "vnet").flow("f", "a", "b").build()));
        plans.add(Named.of("two datacenters over site-to-site VPN", plan().onPremises("one").onPremises("two")
                .link("one", "two", LinkType.SITE_TO_SITE_VPN).store("a", "ORACLE", "one")
                .store("b", "FILE_SHARE", "two").flow("f", "a", "b").build()));
        plans.add(Named.of("FTP both ways, staged both ways, Key Vault, remote access", plan().onPremises("dc")
                .internet("net").azurePublic("az").store("ftp", "FTP", "net").store("db", "SQL_SERVER", "dc")
                .store("sql", "AZURE_SQL_DATABASE", "az").store("lake", "AZURE_DATA_LAKE_STORE", "az")
                .flow("f1", "ftp", "lake").flow("f2", "db", "ftp").stagedFlow("f3", "db", "sql")
                .stagedFlow("f4", "sql", "db").runtime(true, true, true)
                .credentials(CredentialStore.AZURE_KEY_VAULT, "kv-one").build()));
        plans.add(Named.of("Azure Government virtual network", plan().region("usgovvirginia").onPremises("dc")
                .virtualNetwork("vnet").azurePublic("az").link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("a", "SQL_SERVER", "dc").store("b", "SQL_SERVER", "vnet").store("c", "AZURE_SQL_DATABASE", "az")
                .flow("f1", "a", "b").flow("f2", "b", "c").credentials(CredentialStore.SELF_HOSTED_LOCAL, null)
                .build()));
        plans.add(Named.of("Azure China, AWS VPC to Redshift and S3", plan().region("chinaeast2").awsVpc("vpc")
                .internet("net").azurePublic("az").store("r", "AMAZON_REDSHIFT", "vpc").store("s3", "AMAZON_S3", "net")
                .store("blob", "AZURE_BLOB_STORAGE", "az").flow("f1", "r", "blob").flow("f2", "r", "s3").build()));
        plans.add(Named.of("private endpoints, managed virtual network, two nodes with remote access", plan()
                .onPremises("dc").nodes("dc", 2).virtualNetwork("vnet").azurePublic("az")
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN).store("orders", "SQL_SERVER", "dc")
                .storeWithPrivateEndpoint("dwh", "AZURE_SYNAPSE_ANALYTICS", "az", "vnet")
                .store("cosmos", "AZURE_COSMOS_DB", "az").managedPrivateEndpoint("cosmos")
                .store("lake", "AZURE_DATA_LAKE_STORE", "az").store("blob", "AZURE_BLOB_STORAGE", "vnet")
                .managedVirtualNetwork().flow("f1", "orders", "dwh").flow("f2", "lake", "cosmos")
                .flow("f3", "lake", "blob").runtime(true, true, true).build()));
        return plans.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyCitationSupportsTheKindOfClaimItIsAttachedTo(Plan plan) {
        Recommendation recommendation = ENGINE.recommend(plan);
        List<String> mismatches = new ArrayList<>();

        recommendation.flows().forEach(flow -> flow.reasons().forEach(reason -> check(reason, mismatches)));
        recommendation.runtimes().forEach(runtime -> runtime.reasons().forEach(reason -> check(reason, mismatches)));
        recommendation.credentials().advice().forEach(advice -> check(advice, mismatches));
        recommendation.encryption().forEach(store -> {
            store.inTransit().forEach(advice -> check(advice, mismatches));
            store.atRest().forEach(advice -> check(advice, mismatches));
        });
        recommendation.firewallRules().forEach(rule -> rule.reasons().forEach(reason -> check(reason, mismatches)));
        recommendation.allowlist().forEach(entry -> entry.reasons().forEach(reason -> check(reason, mismatches)));
        recommendation.warnings().forEach(warning -> check(warning.message(), warning.reference(),
                ENGINE.rules().warnings.get(warning.code()).claim(), mismatches));

        assertThat(mismatches).isEmpty();
    }

    private static void check(Reason reason, List<String> mismatches) {
        check(reason.text(), reason.reference(), reason.claim(), mismatches);
    }

    private static void check(Advice advice, List<String> mismatches) {
        check(advice.text(), advice.reference(), advice.claim(), mismatches);
    }

    private static void check(String text, String reference, ClaimKind claim, List<String> mismatches) {
        List<ClaimKind> supported = ENGINE.rules().claimsSupportedBy(reference);
        if (claim == null || !supported.contains(claim)) {
            mismatches.add("'" + reference + "' (supports " + supported + ") cited for a " + claim + " claim: "
                    + text);
        }
        // A sentence about a runtime's nodes is also a claim about high availability, whatever else it says: the
        // article describes a runtime of one machine, so only a reference written about nodes may back it.
        if (SPEAKS_OF_NODES.matcher(text).find() && !supported.contains(ClaimKind.HIGH_AVAILABILITY)) {
            mismatches.add("'" + reference + "' (supports " + supported + ") cited for a sentence about the"
                    + " runtime's nodes: " + text);
        }
    }

    @Test
    void refusesAnArticleQuoteBehindASentenceAboutTheRuntimesNodes() {
        List<String> mismatches = new ArrayList<>();

        check("Copying from or to Azure SQL Database. Every one of the runtime's 3 nodes needs it.",
                "Outbound: Azure SQL Database and Synapse (1433)", ClaimKind.OUTBOUND_RULE, mismatches);
        check("Runtime shir-dc runs on 3 nodes, and each of them makes this connection: every node needs this rule.",
                CitedReference.RUNTIME_NODES_RULE.id(), ClaimKind.OUTBOUND_RULE, mismatches);

        assertThat(mismatches).singleElement().asString().contains("Outbound: Azure SQL Database and Synapse (1433)",
                "a sentence about the runtime's nodes");
    }

    @Test
    void refusesTheHttpsAndTlsQuoteBehindAStatementAboutTheNetwork() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("network-rules.json",
                "\"reason\": \"{runtimeLocation} reaches {farLocation} over the internet.\",\n"
                        + "    \"reference\": \"Cloud scenario\"",
                "\"reason\": \"{runtimeLocation} reaches {farLocation} over the internet.\",\n"
                        + "    \"reference\": \"Encryption in transit: HTTPS and TLS\"")))
                .hasMessageContaining("network-rules.json internet: cites 'Encryption in transit: HTTPS and TLS'"
                        + " for a NETWORK_PATH claim");
    }

    @Test
    void refusesTheLeakQuoteBehindAPermissionsClaim() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("credential-advice.json",
                "\"reference\": \"Decision: least privilege on Key Vault\"",
                "\"reference\": \"Credentials: Key Vault reduces leaks\"")))
                .hasMessageContaining("cites 'Credentials: Key Vault reduces leaks' for a ACCESS_PERMISSIONS claim");
    }

    @Test
    void refusesATableRowDeclaredForLinksItWasNotWrittenFor() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("link-types.json",
                "\"beyondTableReference\": \"Decision: private links the article's table does not list\"",
                "\"beyondTableReference\": \"Hybrid table, row 2: ExpressRoute private peering to a virtual"
                        + " network\"")))
                .hasMessageContaining("for a LINK_BEYOND_THE_TABLE claim");
    }

    @Test
    void refusesAReferenceTheEngineCitesByIdWhenItIsMissing() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("references.json",
                "\"id\": \"FAQ: sharing the self-hosted runtime\"", "\"id\": \"FAQ: sharing\"")))
                .hasMessageContaining("the engine's code RUNTIME_SHARING: cites unknown reference"
                        + " 'FAQ: sharing the self-hosted runtime'");
    }

    @Test
    void refusesAPlacementRowWithATypoInItsSelector() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("placement-rules.json", "\"sink\": \"PUBLIC\"",
                "\"sink\": \"PUBLC\""))).hasMessageContaining("placement-rules.json");
    }
}
