package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.engine.ExamplePlan;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 1, through every export: each example plan moved to an Azure Government and an Azure China region
 * names, in every format a reader acts on (PDF, CSV, the three scripts, the diagrams), no host of another cloud.
 * Documents' addresses (learn.microsoft.com) are sources, not hosts to open, and are not checked.
 */
class SovereignExportHostsTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    /** A host name: labels joined by dots, possibly starting with a wildcard. */
    private static final Pattern HOST = Pattern.compile("(?:\\*\\.)?(?:[A-Za-z0-9{}-]+\\.)+[A-Za-z]{2,}");

    @TempDir
    Path dir;

    static Stream<Arguments> sovereignExamples() {
        List<Arguments> cases = new ArrayList<>();
        for (ExamplePlan example : ExamplePlans.all()) {
            for (String region : List.of("usgovvirginia", "chinanorth3")) {
                String json = example.json().replaceFirst("\"region\"\\s*:\\s*\"[a-z0-9]+\"",
                        "\"region\": \"" + region + "\"");
                PlanReadResult read = ENGINE.reader().read(json);
                // Plans with a store the cloud does not offer (Data Lake Storage Gen1) are refused, as they should be.
                if (read.problems().isEmpty()) {
                    cases.add(Arguments.of(example.id(), region, read.planOrThrow()));
                }
            }
        }
        return cases.stream();
    }

    private static List<String> foreignSuffixes(String region) {
        return region.startsWith("usgov")
                ? List.of("windows.net", "azure.com", "azure.net", "clouddatahub.net", "microsoftonline.com",
                        "chinacloudapi.cn", "azure.cn")
                : List.of("windows.net", "azure.com", "azure.net", "clouddatahub.net", "microsoftonline.com",
                        "usgovcloudapi.net", "azure.us");
    }

    /**
     * The export's text without its citations: a cited section's title and quote are the source's own words (the
     * outbound table names its rows by their public-cloud host and quotes both sovereign clouds' rows together),
     * not hosts the reader is asked to open.
     */
    private String text(ExportFormat format, Plan plan) throws IOException {
        Recommendation recommendation = ENGINE.recommend(plan);
        Path file = dir.resolve("export." + format.extension());
        try (var out = Files.newOutputStream(file)) {
            Exporters.write(format, plan, recommendation, ExportCases.CONTEXT, out);
        }
        String text;
        if (format == ExportFormat.PDF) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
        } else {
            text = Files.readString(file);
        }
        text = text.replaceAll("\\s+", " ");
        for (Reference reference : recommendation.references()) {
            text = text.replace(reference.section().replaceAll("\\s+", " "), "")
                    .replace(reference.quote().replaceAll("\\s+", " "), "");
        }
        return text;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("sovereignExamples")
    void everyExportNamesOnlyTheHostsOfTheFactorysCloud(String example, String region, Plan plan)
            throws IOException {
        List<String> foreign = foreignSuffixes(region);
        for (ExportFormat format : List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.JSON,
                ExportFormat.POWERSHELL, ExportFormat.AZURE_CLI, ExportFormat.AWS_CLI, ExportFormat.SVG,
                ExportFormat.DRAWIO, ExportFormat.GRAPHML, ExportFormat.DOT)) {
            Matcher hosts = HOST.matcher(text(format, plan));
            List<String> named = new ArrayList<>();
            while (hosts.find()) {
                String host = hosts.group().toLowerCase(java.util.Locale.ROOT);
                if (foreign.stream().anyMatch(suffix -> host.equals(suffix) || host.endsWith("." + suffix))) {
                    named.add(host);
                }
            }
            assertThat(named).as(example + " in " + region + ", " + format).isEmpty();
        }
    }
}
