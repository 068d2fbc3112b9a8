package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading plan documents: every problem at once, each with its JSON path and the offending value. */
class PlanReaderTest {
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "name": "Contoso ingestion",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope", "endpointStyle": "REGIONAL" },
              "locations": [
                { "id": "dc", "name": "Amsterdam DC", "kind": "ON_PREMISES",
                  "egressIps": ["203.0.113.10"], "addressSpaces": ["10.10.0.0/16"] },
                { "id": "az", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" }
              ],
              "links": [ { "between": ["dc", "az"], "type": "EXPRESSROUTE_MICROSOFT_PEERING" } ],
              "dataStores": [
                { "id": "orders", "name": "Orders", "type": "SQL_SERVER", "location": "dc" },
                { "id": "dwh", "name": "Warehouse", "type": "AZURE_SYNAPSE_ANALYTICS", "location": "az" }
              ],
              "flows": [ { "id": "f1", "source": "orders", "sink": "dwh", "stagedCopy": false } ],
              "runtime": { "interactiveAuthoring": true, "autoUpdate": true, "remoteAccessFromIntranet": false },
              "credentials": { "store": "AZURE_KEY_VAULT", "keyVaultName": "contoso-kv" }
            }
            """;

    private final PlanReader reader = new PlanReader(CatalogFixtures.small());

    private PlanReadResult readWith(String from, String to) {
        assertThat(VALID).contains(from);
        return reader.read(VALID.replace(from, to));
    }

    @Test
    void readsTheReadmeExample() {
        PlanReadResult result = reader.read(VALID);

        assertThat(result.problems()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.name()).isEqualTo("Contoso ingestion");
        assertThat(plan.location("dc").orElseThrow().egressIps()).containsExactly("203.0.113.10");
        assertThat(plan.links().getFirst().type()).isEqualTo(LinkType.EXPRESSROUTE_MICROSOFT_PEERING);
        assertThat(plan.credentials().keyVaultName()).isEqualTo("contoso-kv");
    }

    @Test
    void appliesTheDocumentedDefaults() {
        String minimal = """
                { "schemaVersion": 1, "name": "n", "dataFactory": { "name": "adf1", "region": "westeurope" },
                  "locations": [], "dataStores": [], "flows": [] }
                """;

        Plan plan = reader.read(minimal).planOrThrow();

        assertThat(plan.dataFactory().endpointStyle()).isEqualTo(EndpointStyle.REGIONAL);
        assertThat(plan.runtime()).isEqualTo(new RuntimeOptions(true, true, false));
        assertThat(plan.credentials().store()).isEqualTo(CredentialStore.DATA_FACTORY_MANAGED);
        assertThat(plan.links()).isEmpty();
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        PlanReadResult result = reader.read("{\n  \"schemaVersion\": 1,\n  \"name\": oops\n}");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).startsWith("malformed JSON at line 3, column");
        });
    }

    @Test
    void reportsEveryProblemAtOnceWithPathsAndValues() {
        String broken = VALID
                .replace("\"kind\": \"ON_PREMISES\"", "\"kind\": \"MAINFRAME\"")
                .replace("\"location\": \"az\"", "\"location\": \"nowhere\"")
                .replace("\"sink\": \"dwh\"", "\"sink\": \"dwh2\"")
                .replace("203.0.113.10", "203.0.113.300");

        PlanReadResult result = reader.read(broken);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(Problem::path, Problem::value).contains(
                tuple("$.locations[0].kind", "MAINFRAME"),
                tuple("$.dataStores[1].location", "nowhere"),
                tuple("$.flows[0].sink", "dwh2"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"id\": \"orders\"|\"id\": \"dwh\"|$.dataStores[1].id|duplicate data store id",
        "\"type\": \"SQL_SERVER\"|\"type\": \"DB2\"|$.dataStores[0].type|unknown data store type",
        "\"type\": \"AZURE_SYNAPSE_ANALYTICS\", \"location\": \"az\"|\"type\": \"SALESFORCE\", \"location\": \"dc\"|$.dataStores[1].type|cannot stand in a ON_PREMISES location",
        "\"source\": \"orders\"|\"source\": \"ghost\"|$.flows[0].source|unknown data store id",
        "\"between\": [\"dc\", \"az\"]|\"between\": [\"dc\", \"mars\"]|$.links[0].between[1]|unknown location id",
        "\"type\": \"EXPRESSROUTE_MICROSOFT_PEERING\"|\"type\": \"SITE_TO_SITE_VPN\"|$.links[0].type|SITE_TO_SITE_VPN cannot join ON_PREMISES and AZURE_PUBLIC",
        "\"type\": \"EXPRESSROUTE_MICROSOFT_PEERING\"|\"type\": \"CARRIER_PIGEON\"|$.links[0].type|unknown value",
        "\"203.0.113.10\"|\"203.0.113.256\"|$.locations[0].egressIps[0]|not a valid IPv4 or IPv6 address",
        "\"203.0.113.10\"|\"2001:db8::zz\"|$.locations[0].egressIps[0]|not a valid IPv4 or IPv6 address",
        "\"10.10.0.0/16\"|\"10.10.0.1/16\"|$.locations[0].addressSpaces[0]|did you mean 10.10.0.0/16?",
        "\"10.10.0.0/16\"|\"10.10.0.0/33\"|$.locations[0].addressSpaces[0]|prefix length must be 0 to 32",
        "\"10.10.0.0/16\"|\"10.10.0.0\"|$.locations[0].addressSpaces[0]|not a CIDR block",
        "\"id\": \"dc\"|\"id\": \"d c\"|$.locations[0].id|not a valid id",
        "\"stagedCopy\": false|\"stagedCopy\": \"no\"|$.flows[0].stagedCopy|must be true or false",
        "\"region\": \"westeurope\"|\"region\": \"West Europe\"|$.dataFactory.region|not an Azure region name",
        "\"keyVaultName\": \"contoso-kv\"|\"keyVaultName\": \"contoso--kv\"|$.credentials.keyVaultName|not a valid Key Vault name",
        "\"store\": \"AZURE_KEY_VAULT\"|\"store\": \"DATA_FACTORY_MANAGED\"|$.credentials.keyVaultName|set store to AZURE_KEY_VAULT",
        "\"schemaVersion\": 1|\"schemaVersion\": 3|$.schemaVersion|unsupported plan-format version",
        "\"name\": \"Orders\"|\"name\": \"Orders\", \"colour\": \"blue\"|$.dataStores[0].colour|unknown property",
        "\"kind\": \"AZURE_PUBLIC\"|\"kind\": \"AZURE_PUBLIC\", \"egressIps\": [\"1.2.3.4\"]|$.locations[1].egressIps|only private locations"
    })
    void refusesWithAProblemNamingTheElement(String from, String to, String path, String message) {
        PlanReadResult result = readWith(from, to);

        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void acceptsIpv6AddressesAndBlocks() {
        PlanReadResult result = readWith("\"egressIps\": [\"203.0.113.10\"], \"addressSpaces\": [\"10.10.0.0/16\"]",
                "\"egressIps\": [\"2001:db8::10\"], \"addressSpaces\": [\"2001:db8:10::/48\"]");

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void namesInAnyScriptAreDataButMarkupDirectionAndControlCharactersAreRefused() {
        PlanReadResult arabic = readWith("\"name\": \"Orders\"", "\"name\": \"مستودع البيانات & Co.\"");
        assertThat(arabic.problems()).isEmpty();
        assertThat(arabic.plan().dataStore("orders").orElseThrow().name()).startsWith("مستودع");

        PlanReadResult markup = readWith("\"name\": \"Orders\"", "\"name\": \"<script>alert(1)</script>\"");
        assertThat(markup.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[0].name");
            assertThat(problem.message()).isEqualTo("must not contain '<' or '>' (names are plain text)");
        });

        PlanReadResult override = readWith("\"name\": \"Orders\"", "\"name\": \"invoice\\u202Egpj.exe\"");
        assertThat(override.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[0].name");
            assertThat(problem.message()).contains("direction control character (U+202E)");
            assertThat(problem.toString()).doesNotContain("\u202E");
        });

        PlanReadResult control = readWith("\"name\": \"Orders\"", "\"name\": \"Or\\u0007ders\"");
        assertThat(control.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.dataStores[0].name");
            assertThat(problem.toString()).contains("\\u0007").doesNotContain("\u0007");
        });
    }

    @Test
    void aValidPlanComesWithTheIndexItsValidationBuiltAndAnInvalidOneWithNone() {
        PlanReadResult read = reader.read(VALID);
        ValidatedPlan validated = read.validated();

        assertThat(validated.plan()).isSameAs(read.plan());
        assertThat(validated.catalog()).isEqualTo(CatalogFixtures.small());
        assertThat(validated.cloud()).isEqualTo(AzureCloud.PUBLIC);
        assertThat(validated.locationOf(validated.dataStore("orders")).name()).isEqualTo("Amsterdam DC");
        assertThat(validated.flow("f1").sink()).isEqualTo("dwh");
        assertThatThrownBy(() -> validated.flow("f2")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("the plan has no flow 'f2'");
        assertThat(readWith("\"sink\": \"dwh\"", "\"sink\": \"nowhere\"").validated()).isNull();

        PlanValidator validator = new PlanValidator(CatalogFixtures.small());
        PlanCheck valid = validator.check(read.plan());
        PlanCheck invalid = validator.check(read.plan().withName(" "));
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.validated().location("az").kind()).isEqualTo(LocationKind.AZURE_PUBLIC);
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.validated()).isNull();
        assertThat(invalid.problems()).extracting(Problem::path).containsExactly("$.name");
    }

    @Test
    void theSameNameRuleHoldsForPlansBuiltInMemory() {
        Plan plan = reader.read(VALID).planOrThrow();

        List<Problem> problems = new PlanValidator(CatalogFixtures.small()).validate(plan.withName("a > b"));

        assertThat(problems).extracting(Problem::path).containsExactly("$.name");
    }

    @Test
    void problemsEscapeBidiOverridesSoALogLineReadsAsItIs() {
        Problem problem = new Problem("$.x", "abc\u202Edef", "bad");

        assertThat(problem.toString()).contains("abc\\u202Edef");
    }

    @Test
    void refusesNamesLongerThanTheLimit() {
        PlanReadResult result = readWith("\"name\": \"Orders\"", "\"name\": \"" + "x".repeat(PlanLimits.MAX_NAME_LENGTH + 1)
                + "\"");

        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.dataStores[0].name");
    }

    @Test
    void acceptsFiveHundredCharacterNames() {
        assertThat(readWith("\"name\": \"Orders\"", "\"name\": \"" + "é".repeat(500) + "\"").problems()).isEmpty();
    }

    @Test
    void refusesDocumentsOverTheSizeLimitWithoutReadingThemWhole() throws IOException {
        byte[] big = new byte[PlanLimits.MAX_DOCUMENT_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');

        PlanReadResult result = reader.read(new ByteArrayInputStream(big));

        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .contains("larger than the limit of 16 MiB");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        PlanReadResult result = reader.read(deep);

        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .contains("nest deeper than " + PlanLimits.MAX_NESTING_DEPTH);
    }

    @Test
    void refusesDuplicateJsonKeys() {
        PlanReadResult result = reader.read(VALID.replace("\"name\": \"Contoso ingestion\",",
                "\"name\": \"a\", \"name\": \"b\","));

        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .contains("Duplicate");
    }

    @Test
    void reportsAnEmptyDocument() {
        assertThat(reader.read("").problems()).singleElement().extracting(Problem::message).asString()
                .contains("empty");
    }

    @Test
    void writerOutputReadsBackToTheSamePlan() {
        Plan plan = reader.read(VALID).planOrThrow();

        Plan reread = reader.read(new PlanWriter().write(plan)).planOrThrow();

        assertThat(reread).isEqualTo(plan);
    }

    @Test
    void validatorReportsProblemsOfPlansBuiltInCode() {
        Plan plan = reader.read(VALID).planOrThrow();
        Plan broken = new Plan(1, plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), java.util.List.of(new Flow("f1", "orders", "missing", false)), plan.runtime(),
                plan.credentials());

        assertThat(new PlanValidator(CatalogFixtures.small()).validate(broken))
                .extracting(Problem::path).containsExactly("$.flows[0].sink");
    }
}
