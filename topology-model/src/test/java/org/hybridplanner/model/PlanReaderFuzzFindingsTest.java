package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing the reader found, one test each (the inputs are also in the engine's fuzz corpus, named for what
 * they exercise). Problem text must survive UTF-8 and an accepted plan must write and read back unchanged.
 */
class PlanReaderFuzzFindingsTest {
    private static final String PLAN = """
            { "schemaVersion": 1, "name": "NAME", "dataFactory": { "name": "adf1", "region": "westeurope" },
              "locations": [ { "id": "dc", "name": "DC", "kind": "KIND" } ], "dataStores": [], "flows": [] }
            """;

    private final PlanReader reader = new PlanReader(CatalogFixtures.small());

    private PlanReadResult read(String name, String kind) {
        return reader.read(PLAN.replace("NAME", name).replace("KIND", kind));
    }

    @Test
    void refusesANameWithAnUnpairedSurrogateEscapeBecauseItCannotBeWrittenBackAsUtf8() {
        PlanReadResult result = read("Contoso \\ud800 ingestion", "ON_PREMISES");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.name");
            assertThat(problem.message()).startsWith("is not valid Unicode text");
            assertThat(problem.value()).isEqualTo("Contoso \\uD800 ingestion");
        });
    }

    @Test
    void acceptsNamesWithCharactersOutsideTheBasicPlaneAndWritesThemBack() {
        PlanReadResult result = read("Orders \uD83D\uDE00 \\ud83d\\ude00", "ON_PREMISES");

        assertThat(result.problems()).isEmpty();
        Plan reread = reader.read(new PlanWriter().writeBytes(result.plan())).plan();
        assertThat(reread).isEqualTo(result.plan());
        assertThat(reread.name()).isEqualTo("Orders \uD83D\uDE00 \uD83D\uDE00");
    }

    @Test
    void shortensAProblemValueWithoutCuttingACharacterOutsideTheBasicPlaneInHalf() {
        String kind = "K".repeat(79) + "\uD83D\uDE00" + "tail";

        Problem problem = read("n", kind).problems().getFirst();

        assertThat(problem.path()).isEqualTo("$.locations[0].kind");
        assertThat(problem.value()).isEqualTo("K".repeat(79) + "\uD83D\uDE00… (85 characters)");
        String text = problem.toString();
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void escapesAnUnpairedSurrogateInAProblemValue() {
        Problem problem = read("n", "\\udc00ON_PREMISES").problems().getFirst();

        assertThat(problem.value()).isEqualTo("\\uDC00ON_PREMISES");
    }

    @Test
    void escapesTheCharacterTheParserQuotesInItsMessage() {
        // NUL bytes make Jackson decode as UTF-32, and the "character" it then quotes is an unpaired surrogate.
        Problem utf32 = reader.read(new byte[] {0x0d, 0, 0, 0, 0, 0, 0x0a, 0, 0, (byte) 0xfd}).problems().getFirst();

        assertThat(utf32.message()).startsWith("malformed JSON");
        assertThat(utf32.message().codePoints()).noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }

    @Test
    void escapesTheDocumentsPropertyNamesInProblemPaths() {
        Problem problem = reader.read("{\"schemaVersion\":1,\"na\\u202eme\\n\":1}").problems().getFirst();

        assertThat(problem.path()).isEqualTo("$.na\\u202Eme\\u000A");
        assertThat(problem.message()).startsWith("unknown property");
    }

    /** Not a finding (Jackson 3 fails on trailing tokens by default), kept so that a mapper change cannot lose it. */
    @Test
    void refusesContentAfterThePlanObject() {
        String valid = PLAN.replace("NAME", "n").replace("KIND", "ON_PREMISES");
        assertThat(reader.read(valid).problems()).isEmpty();

        PlanReadResult result = reader.read(valid + "{\"schemaVersion\": 2}");

        assertThat(result.plan()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).startsWith("malformed JSON at line 3");
        });
    }
}
