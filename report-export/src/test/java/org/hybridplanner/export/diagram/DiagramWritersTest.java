package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.Preview;
import org.hybridplanner.export.XmlDocuments;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DiagramWritersTest {
    @TempDir
    Path dir;

    static Stream<Case> cases() {
        return ExportFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void svgIsWellFormedWithoutScriptsAndShowsEveryStore(Case c) throws Exception {
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        Path file = dir.resolve("diagram-" + c.name().replace(' ', '-') + ".svg");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SvgDiagramWriter().write(layout, out);
        }
        Preview.keep(file);
        Document svg = XmlDocuments.parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(Files.readString(file)).doesNotContain("<script").doesNotContain("javascript:");
        String text = allText(svg.getElementsByTagNameNS("*", "text"));
        for (TextBox box : layout.texts()) {
            assertThat(text).contains(box.text());
        }
        assertThat(text).doesNotContain("\u202E");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pngHasTheDiagramsProportions(Case c) throws Exception {
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        Path file = dir.resolve("diagram-" + c.name().replace(' ', '-') + ".png");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PngDiagramWriter().write(layout, out);
        }
        Preview.keep(file);
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height() * 2));
    }

    /**
     * The DOT file lists each zone's members in the plan's order, the same in every run: an immutable set's
     * iteration order changes from one JVM to the next. Nine stores in one zone leave a 1 in 9! chance that another
     * order happens to be the plan's.
     */
    @Test
    void dotListsEachClustersStoresInThePlansOrder() {
        RecommendationEngine engine = RecommendationEngine.standard();
        List<String> names = java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> "Store " + i).toList();
        StringBuilder stores = new StringBuilder();
        StringBuilder flows = new StringBuilder();
        for (int i = 1; i <= names.size(); i++) {
            stores.append(i > 1 ? ", " : "").append("{ \"id\": \"s").append(i).append("\", \"name\": \"")
                    .append(names.get(i - 1)).append("\", \"type\": \"SQL_SERVER\", \"location\": \"dc\" }");
            flows.append(i > 1 ? ", " : "").append("{ \"id\": \"f").append(i).append("\", \"source\": \"s")
                    .append(i).append("\", \"sink\": \"dwh\" }");
        }
        Plan plan = engine.reader().read(("""
                { "schemaVersion": 2, "name": "Nine stores",
                  "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
                  "locations": [
                    { "id": "dc", "name": "Leeds DC", "kind": "ON_PREMISES", "egressIps": ["198.51.100.20"] },
                    { "id": "azure", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" } ],
                  "links": [],
                  "dataStores": [ %s,
                    { "id": "dwh", "name": "Warehouse", "type": "AZURE_SQL_DATABASE", "location": "azure" } ],
                  "flows": [ %s ] }
                """.formatted(stores, flows)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).planOrThrow();

        String dot = new DotExporter().export(DiagramModel.of(plan, engine.recommend(plan), StoreTypeNames.of(null)));

        // Each vertex's title (its label up to the line break), by vertex id.
        Map<String, String> titles = Pattern.compile("(?m)^  (n\\d+) \\[ label=\"([^\\\\\"]*)").matcher(dot)
                .results().collect(Collectors.toMap(vertex -> vertex.group(1), vertex -> vertex.group(2)));
        int start = dot.indexOf("subgraph cluster_0");
        String cluster = dot.substring(start, dot.indexOf("}", start));
        List<String> listed = Pattern.compile("(?m)^    (n\\d+);$").matcher(cluster).results()
                .map(member -> titles.get(member.group(1))).filter(names::contains).toList();
        assertThat(listed).containsExactlyElementsOf(names);
    }

    @Test
    void svgTextHoldsNamesInEveryScriptExactly() throws Exception {
        Case c = ExportFixtures.namesInEveryScript();
        Path file = dir.resolve("names-in-every-script.svg");
        Files.writeString(file, new SvgDiagramWriter().svg(DiagramLayoutTest.layout(c)));
        Preview.keep(file);
        Document svg = XmlDocuments.parse(file);
        String text = allText(svg.getElementsByTagNameNS("*", "text"));
        assertThat(text).doesNotContain("\uFFFD");
        for (Location location : c.plan().locations()) {
            assertThat(text).contains(location.name());
        }
        for (DataStore store : c.plan().dataStores()) {
            assertThat(text).contains(store.name());
        }
    }

    /**
     * A missing glyph draws as the same box (or as U+FFFD) whatever the character, so a name and the same letters
     * in another order make identical images unless the glyphs are real.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("namesWithoutSpaces")
    void pngDrawsEveryScriptWithItsOwnGlyphs(String name) throws Exception {
        int second = name.offsetByCodePoints(0, 1);
        String rotated = name.substring(second) + name.substring(0, second);
        assertThat(png(renamedDatacenter(rotated))).isNotEqualTo(png(renamedDatacenter(name)));
    }

    static Stream<String> namesWithoutSpaces() {
        return Stream.of("東京データセンター", "مركز", "מרכז", "서울데이터", "ศูนย์ข้อมูล", "मुंबई", "上海数据");
    }

    private static Case renamedDatacenter(String name) {
        Case base = ExportFixtures.datacenterWithExpressRoute();
        List<Location> locations = base.plan().locations().stream()
                .map(l -> l.kind() == LocationKind.ON_PREMISES
                        ? new Location(l.id(), name, l.kind(), l.egressIps(), l.addressSpaces()) : l)
                .toList();
        Plan plan = base.plan();
        return new Case(name, new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), locations, plan.links(),
                plan.dataStores(), plan.flows(), plan.runtime(), plan.credentials()), base.recommendation());
    }

    private static int[] png(Case c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngDiagramWriter().write(DiagramLayoutTest.layout(c), out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static String allText(NodeList nodes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(nodes.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }
}
