package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.List;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.Warning;
import org.junit.jupiter.api.Test;

/** The network sanity checks: each warns, with its reasoning and citation, when its condition holds and only then. */
class NetworkSanityTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private List<Warning> warnings(Plan plan, String code) {
        return engine.recommend(plan).warnings().stream().filter(warning -> warning.code().equals(code)).toList();
    }

    private static Plan joined(String datacenterSpace, String vnetSpace) {
        return plan().location("dc", LocationKind.ON_PREMISES, List.of(), List.of(datacenterSpace))
                .location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of(vnetSpace))
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("app", "SQL_SERVER", "vnet")
                .flow("f1", "erp", "app").build();
    }

    @Test
    void warnsWhenASiteToSiteVpnJoinsADatacenterAndAVirtualNetworkWhoseAddressSpacesOverlap() {
        Recommendation recommendation = engine.recommend(
                TopologyFixtures.datacenterAndVirtualNetworkWithOverlappingAddresses());

        assertThat(recommendation.warnings()).filteredOn(w -> w.code().equals("OVERLAPPING_ADDRESS_SPACES"))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                    assertThat(warning.subject()).isEqualTo("dc");
                    assertThat(warning.message()).startsWith("dc name (10.20.0.0/16) and vnet name (10.20.128.0/17)"
                            + " have overlapping address spaces, and flow f1 joins them privately");
                    assertThat(warning.reference()).isEqualTo("Decision: overlapping address spaces");
                });
        assertThat(recommendation.references()).extracting("id").contains("Decision: overlapping address spaces");
    }

    @Test
    void adjacentRangesAndRangesOfTheOtherFamilyDoNotOverlap() {
        assertThat(warnings(joined("10.20.0.0/17", "10.20.128.0/17"), "OVERLAPPING_ADDRESS_SPACES")).isEmpty();
        assertThat(warnings(joined("10.20.0.0/16", "fd00:20::/48"), "OVERLAPPING_ADDRESS_SPACES")).isEmpty();
        assertThat(warnings(joined("fd00:20::/48", "fd00:20:0:8000::/49"), "OVERLAPPING_ADDRESS_SPACES"))
                .singleElement().extracting(Warning::message).asString()
                .contains("(fd00:20::/48)", "(fd00:20:0:8000::/49)");
    }

    @Test
    void overlappingNetworksThatNoFlowJoinsPrivatelyAreNotReported() {
        // Same ranges, a link between them, but every flow stays inside its own network.
        Plan plan = plan().location("dc", LocationKind.ON_PREMISES, List.of(), List.of("10.20.0.0/16"))
                .location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.20.128.0/17"))
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("erp2", "ORACLE", "dc")
                .store("app", "SQL_SERVER", "vnet").store("app2", "ORACLE", "vnet")
                .flow("f1", "erp", "erp2").flow("f2", "app", "app2").build();

        assertThat(warnings(plan, "OVERLAPPING_ADDRESS_SPACES")).isEmpty();
    }

    @Test
    void aLocationThatOverlapsOthersButNoPathJoinsIsLeftOutAndTheJoinedPairStillCompared() {
        // "lab" overlaps everything, but no link reaches it; dc and vnet overlap each other and are joined.
        Plan plan = plan().location("lab", LocationKind.ON_PREMISES, List.of(), List.of("10.0.0.0/8"))
                .location("dc", LocationKind.ON_PREMISES, List.of(), List.of("10.1.0.0/16", "192.168.0.0/24"))
                .location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.2.0.0/16",
                        "10.1.200.0/24"))
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("bench", "SQL_SERVER", "lab").store("bench2", "ORACLE", "lab")
                .store("erp", "SQL_SERVER", "dc").store("app", "SQL_SERVER", "vnet")
                .flow("f0", "bench", "bench2").flow("f1", "erp", "app").build();

        assertThat(warnings(plan, "OVERLAPPING_ADDRESS_SPACES")).extracting(Warning::subject, Warning::message)
                .singleElement().satisfies(warning -> assertThat(warning.toList()).first().isEqualTo("dc"))
                .satisfies(warning -> assertThat(warning.toList().get(1).toString())
                        .startsWith("dc name (10.1.0.0/16) and vnet name (10.1.200.0/24) have overlapping"));
    }

    @Test
    void comparesEveryTwoLocationsAlongAMultiHopPathOnce() {
        Plan plan = plan().location("dc", LocationKind.ON_PREMISES, List.of(), List.of("10.1.0.0/16"))
                .location("hub", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.9.0.0/16"))
                .location("spoke", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.1.5.0/24"))
                .link("dc", "hub", LinkType.EXPRESSROUTE_PRIVATE_PEERING)
                .link("hub", "spoke", LinkType.SITE_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("app", "SQL_SERVER", "spoke").store("app2", "ORACLE", "spoke")
                .flow("f1", "erp", "app").flow("f2", "erp", "app2").flow("f3", "app", "erp").build();

        assertThat(warnings(plan, "OVERLAPPING_ADDRESS_SPACES")).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo("dc");
            assertThat(warning.message()).startsWith(
                    "dc name (10.1.0.0/16) and spoke name (10.1.5.0/24) have overlapping address spaces, and flow f1");
        });
    }

    @Test
    void anEgressAddressInsideAPrivateRangeIsReportedWithItsRange() {
        Plan plan = plan().location("dc", LocationKind.ON_PREMISES,
                        List.of("192.168.1.10", "100.64.3.4", "203.0.113.10"), List.of("10.0.0.0/16"))
                .azurePublic("az").store("erp", "SQL_SERVER", "dc").store("blob", "AZURE_BLOB_STORAGE", "az")
                .flow("f1", "erp", "blob").build();

        assertThat(warnings(plan, "PRIVATE_EGRESS_ADDRESS")).extracting(Warning::subject, Warning::message)
                .containsExactly(
                        tuple("dc", "dc name lists egress address 192.168.1.10, which is in the private range"
                                + " 192.168.0.0/16 (RFC 1918): a store on a public endpoint never sees a private"
                                + " source address, so an allowlist entry for it would match nothing. List the public"
                                + " addresses its traffic leaves from (its firewall's or NAT gateway's)."),
                        tuple("dc", "dc name lists egress address 100.64.3.4, which is in the private range"
                                + " 100.64.0.0/10 (RFC 6598): a store on a public endpoint never sees a private"
                                + " source address, so an allowlist entry for it would match nothing. List the public"
                                + " addresses its traffic leaves from (its firewall's or NAT gateway's)."));
    }

    @Test
    void anOnPremisesAddressSpaceOutsideThePrivateRangesIsReported() {
        Plan plan = plan()
                .location("dc", LocationKind.ON_PREMISES, List.of(), List.of("10.0.0.0/16", "8.8.0.0/16",
                        "fd12:3456::/48", "172.0.0.0/11"))
                .location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("20.30.0.0/16"))
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("app", "SQL_SERVER", "vnet").flow("f1", "erp", "app").build();

        // 172.0.0.0/11 reaches beyond RFC 1918's 172.16.0.0/12; a virtual network may use public ranges.
        assertThat(warnings(plan, "PUBLIC_ADDRESS_SPACE_ON_PREMISES")).extracting(Warning::subject, Warning::message)
                .containsExactly(
                        tuple("dc", "dc name is an on-premises network, but its address space 8.8.0.0/16 is not in a"
                                + " private range (RFC 1918, RFC 6598 or RFC 4193): check the range, or confirm that"
                                + " the network really uses public addresses inside."),
                        tuple("dc", "dc name is an on-premises network, but its address space 172.0.0.0/11 is not in"
                                + " a private range (RFC 1918, RFC 6598 or RFC 4193): check the range, or confirm that"
                                + " the network really uses public addresses inside."));
    }

    @Test
    void aRuntimeWhoseNetworkIsLeftOverAPointToSiteVpnIsReportedOnceAndSiteToSiteIsNot() {
        Plan plan = plan().onPremises("dc").virtualNetwork("vnet").link("dc", "vnet", LinkType.POINT_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("erp2", "ORACLE", "dc").store("vm", "SQL_SERVER", "vnet")
                .flow("f1", "erp", "vm").flow("f2", "erp2", "vm").build();

        assertThat(warnings(plan, "RUNTIME_NETWORK_CANNOT_CARRY_FLOWS")).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo("shir-vnet");
            assertThat(warning.message()).startsWith("Runtime shir-vnet is placed in vnet name, but some of its flows"
                    + " leave vnet name over the Point-to-site VPN to dc name");
        });
        assertThat(warnings(TopologyFixtures.datacenterToVirtualNetwork(LinkType.SITE_TO_SITE_VPN),
                "RUNTIME_NETWORK_CANNOT_CARRY_FLOWS")).isEmpty();
    }

    @Test
    void namesThatMakeTheDocumentAmbiguousAreReportedOncePerName() {
        Plan plan = plan().onPremises("dc1").onPremises("dc2").azurePublic("az")
                .named("dc1", "Datacenter").named("dc2", "datacenter ")
                .store("a", "SQL_SERVER", "dc1").store("b", "ORACLE", "dc2").store("c", "AZURE_BLOB_STORAGE", "az")
                .named("a", "Orders").named("b", "Orders").named("c", "Lake")
                .flow("F1", "a", "c").flow("f1", "b", "c").flow("f2", "a", "b").build();

        assertThat(warnings(plan, "DUPLICATE_NAME")).extracting(Warning::subject, Warning::message).containsExactly(
                tuple("dc1", "Locations dc1, dc2 are all named \"Datacenter\": the design document, the diagram and"
                        + " the rule tables name them so, and a reader cannot tell them apart. Give each its own name."),
                tuple("a", "Data stores a, b are all named \"Orders\": the design document, the diagram and the rule"
                        + " tables name them so, and a reader cannot tell them apart. Give each its own name."),
                tuple("F1", "Flows F1, f1 are all named \"F1\": the design document, the diagram and the rule tables"
                        + " name them so, and a reader cannot tell them apart. Give each its own name."));
    }

    @Test
    void namesWhoseCaseInsensitiveHashesCollideAreGroupedOnlyWithTheirOwnName() {
        // "a~" and "b_" hash alike once folded (31 * 'a' + '~' == 31 * 'b' + '_'): the groups must still be by name.
        Plan plan = plan().onPremises("dc").azurePublic("az")
                .store("s1", "SQL_SERVER", "dc").store("s2", "ORACLE", "dc").store("s3", "SQL_SERVER", "dc")
                .store("s4", "ORACLE", "dc").store("s5", "AZURE_BLOB_STORAGE", "az")
                .named("s1", "x a~").named("s2", "x b_").named("s3", "X A~").named("s4", "x B_").named("s5", "Lake")
                .flow("f1", "s1", "s5").flow("f2", "s2", "s5").flow("f3", "s3", "s5").flow("f4", "s4", "s5").build();

        assertThat(warnings(plan, "DUPLICATE_NAME")).extracting(Warning::subject, Warning::message).containsExactly(
                tuple("s1", "Data stores s1, s3 are all named \"x a~\": the design document, the diagram and the"
                        + " rule tables name them so, and a reader cannot tell them apart. Give each its own name."),
                tuple("s2", "Data stores s2, s4 are all named \"x b_\": the design document, the diagram and the"
                        + " rule tables name them so, and a reader cannot tell them apart. Give each its own name."));
    }
}
