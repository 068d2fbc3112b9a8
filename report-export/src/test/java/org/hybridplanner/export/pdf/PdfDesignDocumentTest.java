package org.hybridplanner.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
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
                    assertThat(font.getName()).matches("[A-Z]{6}\\+(DejaVuSans|NotoSans|WenQuanYiMicroHei).*");
                }
            }
        }
    }

    @Test
    void theDiagramsCaptionStaysOnItsPageWhenTheDrawingIsTallerThanWide() throws IOException {
        // Zones placed one above another make a drawing taller than the landscape page, scaled to its height.
        Case wide = ExportFixtures.mixedAzureAndAwsEstate();
        Map<String, Position> stacked = new LinkedHashMap<>();
        int y = 96;
        for (Location location : wide.plan().locations()) {
            stacked.put(location.id(), new Position(24, y));
            y += 600;
        }
        Case tall = new Case("zones stacked", wide.plan().withLayout(new PlanLayout(stacked, Map.of())),
                wide.recommendation());
        try (PDDocument pdf = Loader.loadPDF(write(tall).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pagesWithDiagramHeading = new ArrayList<>();
            List<String> pagesWithCaption = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(pdf);
                if (text.startsWith("Diagram")) {
                    pagesWithDiagramHeading.add("page " + i);
                }
                if (text.contains("Vector drawing: zoom in for detail.")) {
                    pagesWithCaption.add("page " + i);
                }
            }
            assertThat(pagesWithDiagramHeading).hasSize(1);
            assertThat(pagesWithCaption).isEqualTo(pagesWithDiagramHeading);
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
            // Arabic, Hebrew and CJK come back exactly; an emoji no font has is shown as its code point.
            assertThat(text).contains("מחסן נתונים", "مستودع البيانات", "数据仓库", "store [U+1F680]")
                    .doesNotContain("\uFFFD");
        }
    }

    @Test
    void namesInEveryScriptCanBeReadBackFromThePdfInTheirReadingOrder() throws IOException {
        Case c = ExportFixtures.namesInEveryScript();
        try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
            // The text stripper turns right-to-left runs drawn in visual order back into logical order and Arabic
            // joining forms back into letters: the exact names come back only when they were drawn as a reader sees
            // them, with real glyphs.
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).doesNotContain("\uFFFD").contains("東京 データセンター移行");
            List<String> names = new ArrayList<>();
            c.plan().locations().forEach(location -> names.add(location.name()));
            c.plan().dataStores().forEach(store -> names.add(store.name()));
            for (String name : names) {
                // PDFBox's Devanagari shaping draws a vowel sign and a nasal mark as one glyph that maps back to
                // no character: the letters come back, some marks do not (docs/exports.md).
                if (name.codePoints().anyMatch(cp -> cp >= 0x0900 && cp <= 0x097F)) {
                    assertThat(withoutMarks(text)).contains(withoutMarks(name));
                } else {
                    assertThat(text).contains(name);
                }
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("WenQuanYi")).anyMatch(name -> name.contains("Thai"))
                    .allMatch(name -> name.matches("[A-Z]{6}\\+.*"));
        }
    }

    @Test
    void aHeadingIsNeverTheLastTextOnAPage() throws IOException {
        List<Case> cases = new ArrayList<>(ExportCases.all());
        cases.add(ExportFixtures.large(50, 12));
        // Each egress address lengthens the allowlist tables a little, moving the sections after them (credential
        // and encryption checklists with their "In transit" and "At rest" subheadings) down by a line at a time.
        RecommendationEngine engine = RecommendationEngine.standard();
        Plan base = ExportFixtures.mixedAzureAndAwsEstate().plan();
        for (int addresses = 1; addresses <= 16; addresses++) {
            List<String> egress = new ArrayList<>();
            for (int i = 0; i < addresses; i++) {
                egress.add("198.51.100." + (i + 1));
            }
            List<Location> locations = base.locations().stream().map(l -> l.egressIps().isEmpty() ? l
                    : new Location(l.id(), l.name(), l.kind(), egress, l.addressSpaces())).toList();
            Plan plan = new Plan(base.schemaVersion(), base.name(), base.dataFactory(), locations, base.links(),
                    base.dataStores(), base.flows(), base.runtime(), base.credentials());
            cases.add(new Case("estate with " + addresses + " egress addresses", plan, engine.recommend(plan)));
        }
        for (Case c : cases) {
            try (PDDocument pdf = Loader.loadPDF(write(c).toFile())) {
                PageLines lines = new PageLines();
                lines.getText(pdf);
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PageLines.Line last = lines.lastBodyLine(page, pdf.getPage(page - 1).getMediaBox().getHeight());
                    if (last != null) {
                        assertThat(last.heading()).as("%s, page %d ends with \"%s\"", c.name(), page, last.text())
                                .isFalse();
                    }
                }
            }
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

    private static String withoutMarks(String text) {
        return text.replaceAll("[\\p{Mn}\\p{Mc}]", "");
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }
}
