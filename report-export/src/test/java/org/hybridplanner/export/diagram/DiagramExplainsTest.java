package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.Preview;
import org.hybridplanner.export.XmlDocuments;
import org.hybridplanner.export.text.StoreTypeNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The diagram explains the design: symbols, flow labels, warnings on elements, full names, highlighting, summaries. */
class DiagramExplainsTest {
    private static final String LONG_STORE = "Enterprise warehouse (Synapse dedicated SQL pool, West Europe)";
    private static final String LONG_SITE = "Contoso Rotterdam primary datacenter, building 7";

    @TempDir
    Path dir;

    @Test
    void everyKindOfZoneAndNodeHasItsSymbolAndALegendLine() throws Exception {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        Document svg = svg("symbols", DiagramLayoutTest.layout(c), Set.of());
        // The cylinder's cap of a store, the gear of the Azure runtime, the windows of a building, the globe.
        assertThat(groups(svg, "hp-data-store")).isNotEmpty()
                .allSatisfy(g -> assertThat(g.getElementsByTagName("ellipse").getLength()).isPositive());
        assertThat(groups(svg, "hp-azure-runtime")).singleElement()
                .satisfies(g -> assertThat(g.getElementsByTagName("path").getLength()).isGreaterThanOrEqualTo(2));
        assertThat(groups(svg, "hp-on-premises-zone")).hasSize(2)
                .allSatisfy(g -> assertThat(g.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(7));
        assertThat(groups(svg, "hp-public-internet-zone")).singleElement()
                .satisfies(g -> assertThat(g.getElementsByTagName("ellipse").getLength()).isGreaterThanOrEqualTo(2));
        assertThat(groups(svg, "hp-self-hosted-runtime")).hasSize(2);
        String text = text(svg);
        assertThat(text).contains("On-premises network", "Azure virtual network", "Azure services (public endpoints)",
                "AWS VPC", "Internet and SaaS", "Data store", "Self-hosted integration runtime",
                "Azure integration runtime", "Firewall where rules are configured");
    }

    @Test
    void flowsAreLabelledWithRuntimeAndConnectivityAndDrawnInTheConnectivitysStyle() throws Exception {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        assertThat(layout.texts()).extracting(TextBox::text)
                .contains("orders-to-vm · shir-hub · S2S VPN", "hr-to-synapse · shir-hub · ER private",
                        "blocked: hr-to-s3", "S2S VPN — Site-to-site VPN (IPsec)");
        Document svg = svg("flow-labels", layout, Set.of());
        Element vpn = group(svg, "Data flow orders-to-vm over Site-to-site VPN (IPsec)");
        Element expressRoute = group(svg, "Data flow hr-to-synapse over ExpressRoute private peering");
        assertThat(stroke(vpn)).contains("stroke-dasharray").isNotEqualTo(stroke(expressRoute));
        assertThat(stroke(expressRoute)).doesNotContain("stroke-dasharray");
        assertThat(group(svg, "Blocked flow hr-to-s3: no runtime reaches both ends").getAttribute("class"))
                .contains("hp-blocked-flow");
    }

    @Test
    void warningsAndBlockedFlowsMarkTheElementsConcerned() throws Exception {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        Document svg = svg("warnings", DiagramLayoutTest.layout(c), Set.of());
        // The red triangle: a path filled in the warning colour, inside the group of the element it marks.
        assertThat(warningTriangles(group(svg, "HR Oracle (Oracle)"))).isEqualTo(1);
        assertThat(warningTriangles(group(svg, "S3 landing (Amazon S3)"))).isEqualTo(1);
        assertThat(warningTriangles(group(svg, "Paris DC (On-premises network)"))).isEqualTo(1);
        assertThat(warningTriangles(group(svg, "Orders (SQL Server) (SQL Server)"))).isZero();
    }

    @Test
    void longNamesWrapInsteadOfBeingCutAndShowWholeOnHover() throws Exception {
        Case c = ExportFixtures.datacenterWithExpressRoute("Long names", LONG_SITE, LONG_STORE);
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        assertThat(lines(layout, "store:erp", TextStyle.NODE_TITLE)).hasSizeBetween(2, 3)
                .noneMatch(line -> line.contains("…"));
        assertThat(String.join(" ", lines(layout, "store:erp", TextStyle.NODE_TITLE))).isEqualTo(LONG_STORE);
        assertThat(String.join(" ", lines(layout, "zone:dc", TextStyle.ZONE_TITLE))).isEqualTo(LONG_SITE);
        Document svg = svg("long-names", layout, Set.of());
        assertThat(group(svg, LONG_STORE + " (SQL Server)").getAttribute("class")).contains("hp-data-store");
        DiagramLayoutTest.assertNoOverlap(layout.texts().stream().map(TextBox::bounds).toList(), "labels");
    }

    @Test
    void longNamesAreWholeInTheDesignDocument() throws Exception {
        Case c = ExportFixtures.datacenterWithExpressRoute("Long names", LONG_SITE, LONG_STORE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.write(ExportFormat.PDF, c.plan(), c.recommendation(),
                new ExportContext("tester", Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC),
                        "version 1"), out);
        Path file = dir.resolve("long-names.pdf");
        Files.write(file, out.toByteArray());
        Preview.keep(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String diagramPage = "";
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages() && diagramPage.isEmpty(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                diagramPage = text.contains("Legend") ? text : "";
            }
            assertThat(diagramPage).contains(LONG_STORE, LONG_SITE, "Self-hosted integration runtime",
                    "erp-to-dwh · shir-dc").doesNotContain("Enterprise warehouse (Synapse…");
        }
    }

    @Test
    void highlightingAFlowOutlinesItsPathAndFadesTheRest() throws Exception {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramModel model = DiagramModel.of(c.plan(), c.recommendation(), StoreTypeNames.of(null));
        Set<String> path = new DiagramFocus(model, c.recommendation()).flow("orders-to-vm");
        assertThat(path).contains("store:orders", "store:vmsql", "runtime:shir-hub", "zone:dc1", "zone:hub",
                "link:0").doesNotContain("store:hr", "zone:aws", "link:1");
        Document svg = svg("highlight", new ZoneLayout().layout(model), path);
        assertThat(group(svg, "Orders (SQL Server) (SQL Server)").getAttribute("class")).contains("hp-highlighted");
        assertThat(group(svg, "Network link: Site-to-site VPN").getAttribute("class")).contains("hp-highlighted");
        Element faded = group(svg, "HR Oracle (Oracle)");
        assertThat(faded.getAttribute("class")).contains("hp-dimmed");
        List<Double> opacities = opacities(faded);
        assertThat(opacities).isNotEmpty().allSatisfy(opacity -> assertThat(opacity).isLessThan(0.25));
        assertThat(opacities(group(svg, "Orders (SQL Server) (SQL Server)"))).contains(1.0);
        assertThat(groups(svg, "hp-highlighted")).hasSize(path.size());
    }

    @Test
    void aRuleAnAllowlistEntryAndAWarningHighlightWhatTheyConcern() {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramModel model = DiagramModel.of(c.plan(), c.recommendation(), StoreTypeNames.of(null));
        DiagramFocus focus = new DiagramFocus(model, c.recommendation());
        var rule = c.recommendation().rulesOf("shir-aws").getFirst();
        assertThat(focus.rule(rule)).contains("runtime:shir-aws", "zone:aws", "control:shir-aws",
                "store:redshift", "store:adls").doesNotContain("store:orders");
        var entry = c.recommendation().allowlist().stream().filter(e -> e.dataStore().equals("synapse"))
                .findFirst().orElseThrow();
        assertThat(focus.allowlistEntry(entry)).contains("store:synapse", "runtime:" + entry.runtime(), "store:hr");
        var warning = c.recommendation().warnings().stream().filter(w -> w.subject().equals("dc2")).findFirst()
                .orElseThrow();
        assertThat(focus.warning(warning)).containsExactly("zone:dc2");
    }

    @Test
    void aThousandStorePlanIsDrawnAsZonesWithCountsPerType() throws Exception {
        Case c = ExportFixtures.large(1_000, 1_000);
        DiagramModel model = Exporters.readableModel(c.plan(), c.recommendation(), Set.of());
        assertThat(model.isSummarised()).isTrue();
        assertThat(model.graph().vertexSet()).noneMatch(node -> node.kind() == DiagramNode.NodeKind.DATA_STORE)
                .filteredOn(node -> node.kind() == DiagramNode.NodeKind.STORE_GROUP)
                .extracting(DiagramNode::title, DiagramNode::subtitle)
                .contains(org.assertj.core.groups.Tuple.tuple("100 stores", "Azure SQL Database"),
                        org.assertj.core.groups.Tuple.tuple("90 stores", "SQL Server"));
        DiagramLayout layout = new ZoneLayout().layout(model);
        DiagramLayout full = new ZoneLayout().layout(DiagramModel.of(c.plan(), c.recommendation(),
                StoreTypeNames.of(null)));
        assertThat(layout.width() * layout.height()).isLessThan(full.width() * full.height() / 10);
        Document svg = svg("summary-1000", layout, Set.of());
        assertThat(groups(svg, "hp-store-group")).hasSize(11);
        assertThat(text(svg)).contains("Stores of one type, counted", "100 flows · shir-dc0 · ER Microsoft");
        // A highlighted flow lights up its group, as a store would.
        Set<String> path = new DiagramFocus(model, c.recommendation()).flow("f5");
        assertThat(path).contains("stores:dc5:SQL_SERVER", "stores:azure:AZURE_SQL_DATABASE", "runtime:shir-dc5");
        // One zone opened: its stores one by one, the others still counted.
        DiagramModel opened = Exporters.readableModel(c.plan(), c.recommendation(), Set.of("dc3"));
        assertThat(opened.nodesIn("zone:dc3")).filteredOn(node -> node.kind() == DiagramNode.NodeKind.DATA_STORE)
                .hasSize(90);
        assertThat(opened.nodesIn("zone:dc4")).filteredOn(node -> node.kind() == DiagramNode.NodeKind.DATA_STORE)
                .isEmpty();
    }

    @Test
    void plansAtTheThresholdAreDrawnInFull() {
        Case c = ExportFixtures.large(DiagramModel.SUMMARY_THRESHOLD, 50);
        assertThat(Exporters.readableModel(c.plan(), c.recommendation(), Set.of()).isSummarised()).isFalse();
        Case above = ExportFixtures.large(DiagramModel.SUMMARY_THRESHOLD + 1, 50);
        assertThat(Exporters.readableModel(above.plan(), above.recommendation(), Set.of()).isSummarised()).isTrue();
    }

    private Document svg(String name, DiagramLayout layout, Set<String> highlighted) throws Exception {
        Path file = dir.resolve("explains-" + name + ".svg");
        Files.writeString(file, new SvgDiagramWriter().svg(layout, highlighted));
        Preview.keep(file);
        return XmlDocuments.parse(file);
    }

    private static List<String> lines(DiagramLayout layout, String owner, TextStyle style) {
        return layout.texts().stream().filter(t -> t.owner().equals(owner) && t.style() == style)
                .map(TextBox::text).toList();
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(g);
            }
        }
        return out;
    }

    /** The element group whose hover text is {@code title}. */
    private static Element group(Document svg, String title) {
        NodeList titles = svg.getElementsByTagNameNS("*", "title");
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getTextContent().equals(title)) {
                return (Element) titles.item(i).getParentNode();
            }
        }
        throw new AssertionError("no element titled " + title);
    }

    /** The style JFreeSVG puts on the group around the first path drawn. */
    private static String stroke(Element group) {
        return ((Element) group.getElementsByTagName("path").item(0).getParentNode()).getAttribute("style");
    }

    /** Filled triangles ("M x,y L x,y L x,y Z") in the warning colour inside {@code group}. */
    private static long warningTriangles(Element group) {
        NodeList paths = group.getElementsByTagName("path");
        long count = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (((Element) path.getParentNode()).getAttribute("style").startsWith("fill:rgb(185,28,28)")
                    && path.getAttribute("d").matches("M[-0-9.,]+L[-0-9.,]+L[-0-9.,]+Z")) {
                count++;
            }
        }
        return count;
    }

    /** Every fill and stroke opacity in the styles of {@code group} and its descendants. */
    private static List<Double> opacities(Element group) {
        List<Double> out = new ArrayList<>();
        NodeList all = group.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var matcher = java.util.regex.Pattern.compile("opacity: ?([0-9.]+)")
                    .matcher(((Element) all.item(i)).getAttribute("style"));
            while (matcher.find()) {
                out.add(Double.parseDouble(matcher.group(1)));
            }
        }
        return out;
    }

    private static String text(Document svg) {
        StringBuilder out = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }
}
