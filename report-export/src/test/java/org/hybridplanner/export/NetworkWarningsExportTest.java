package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network sanity warnings reach the design document like every other warning, with their reasoning. */
class NetworkWarningsExportTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    @TempDir
    Path dir;

    @Test
    void pdfWarnsThatADatacenterAndAVirtualNetworkJoinedByAVpnShareAddresses() throws Exception {
        Plan plan = ENGINE.reader().read("""
                {"schemaVersion": 1, "name": "Overlapping networks",
                 "dataFactory": {"name": "contoso-adf", "region": "westeurope"},
                 "locations": [
                   {"id": "dc", "name": "Frankfurt datacenter", "kind": "ON_PREMISES",
                    "egressIps": ["203.0.113.10"], "addressSpaces": ["10.20.0.0/16"]},
                   {"id": "vnet", "name": "Analytics VNet", "kind": "AZURE_VIRTUAL_NETWORK",
                    "addressSpaces": ["10.20.128.0/17"]}],
                 "links": [{"between": ["dc", "vnet"], "type": "SITE_TO_SITE_VPN"}],
                 "dataStores": [
                   {"id": "erp", "name": "ERP", "type": "SQL_SERVER", "location": "dc"},
                   {"id": "dwh", "name": "Warehouse", "type": "SQL_SERVER", "location": "vnet"}],
                 "flows": [{"id": "nightly", "source": "erp", "sink": "dwh"}]}
                """).planOrThrow();
        Path file = dir.resolve("network-warnings.pdf");
        try (var out = Files.newOutputStream(file)) {
            Exporters.write(ExportFormat.PDF, plan, ENGINE.recommend(plan), ExportCases.CONTEXT, out);
        }
        Preview.keep(file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // The warnings table (its code column wraps at the underscore), not the summary's first lines.
            assertThat(flat).contains("Warnings Severity Code Subject What to do Reference Warning OVERLAPPING_");
            String warnings = flat.substring(flat.indexOf("Warnings Severity Code"));

            assertThat(warnings).contains("Frankfurt datacenter (10.20.0.0/16) and Analytics VNet (10.20.128.0/17)",
                    "have overlapping address spaces, and flow nightly joins them privately",
                    "Renumber one of them, or translate addresses (NAT) between them.",
                    "Decision: overlapping address spaces");
            assertThat(flat).contains("Two locations whose address spaces overlap are reported when a flow's private"
                    + " path joins them");
        }
    }
}
