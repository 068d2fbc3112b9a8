package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an imported plan needs from the format (version 1, extended without breaking older plans): stores of a
 * connector the catalog does not know, flows that name the activities they stand for, copies within one store.
 */
class ImportedElementsTest {
    private static final String PLAN = """
            {
              "schemaVersion": 1,
              "name": "Imported",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
              "locations": [ { "id": "net", "kind": "PUBLIC_INTERNET" }, { "id": "dc", "kind": "ON_PREMISES" } ],
              "dataStores": [
                { "id": "snow", "name": "ls_snowflake", "type": "OTHER_CONNECTOR", "location": "net",
                  "connector": "SnowflakeV2" },
                { "id": "sql", "type": "SQL_SERVER", "location": "dc" }
              ],
              "flows": [
                { "id": "f1", "source": "sql", "sink": "snow",
                  "activities": ["pl_daily / Copy orders", "pl_hourly / Copy deltas"] },
                { "id": "f2", "source": "sql", "sink": "sql", "activities": ["pl_daily / Stage to table"] }
              ]
            }
            """;

    private final PlanReader reader = new PlanReader(withOtherConnector());

    private static Catalog withOtherConnector() {
        Catalog small = CatalogFixtures.small();
        List<StoreTypeSpec> types = new java.util.ArrayList<>(small.storeTypes());
        types.add(new StoreTypeSpec(DataStore.OTHER_CONNECTOR, "Other Data Factory connector",
                List.of(LocationKind.values()), "anywhere"));
        return new Catalog(types, small.linkTypes());
    }

    private PlanReadResult readWith(String from, String to) {
        assertThat(PLAN).contains(from);
        return reader.read(PLAN.replace(from, to));
    }

    @Test
    void readsTheConnectorOfAStoreAndTheActivitiesOfAFlow() {
        PlanReadResult result = reader.read(PLAN);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().dataStore("snow").orElseThrow().connector()).isEqualTo("SnowflakeV2");
        assertThat(result.plan().dataStore("sql").orElseThrow().connector()).isNull();
        assertThat(result.plan().flow("f1").orElseThrow().activities())
                .containsExactly("pl_daily / Copy orders", "pl_hourly / Copy deltas");
    }

    @Test
    void acceptsAFlowWhoseSinkIsItsSource() {
        Flow copyWithinOneStore = reader.read(PLAN).plan().flow("f2").orElseThrow();

        assertThat(copyWithinOneStore.source()).isEqualTo(copyWithinOneStore.sink()).isEqualTo("sql");
    }

    @Test
    void writesTheNewFieldsAndReadsThemBackUnchanged() {
        Plan plan = reader.read(PLAN).plan();

        String written = new PlanWriter().write(plan);

        assertThat(written).contains("\"connector\" : \"SnowflakeV2\"", "\"pl_hourly / Copy deltas\"");
        assertThat(reader.read(written).plan()).isEqualTo(plan);
    }

    @Test
    void aPlanWithoutTheNewFieldsIsWrittenAsBefore() {
        Plan plan = new Plan(Plan.SCHEMA_VERSION, "Old", new DataFactory("adf1", "westeurope", null),
                List.of(new Location("dc", null, LocationKind.ON_PREMISES)), List.of(),
                List.of(new DataStore("a", null, "SQL_SERVER", "dc"), new DataStore("b", null, "SQL_SERVER", "dc")),
                List.of(new Flow("f", "a", "b", false)), null, null);

        String written = new PlanWriter().write(plan);

        assertThat(written).doesNotContain("connector", "activities", "privateEndpoint", "managedPrivateEndpoint",
                "managedVirtualNetwork", "runtimeNodes");
        assertThat(reader.read(written).plan()).isEqualTo(plan);
    }

    @Test
    void refusesAConnectorThatIsNotADataFactoryTypeName() {
        PlanReadResult result = readWith("\"SnowflakeV2\"", "\"Snow flake!\"");

        assertThat(result.problems()).extracting(Problem::path, Problem::value)
                .containsExactly(tuple("$.dataStores[0].connector", "Snow flake!"));
        assertThat(result.problems().getFirst().message()).contains("not a Data Factory connector type name");
    }

    @Test
    void refusesAnActivityThatIsNotAName() {
        PlanReadResult result = readWith("\"pl_hourly / Copy deltas\"", "\"line\\nbreak\", 7");

        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly("$.flows[0].activities[2]", "$.flows[0].activities[1]");
    }

    @Test
    void refusesMoreActivitiesThanTheLimit() {
        String many = String.join(", ", Collections.nCopies(PlanLimits.MAX_ACTIVITIES_PER_FLOW + 1, "\"p / a\""));

        PlanReadResult result = readWith("\"pl_daily / Stage to table\"", many);

        assertThat(result.problems()).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.flows[1].activities", "has 10001 elements; the limit is 10000"));
    }

    @Test
    void anUnknownStoreTypeIsStillRefused() {
        PlanReadResult result = readWith("\"OTHER_CONNECTOR\"", "\"SNOWFLAKE\"");

        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.dataStores[0].type");
    }
}
