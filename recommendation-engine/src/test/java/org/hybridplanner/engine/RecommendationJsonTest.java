package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DestinationMatch;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.TransportProtocol;
import org.hybridplanner.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommendation JSON is written token by token, and must stay what Jackson's databind writes for the records
 * (the contract the expected outputs, the API and scripts rely on): a record component added, renamed or annotated
 * without the writer following fails here.
 */
class RecommendationJsonTest {
    private static final JsonMapper DATABIND = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final RecommendationEngine engine = RecommendationEngine.standard();

    static Stream<ExamplePlan> examples() {
        return ExamplePlans.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writesWhatDatabindWritesForEveryExamplePlan(ExamplePlan example) {
        Recommendation recommendation = engine.recommend(engine.reader().read(example.json()).planOrThrow());

        assertWrittenAsDatabindWrites(recommendation);
    }

    @Test
    void writesWhatDatabindWritesForEveryKindOfValue() {
        String awkward = "quote \" backslash \\ slash / tab \t newline \n return \r nul \u0000 unit separator \u001f"
                + " delete \u007f é → ≠ line separator \u2028 emoji \uD83D\uDE00";
        Reason reason = new Reason(awkward, "article: hybrid", ClaimKind.values()[0]);
        Advice advice = new Advice("Use TLS 1.2", "article: encryption", null);
        Recommendation recommendation = new Recommendation(Scenario.values()[0], AzureCloud.values()[1],
                List.of(new FlowDecision("f1", "a", "b", Scenario.values()[0], FlowStatus.values()[0], "shir-dc",
                        Network.values()[0], List.of("dc", "vnet"), List.of(reason, reason)),
                        new FlowDecision("f2", null, null, Scenario.values()[1], FlowStatus.values()[1], null, null,
                                List.of(), List.of())),
                List.of(new RuntimePlacement("shir-dc", RuntimeType.values()[0], "dc", RuntimeHost.values()[0],
                        List.of(new RuntimeAlternative(RuntimeHost.values()[1], "vnet"),
                                new RuntimeAlternative(RuntimeHost.values()[0], null)),
                        List.of("f1"), List.of(reason), 3),
                        new RuntimePlacement("azure-ir", RuntimeType.values()[1], null, RuntimeHost.values()[1],
                                List.of(), List.of(), List.of())),
                List.of(new FirewallRule("shir-dc", RuleScope.values()[0], Direction.OUTBOUND,
                        "*.servicebus.windows.net", 443, TransportProtocol.values()[0], "Data Factory service",
                        "article: ports", null, null),
                        new FirewallRule("shir-dc", RuleScope.values()[1], Direction.INBOUND, null, 8060,
                                TransportProtocol.values()[0], "nodes", "article: nodes", DestinationMatch.values()[1],
                                "10.0.0.0/16")),
                List.of(new AllowlistEntry("sql", "shir-dc", List.of("203.0.113.4", "198.51.100.0/24"),
                        AddressBasis.values()[0], "article: allowlist", "purpose", List.of(reason)),
                        new AllowlistEntry("blob", "azure-ir", List.of(), AddressBasis.values()[1],
                                "article: allowlist", null, null)),
                new CredentialAdvice(CredentialStore.values()[0], "kv-\"planner\"", List.of(advice, advice)),
                List.of(new EncryptionAdvice("sql", "AZURE_SQL_DATABASE", List.of(advice), List.of()),
                        new EncryptionAdvice("share", null, List.of(), List.of(advice))),
                List.of(new Warning("PLAIN_FTP", Severity.values()[0], null, awkward, "article: ftp"),
                        new Warning("NO_PATH", Severity.values()[1], "f2", "no path", "article: paths")),
                List.of(new Reference("article: hybrid", "Security considerations", "Hybrid scenarios",
                        "https://learn.microsoft.com/azure/data-factory/data-movement-security-considerations",
                        awkward)));

        assertWrittenAsDatabindWrites(recommendation);
        assertWrittenAsDatabindWrites(new Recommendation(Scenario.values()[0], List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of()));
    }

    @Test
    void writesWhatDatabindWritesForARecommendationOfMegabytes() {
        String message = "is reached over the internet → its firewall must allow the runtime. ".repeat(8);
        List<Warning> warnings = IntStream.range(0, 2_500)
                .mapToObj(i -> new Warning("W" + i % 7, Severity.values()[i % 3], "store-" + i,
                        "Store " + i + " " + message, "article: warnings"))
                .toList();
        List<FlowDecision> flows = IntStream.range(0, 1_000)
                .mapToObj(i -> new FlowDecision("flow-" + i, "store-" + i, "store-" + (i + 1), Scenario.HYBRID,
                        FlowStatus.OK, "shir-" + i % 40, Network.values()[i % 3], List.of("site-" + i, "vnet-0"),
                        List.of(new Reason("Flow " + i + " " + message, "article: hybrid", ClaimKind.values()[0]))))
                .toList();
        Recommendation recommendation = new Recommendation(Scenario.HYBRID, flows, List.of(), List.of(), List.of(),
                null, List.of(), warnings, List.of());

        assertThat(RecommendationJson.writeUtf8(recommendation).length).as("several megabytes, many times the generator's buffer")
                .isGreaterThan(2 << 20);
        assertWrittenAsDatabindWrites(recommendation);
    }

    @Test
    void escapesEveryCharacterAsDatabindDoes() {
        StringBuilder everyUnit = new StringBuilder(); // spaced, so that no two surrogates make a pair
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            everyUnit.append((char) c).append(' ');
        }
        List<String> texts = new ArrayList<>(List.of(everyUnit.toString(), "\uDBFF\uDC00 end",
                "\uDC00\uD800", "ends high \uD800", "\uDFFF"));
        for (int before = 2_030; before < 2_060; before++) { // pairs and escapes across the writer's chunks
            texts.add("a".repeat(before) + "\uD83D\uDE00 → \u0001" + "b".repeat(before));
            texts.add("→".repeat(before) + "\uD83D\uDE00" + "\\".repeat(before) + "\uD83D");
        }
        List<Warning> warnings = texts.stream()
                .map(text -> new Warning(text, Severity.values()[0], text, text, text))
                .toList();

        Recommendation recommendation = new Recommendation(Scenario.HYBRID, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), warnings, List.of());
        // Databind's bytes, not its string: written as a string, a surrogate without its pair stays one character,
        // which encoding to UTF-8 then replaces by '?'; written as bytes, it is escaped (as the writer escapes it).
        byte[] databind = DATABIND.writeValueAsBytes(recommendation);
        byte[] expected = Arrays.copyOf(databind, databind.length + 1);
        expected[databind.length] = '\n';

        byte[] written = RecommendationJson.writeUtf8(recommendation);

        assertThat(Arrays.mismatch(written, expected)).as("the first byte that differs").isEqualTo(-1);
    }

    @Test
    void writesTheSameBytesToAStreamAsAsAString() {
        Recommendation recommendation = engine.recommend(
                engine.reader().read(ExamplePlans.demo().json()).planOrThrow());
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        RecommendationJson.write(recommendation, streamed);

        assertThat(streamed.toByteArray()).isEqualTo(RecommendationJson.write(recommendation)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void assertWrittenAsDatabindWrites(Recommendation recommendation) {
        byte[] expected = (DATABIND.writeValueAsString(recommendation) + "\n").getBytes(StandardCharsets.UTF_8);

        byte[] written = RecommendationJson.writeUtf8(recommendation);

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(Arrays.equals(written, expected)).as("byte for byte").isTrue();
    }
}
