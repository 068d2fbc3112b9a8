package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every store type with a private endpoint, reached only through it by a runtime in the endpoint's network: the
 * Azure CLI script opens the network's address range on the NSG (never the service's tag) and turns public network
 * access off with that resource's own command, or says what to do where the CLI has none.
 */
class PrivateEndpointScriptTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    /** The call the fake {@code az} receives to turn public access off; empty where the script says what to do. */
    private static final Map<String, String> PUBLIC_ACCESS_OFF = Map.ofEntries(
            Map.entry("AZURE_SQL_DATABASE",
                    "sql server update --resource-group rg-test --name pe --enable-public-network false --output none"),
            Map.entry("AZURE_SYNAPSE_ANALYTICS", ""),
            Map.entry("AZURE_BLOB_STORAGE", storage()),
            Map.entry("AZURE_TABLE_STORAGE", storage()),
            Map.entry("AZURE_DATA_LAKE_STORAGE_GEN2", storage()),
            Map.entry("AZURE_FILES", storage()),
            Map.entry("AZURE_COSMOS_DB", cosmos()),
            Map.entry("AZURE_COSMOS_DB_MONGODB", cosmos()),
            Map.entry("AZURE_DATABASE_FOR_POSTGRESQL",
                    "postgres flexible-server update --resource-group rg-test --name pe --public-access Disabled"
                            + " --output none"),
            Map.entry("AZURE_DATABASE_FOR_MYSQL", ""),
            Map.entry("AZURE_AI_SEARCH", "search service update --resource-group rg-test --name pe"
                    + " --public-network-access disabled --output none"));

    @TempDir
    Path dir;

    private static String storage() {
        return "storage account update --resource-group rg-test --name pe --public-network-access Disabled"
                + " --output none";
    }

    private static String cosmos() {
        return "cosmosdb update --resource-group rg-test --name pe --public-network-access DISABLED --output none";
    }

    static List<String> typesWithAPrivateEndpoint() {
        return ENGINE.catalog().privateEndpoints().stream().map(spec -> spec.storeType()).toList();
    }

    private static Plan plan(String type) {
        var read = ENGINE.reader().read("""
                {"schemaVersion": 2, "name": "Private %1$s",
                 "dataFactory": {"name": "adf-private", "region": "westeurope"},
                 "locations": [
                   {"id": "dc", "name": "Datacenter", "kind": "ON_PREMISES", "addressSpaces": ["10.30.0.0/16"]},
                   {"id": "vnet", "name": "Data VNet", "kind": "AZURE_VIRTUAL_NETWORK",
                    "addressSpaces": ["10.40.0.0/20"]},
                   {"id": "az", "name": "Azure", "kind": "AZURE_PUBLIC"}],
                 "links": [{"between": ["dc", "vnet"], "type": "SITE_TO_SITE_VPN"}],
                 "dataStores": [
                   {"id": "orders", "name": "Orders", "type": "SQL_SERVER", "location": "dc"},
                   {"id": "pe", "name": "Private store", "type": "%1$s", "location": "az", "privateEndpoint": "vnet"}],
                 "flows": [{"id": "f", "source": "orders", "sink": "pe"}]}
                """.formatted(type));
        assertThat(read.problems()).as(type).isEmpty();
        return read.planOrThrow();
    }

    private Path export(ExportFormat format, Plan plan, Recommendation recommendation) throws IOException {
        return ExportCases.exportTo(dir, format, plan, recommendation);
    }

    @Test
    void everyStoreTypeWithAPrivateEndpointHasItsWayToTurnPublicAccessOff() {
        assertThat(PUBLIC_ACCESS_OFF.keySet()).containsExactlyInAnyOrderElementsOf(typesWithAPrivateEndpoint());
    }

    @ParameterizedTest
    @MethodSource("typesWithAPrivateEndpoint")
    void theScriptOpensTheEndpointsRangeAndTurnsPublicAccessOffWithTheResourcesOwnCommand(String type)
            throws Exception {
        Plan plan = plan(type);
        Path script = export(ExportFormat.AZURE_CLI, plan, ENGINE.recommend(plan));

        List<String> calls = Bash.runWithFakeCli(script, "az", dir);

        assertThat(calls).as(type).anySatisfy(call -> assertThat(call).startsWith("network nsg rule create")
                .contains("--destination-address-prefixes 10.40.0.0/20"));
        assertThat(calls).as(type).noneMatch(call -> call.matches(
                ".*--destination-address-prefixes (Sql|Storage|AzureCosmosDB) .*"));
        String expected = PUBLIC_ACCESS_OFF.get(type);
        if (expected.isEmpty()) {
            assertThat(Files.readString(script)).as(type)
                    .contains("TO DO BY HAND: turn public network access off on pe", "Azure portal");
            assertThat(calls).as(type).noneMatch(call -> call.contains(" update "));
        } else {
            assertThat(calls).as(type).contains(expected);
        }
    }

    @Test
    void theCsvSaysTheRuleAllowsTheEndpointsAddressRange() throws Exception {
        Plan plan = plan("AZURE_SQL_DATABASE");
        List<List<String>> rows = Csv.parse(Files.readString(export(ExportFormat.CSV, plan, ENGINE.recommend(plan))));

        assertThat(rows).anySatisfy(row -> assertThat(row).contains("*.database.windows.net",
                "address range 10.40.0.0/20 (private endpoint)", "1433"));
        assertThat(rows).noneMatch(row -> row.contains("service tag Sql"));
    }
}
