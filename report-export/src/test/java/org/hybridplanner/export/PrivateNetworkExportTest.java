package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of private endpoints, a managed virtual network and a two-node runtime (example 08): nothing is allowed
 * for private endpoint traffic, the private DNS zone is created and linked, and public network access is disabled
 * only where every runtime reaches the store privately.
 */
class PrivateNetworkExportTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    private static final Plan PLAN = ENGINE.reader()
            .read(ExamplePlans.byId("08-private-endpoints-managed-network").json()).planOrThrow();
    private static final Recommendation RECOMMENDATION = ENGINE.recommend(PLAN);

    @TempDir
    Path dir;

    private Path export(ExportFormat format) throws IOException {
        return ExportCases.exportTo(dir, format, PLAN, RECOMMENDATION);
    }

    @Test
    void azureCliLinksThePrivateDnsZoneAndDisablesPublicAccessOnlyWhereEveryRuntimeIsPrivate() throws Exception {
        List<String> calls = Bash.runWithFakeCli(export(ExportFormat.AZURE_CLI), "az", dir);

        assertThat(calls).anySatisfy(call -> assertThat(call).startsWith("network private-dns zone")
                .contains("privatelink.database.windows.net"));
        assertThat(calls).anySatisfy(call -> assertThat(call).startsWith("network private-dns link vnet")
                .contains("--zone-name privatelink.database.windows.net"));
        assertThat(calls).anySatisfy(call -> assertThat(call)
                .isEqualTo("sql server update --resource-group rg-test --name dwh --enable-public-network false"
                        + " --output none"));
        assertThat(calls).anySatisfy(call -> assertThat(call)
                .startsWith("cosmosdb update").contains("--name profiles --public-network-access DISABLED"));
        // Landing storage is also written by the runtime in the datacenter, over its public endpoint.
        assertThat(calls).noneMatch(call -> call.startsWith("storage account update"));
        // Nothing to allow through private endpoints: no firewall rule and no service tag for those stores.
        assertThat(calls).noneMatch(call -> call.contains("firewall-rule create"));
    }

    @Test
    void csvListsPrivateEndpointEntriesWithoutCallingThemMissing() throws Exception {
        List<List<String>> rows = Csv.parse(Files.readString(export(ExportFormat.CSV)));

        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Allowlist of Warehouse",
                "shir-data-vnet", "inbound", "", "private endpoint (no address entry)"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Allowlist of Customer profiles",
                "azure-ir", "inbound", "", "managed private endpoint (no address entry)"));
        assertThat(rows).noneMatch(row -> String.join(" ", row).contains("addresses missing from the plan"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("shir-dc", "inbound", "", "", "8060"));
    }

    @Test
    void pdfSaysThereIsNothingToAllowAndNamesTheZoneAndTheNodes() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF).toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(flat).contains("private endpoint (no address: the IP firewall does not apply)",
                    "managed private endpoint (no address: approve the connection)",
                    "link the private DNS zone privatelink.database.windows.net to Data VNet",
                    "It runs on 2 nodes in Dublin DC for high availability",
                    "Every runtime reaches Customer profiles through a private endpoint")
                    .doesNotContain("missing: see warnings");
        }
    }
}
