package org.hybridplanner.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.export.ExportCases;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.Preview;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.RuntimePlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDesignDocumentTest {
    @TempDir
    Path dir;

    static Stream<Case> cases() {
        return ExportCases.all().stream();
    }

    private Path write(Case c) throws IOException {
        Path file = dir.resolve("design-" + c.name().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf");
        try (var out = Files.newOutputStream(file)) {
            Exporters.write(ExportFormat.PDF, c.plan(), c.recommendation(), ExportCases.CONTEXT, out);
        }
        Preview.keep(file);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void documentHasEverySectionRuntimeFlowAndRule(Case c) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("NETWORK DESIGN", "Ada Architect", "14 March 2026", "v3",
                    "Summary of the decision", "Diagram", "Integration runtimes", "Flows", "Firewall rules",
                    "Data store allowlists", "Credential checklist", "Encryption checklist", "Warnings",
                    "Compliance certifications", "ISO 27001:2013", "HITRUST", "References");
            for (RuntimePlacement runtime : c.recommendation().runtimes()) {
                assertThat(flat).contains("Runtime " + runtime.id());
            }
            for (FlowDecision flow : c.recommendation().flows()) {
                assertThat(flat).contains("Flow " + flow.id());
            }
            for (FirewallRule rule : c.recommendation().firewallRules()) {
                if (rule.host() != null && rule.host().length() < 20) {
                    assertThat(flat).contains(rule.host());
                }
            }
            // The quoted source sentence of the first reason of each runtime is in the document.
            for (RuntimePlacement runtime : c.recommendation().runtimes()) {
                runtime.reasons().stream().findFirst()
                        .flatMap(reason -> c.recommendation().reference(reason.reference()))
                        .ifPresent(reference -> assertThat(flat).contains(
                                firstWords(reference.quote(), 6)));
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPageIsNumberedAndFontsAreEmbedded(Case c) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(pdf)).contains("Page " + i + " of " + pages);
            }
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void outlineAndMetadataDescribeTheDocument() throws IOException {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("Title page", "Summary of the decision", "Diagram",
                    "Integration runtimes", "Flows", "Firewall rules", "Data store allowlists",
                    "Credential checklist", "Encryption checklist", "Warnings", "Compliance certifications",
                    "References");
            List<String> flows = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
                if (item.getTitle().equals("Flows")) {
                    item.children().forEach(child -> flows.add(child.getTitle()));
                }
            });
            assertThat(flows).hasSize(c.recommendation().flows().size()).first().asString()
                    .startsWith("Flow orders-to-vm");
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Network design: Mixed estate");
            assertThat(info.getAuthor()).isEqualTo("Ada Architect");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ExportCases.CLOCK.instant());
            assertThat(info.getCustomMetadataValue("PlanVersion")).isEqualTo("v3");
        }
    }

    @Test
    void diagramIsVectorGraphicsWithItsLabelsAsText() throws IOException {
        Case c = ExportFixtures.datacenterWithExpressRoute();
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            int diagramPage = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                if (pdf.getPage(i).getMediaBox().getWidth() > pdf.getPage(i).getMediaBox().getHeight()) {
                    diagramPage = i + 1;
                }
            }
            assertThat(diagramPage).as("a landscape diagram page").isPositive();
            PDPage page = pdf.getPage(diagramPage - 1);
            assertThat(page.getResources().getXObjectNames()).isNotEmpty();
            for (var name : page.getResources().getXObjectNames()) {
                assertThat(page.getResources().getXObject(name))
                        .isInstanceOf(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(diagramPage);
            stripper.setEndPage(diagramPage);
            assertThat(stripper.getText(pdf)).contains("ERP database", "Sales warehouse", "Self-hosted IR shir-dc",
                    "ExpressRoute Microsoft peering");
        }
    }

    @Test
    void longRuleTablesContinueOnNewPagesWithTheirHeaderRepeated() throws IOException {
        Case c = ExportFixtures.large(1_500, 150);
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(pdf);
                if (page.contains("*.servicebus.windows.net")) {
                    tablePages++;
                    assertThat(page).contains("Runtime", "Direction", "Host", "Port", "Protocol", "Purpose");
                }
            }
            assertThat(tablePages).isGreaterThan(1);
        }
    }

    @Test
    void hostileNamesRenderWithoutCrashingAndStayReadable() throws IOException {
        Case c = ExportFixtures.hostileNames();
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("<script>alert(1)</script>", "=cmd|' /C calc'!A0", "invoice[U+202E]gnp.exe")
                    .doesNotContain("\u202E");
            // Arabic and Hebrew are drawn from the embedded font (in logical order, without shaping).
            assertThat(text).containsAnyOf("מחסן", "ןסחמ");
            assertThat(text).containsAnyOf("البيانات", "تانايبلا");
            // CJK is outside the embedded font: a visible placeholder, never a crash.
            assertThat(text).contains("\uFFFD");
        }
    }

    @Test
    void sameInputAndClockGiveTheSameBytes() throws IOException {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Exporters.write(ExportFormat.PDF, c.plan(), c.recommendation(), ExportCases.CONTEXT, first);
        Exporters.write(ExportFormat.PDF, c.plan(), c.recommendation(), ExportCases.CONTEXT, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }
}
