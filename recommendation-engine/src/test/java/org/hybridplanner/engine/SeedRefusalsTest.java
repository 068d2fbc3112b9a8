package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.SeedDataContractTest.rewriting;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed rows that contradict themselves or the vocabularies refuse to load, each with a message naming the row. */
class SeedRefusalsTest {
    static Stream<Arguments> brokenRows() {
        return Stream.of(
                row("location-kinds.json",
                        "\"nameAwareScope\": \"AZURE_FIREWALL\"",
                        "\"nameAwareScope\": null",
                        "nameAwareScope must name a boundary that matches domain names"),
                row("link-types.json",
                        "\"AZURE_VIRTUAL_NETWORK\"\\n      ]\\n    ],\\n    \"beyondTableReference\"",
                        "\"AWS_VPC\"\\n      ]\\n    ],\\n    \"beyondTableReference\"",
                        "is not one it joins"),
                row("store-catalog.json",
                        "\"transport\": \"NONE\",",
                        "\"transport\": null,",
                        "clouds, transport and firewall are required"),
                row("store-catalog.json",
                        "\"at-rest-s3\"",
                        "\"https-or-tls\"",
                        "encryption advice 'https-or-tls' is ENCRYPTION_IN_TRANSIT, listed as ENCRYPTION_AT_REST"),
                row("placement-rules.json",
                        "\"sink\": \"PUBLIC\"",
                        "\"sink\": \"SAME_LOCATION\"",
                        "source and sink must select location kinds"),
                row("placement-rules.json",
                        "\"claim\": \"SCENARIO\"",
                        "\"claim\": null",
                        "states no claim kind for reference 'Cloud scenario'"),
                row("network-rules.json",
                        "\"reference\": \"{link}\"",
                        "\"reference\": \"{link}\", \"claim\": \"NETWORK_PATH\"",
                        "takes its claim kind from the link type"),
                row("firewall-rules.json",
                        "\"site\": \"RUNTIME_MACHINE\"",
                        "\"site\": \"LOCATION_BOUNDARY\"",
                        "outbound rules go to LOCATION_BOUNDARY, inbound rules to RUNTIME_MACHINE"),
                row("firewall-rules.json",
                        "\"hosts\": {},",
                        "\"hosts\": {\"PUBLIC\": \"x\"},",
                        "an inbound rule names none"),
                row("firewall-rules.json",
                        "\"name\": \"Sql\"",
                        "\"name\": \" \"",
                        "a service tag needs a name"),
                row("firewall-rules.json",
                        "\"flowWarning\": \"PORT_1433_AVOIDABLE\"",
                        "\"flowWarning\": \"PORT_1433\"",
                        "unknown warning code 'PORT_1433'"),
                row("azure-clouds.json",
                        "\"usdodcentral\"",
                        "\"usgovvirginia\"",
                        "region 'usgovvirginia' is malformed or listed twice"),
                row("azure-clouds.json",
                        "\"chinanorth3\"",
                        "\"China North 3\"",
                        "region 'China North 3' is malformed or listed twice"),
                row("private-endpoints.json",
                        "\"instead\": \"Azure portal: on the workspace's",
                        "\"azureCli\": \"Azure portal: on the workspace's",
                        "disablePublicAccess needs the Azure CLI and Azure PowerShell commands, or what to do instead"),
                row("private-endpoints.json",
                        "\"subResource\": \"sqlServer\"",
                        "\"subResource\": \" \"",
                        "resource, subResource and sources are required"),
                row("private-endpoints.json",
                        "\"PUBLIC\": \"privatelink.database.windows.net\"",
                        "\"PUBLIC\": \"database.windows.net\"",
                        "the private DNS zone of PUBLIC must be a privatelink.* zone"),
                row("private-endpoints.json",
                        "\"US_GOVERNMENT\": \"privatelink.database.usgovcloudapi.net\",",
                        "",
                        "needs a private DNS zone in every cloud that offers the type"),
                row("firewall-rules.json",
                        "\"port\": 1433",
                        "\"port\": 70000",
                        "port 70000 is out of range"),
                row("credential-advice.json",
                        "\"scenario\": \"ANY\"",
                        "\"scenario\": null",
                        "store and scenario are required"));
    }

    private static Arguments row(String file, String from, String to, String message) {
        return Arguments.of(file, from, to, message);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("brokenRows")
    void refuses(String file, String from, String to, String message) {
        assertThatThrownBy(() -> RuleBook.load(rewriting(file, unescape(from), unescape(to))))
                .hasMessageContaining(message);
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
