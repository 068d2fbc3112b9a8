package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Positions in the plan: read, written back unchanged, bounded, and only for the plan's own elements. */
class PlanLayoutTest {
    private static final String PLAN = """
            {
              "schemaVersion": 1,
              "name": "Contoso ingestion",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
              "locations": [
                { "id": "dc", "name": "Amsterdam DC", "kind": "ON_PREMISES", "egressIps": ["203.0.113.10"] },
                { "id": "az", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" }
              ],
              "links": [ { "between": ["dc", "az"], "type": "EXPRESSROUTE_MICROSOFT_PEERING" } ],
              "dataStores": [
                { "id": "orders", "name": "Orders", "type": "SQL_SERVER", "location": "dc" },
                { "id": "dwh", "name": "Warehouse", "type": "AZURE_SYNAPSE_ANALYTICS", "location": "az" }
              ],
              "flows": [ { "id": "f1", "source": "orders", "sink": "dwh" } ]
              LAYOUT
            }
            """;

    private final PlanReader reader = new PlanReader(CatalogFixtures.small());

    private PlanReadResult read(String layout) {
        return reader.read(PLAN.replace("LAYOUT", layout.isEmpty() ? "" : ", \"layout\": " + layout));
    }

    @Test
    void readsPositionsOfLocationsAndStores() {
        Plan plan = read("""
                { "locations": { "dc": { "x": 40, "y": 120 } }, "dataStores": { "dwh": { "x": 14, "y": 60 } } }
                """).planOrThrow();

        assertThat(plan.layout().location("dc")).contains(new Position(40, 120));
        assertThat(plan.layout().location("az")).isEmpty();
        assertThat(plan.layout().dataStore("dwh")).contains(new Position(14, 60));
    }

    @Test
    void aPlanWithoutPositionsIsWrittenWithoutALayoutAndOneWithPositionsReadsBackEqual() {
        Plan plain = read("").planOrThrow();
        assertThat(plain.layout().isEmpty()).isTrue();
        assertThat(new PlanWriter().write(plain)).doesNotContain("layout");

        Plan placed = plain.withLayout(PlanLayout.EMPTY.withLocation("dc", new Position(300, 90))
                .withDataStore("orders", new Position(20, 70)));
        String written = new PlanWriter().write(placed);

        assertThat(written).contains("\"layout\"").doesNotContain("\"dataStores\" : { }");
        assertThat(reader.read(written).planOrThrow()).isEqualTo(placed);
    }

    @Test
    void refusesPositionsOfElementsThePlanDoesNotHaveNamingThem() {
        PlanReadResult result = read("""
                { "locations": { "lab": { "x": 1, "y": 2 } }, "dataStores": { "gone": { "x": 1, "y": 2 } } }
                """);

        assertThat(result.problems()).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.layout.locations.lab", "no location has this id; positions are kept only for the plan's"
                        + " locations"),
                tuple("$.layout.dataStores.gone", "no data store has this id; positions are kept only for the"
                        + " plan's data stores"));
    }

    @Test
    void refusesCoordinatesOutsideTheBoundsOrNotWhole() {
        PlanReadResult result = read("""
                { "locations": { "dc": { "x": -1, "y": 100001 }, "az": { "x": 1.5, "y": "2" } },
                  "dataStores": { "orders": { "x": 3 }, "dwh": { "x": 1, "y": 2, "z": 3 } } }
                """);

        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.layout.locations.dc.x", "$.layout.locations.dc.y", "$.layout.locations.az.x",
                "$.layout.locations.az.y", "$.layout.dataStores.orders.y", "$.layout.dataStores.dwh.z");
        assertThat(result.problems()).filteredOn(p -> p.path().equals("$.layout.locations.dc.y"))
                .extracting(Problem::message).containsExactly("must be a whole number from 0 to 100000");
    }

    @Test
    void theValidatorRefusesAPlanInMemoryWhosePositionsOutliveItsElements() {
        Plan plan = read("").planOrThrow().withLayout(new PlanLayout(Map.of("lab", new Position(1, 1)), Map.of()));

        assertThat(new PlanValidator(CatalogFixtures.small()).validate(plan)).extracting(Problem::path)
                .containsExactly("$.layout.locations.lab");
    }

    @Test
    void keepsOnlyThePositionsOfElementsThePlanStillHas() {
        Plan plan = read("").planOrThrow();
        PlanLayout layout = PlanLayout.EMPTY.withLocation("dc", new Position(1, 1))
                .withLocation("lab", new Position(2, 2)).withDataStore("gone", new Position(3, 3));

        PlanLayout kept = layout.keptFor(plan);

        assertThat(kept.locations()).containsOnlyKeys("dc");
        assertThat(kept.dataStores()).isEmpty();
        assertThat(PlanLayout.EMPTY.withLocation("dc", new Position(1, 1)).keptFor(plan).locations())
                .containsOnlyKeys("dc");
    }

    @Test
    void clampsPositionsIntoTheBounds() {
        assertThat(Position.clamped(-20.4, 250_000)).isEqualTo(new Position(0, PlanLayout.MAX_COORDINATE));
        assertThat(Position.clamped(10.6, Double.NaN)).isEqualTo(new Position(11, 0));
    }
}
