package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-hosted runtime of three nodes reaching Azure SQL Database over its public endpoint: its allowlist entry
 * keeps the article's note that the store might not require it, with the article's citation, and adds what the
 * nodes need with the decision's citation, in the PDF and the CSV alike; its firewall rules keep the purpose a single
 * node's rule has under the article's citation, and that every node needs them is a note citing the decision, in the
 * PDF, the CSV and the scripts' comments.
 */
class RuntimeNodesExportTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    private static final Plan PLAN = ENGINE.reader().read("""
            { "schemaVersion": 2, "name": "Three nodes",
              "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
              "locations": [
                { "id": "dc", "name": "Leeds DC", "kind": "ON_PREMISES", "egressIps": ["198.51.100.20"],
                  "addressSpaces": ["10.30.0.0/16"], "runtimeNodes": { "count": 3 } },
                { "id": "azure", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" } ],
              "links": [],
              "dataStores": [
                { "id": "erp", "name": "ERP database", "type": "SQL_SERVER", "location": "dc" },
                { "id": "dwh", "name": "Warehouse", "type": "AZURE_SQL_DATABASE", "location": "azure" } ],
              "flows": [ { "id": "erp-to-dwh", "source": "erp", "sink": "dwh" } ] }
            """.getBytes(StandardCharsets.UTF_8)).planOrThrow();
    private static final Recommendation RECOMMENDATION = ENGINE.recommend(PLAN);
    private static final String ARTICLE_REFERENCE = RECOMMENDATION.allowlist().getFirst().reference();
    private static final String NODES_NOTE = "Runtime shir-dc runs on 3 nodes, and each of them makes this"
            + " connection: every node needs this rule.";

    @TempDir
    Path dir;

    @Test
    void pdfShowsTheNoteThatTheEntryMightNotBeRequiredAndWhatEveryNodeNeeds() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExportCases.exportTo(dir, ExportFormat.PDF, PLAN, RECOMMENDATION)
                .toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(flat).contains("might not require an allowlist entry by default",
                    "Runtime shir-dc runs on 3 nodes, and each of them reaches Warehouse: every node's traffic"
                            + " must leave through these egress addresses.");
        }
    }

    @Test
    void pdfKeepsEachRulesPurposeUnderItsOwnSourceAndSaysOnceUnderTheTableThatEveryNodeNeedsTheRules()
            throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExportCases.exportTo(dir, ExportFormat.PDF, PLAN, RECOMMENDATION)
                .toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            String rules = flat.substring(flat.indexOf("Rules grouped by where"),
                    flat.indexOf("Data store allowlists"));

            assertThat(rules).doesNotContain("nodes needs it")
                    .containsOnlyOnce(NODES_NOTE + " [Decision: self-hosted runtime nodes]");
        }
    }

    @Test
    void csvRuleRowsCarryTheNodesNoteAndCiteTheArticleAndTheNodesDecision() throws Exception {
        List<List<String>> rows = Csv.parse(Files.readString(
                ExportCases.exportTo(dir, ExportFormat.CSV, PLAN, RECOMMENDATION)));

        assertThat(rows).filteredOn(row -> row.get(2).equals("outbound")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(7)).endsWith(". " + NODES_NOTE);
            assertThat(row.get(8)).endsWith("; Decision: self-hosted runtime nodes").doesNotStartWith("Decision");
        });
    }

    @Test
    void azureCliScriptCommentsEachRuleWithItsPurposeThenTheNodesNoteEachWithItsSource() throws Exception {
        Plan inVirtualNetwork = ENGINE.reader().read("""
                { "schemaVersion": 2, "name": "Two nodes in a virtual network",
                  "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
                  "locations": [
                    { "id": "vnet", "name": "Hub network", "kind": "AZURE_VIRTUAL_NETWORK",
                      "egressIps": ["20.50.0.1"], "addressSpaces": ["10.50.0.0/16"], "runtimeNodes": { "count": 2 } },
                    { "id": "azure", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" } ],
                  "links": [],
                  "dataStores": [
                    { "id": "erp", "name": "ERP database", "type": "SQL_SERVER", "location": "vnet" },
                    { "id": "dwh", "name": "Warehouse", "type": "AZURE_SQL_DATABASE", "location": "azure" } ],
                  "flows": [ { "id": "erp-to-dwh", "source": "erp", "sink": "dwh" } ] }
                """.getBytes(StandardCharsets.UTF_8)).planOrThrow();
        String note = "# Runtime shir-vnet runs on 2 nodes, and each of them makes this connection: every node needs"
                + " this rule. [Decision: self-hosted runtime nodes]";

        String script = Files.readString(ExportCases.exportTo(dir, ExportFormat.AZURE_CLI, inVirtualNetwork,
                ENGINE.recommend(inVirtualNetwork)));

        List<String> lines = List.of(script.split("\n"));
        List<Integer> ruleComments = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).startsWith("# NSG outbound for runtime shir-vnet")).boxed().toList();
        assertThat(ruleComments).isNotEmpty().allSatisfy(at -> {
            assertThat(lines.get(at)).doesNotContain("nodes");
            assertThat(lines.get(at + 1)).isEqualTo(note);
        });
        assertThat(script).containsPattern("# Warehouse \\(.*\\) must allow runtime shir-vnet \\[.*\\]\n"
                + "# Runtime shir-vnet runs on 2 nodes, and each of them reaches Warehouse: .*"
                + " \\[Decision: self-hosted runtime nodes\\]\n");
    }

    @Test
    void csvRowCarriesTheNoteAndCitesTheArticleAndTheNodesDecision() throws Exception {
        List<List<String>> rows = Csv.parse(Files.readString(
                ExportCases.exportTo(dir, ExportFormat.CSV, PLAN, RECOMMENDATION)));

        assertThat(rows).filteredOn(row -> row.getFirst().equals("Allowlist of Warehouse")).singleElement()
                .satisfies(row -> assertThat(String.join(" | ", row)).contains("198.51.100.20",
                        "might not require an allowlist entry", "runs on 3 nodes",
                        ARTICLE_REFERENCE + "; Decision: self-hosted runtime nodes"));
        assertThat(ARTICLE_REFERENCE).doesNotStartWith("Decision");
    }
}
