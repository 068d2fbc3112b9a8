package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.Preview;
import org.hybridplanner.export.XmlDocuments;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramComparisonTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    /** The removed and added colours, as JFreeSVG writes them in the style of a group. */
    private static final String REMOVED_STROKE = "rgb(123,135,148)";
    private static final String ADDED_STROKE = "rgb(47,133,90)";

    @TempDir
    Path dir;

    private static Plan demo() {
        return ENGINE.reader().read(ExamplePlans.demo().json()).planOrThrow();
    }

    /** The demo without the Redshift store and its two flows, with an archive store and a flow to it added. */
    private static Plan demoWithoutRedshiftWithArchive() {
        Plan demo = demo();
        List<DataStore> stores = new ArrayList<>(demo.dataStores().stream()
                .filter(store -> !store.id().equals("redshift")).toList());
        stores.add(new DataStore("archive", "Cold archive", "AZURE_BLOB_STORAGE", "azure"));
        List<Flow> flows = new ArrayList<>(demo.flows().stream()
                .filter(flow -> !flow.source().equals("redshift") && !flow.sink().equals("redshift")).toList());
        flows.add(new Flow("lake-to-archive", "lake", "archive", false));
        return new Plan(demo.schemaVersion(), demo.name(), demo.dataFactory(), demo.locations(), demo.links(),
                stores, flows, demo.runtime(), demo.credentials());
    }

    private static DiagramModel compared(Plan before, Plan after) {
        return DiagramComparison.of(Exporters.model(before, ENGINE.recommend(before)),
                Exporters.model(after, ENGINE.recommend(after)));
    }

    @Test
    void marksAddedAndRemovedStoresAndLeavesTheRestUnmarked() {
        DiagramModel model = compared(demo(), demoWithoutRedshiftWithArchive());

        assertThat(model.node("store:redshift").difference()).isEqualTo(Difference.REMOVED);
        assertThat(model.node("store:redshift").markers()).as("a removed store carries no flags").isEmpty();
        assertThat(model.node("store:archive").difference()).isEqualTo(Difference.ADDED);
        assertThat(model.node("store:orders").difference()).isNull();
        assertThat(model.node("zone:dc-ams").difference()).isNull();
        assertThat(model.graph().edgeSet()).filteredOn(edge -> edge.difference() == Difference.REMOVED)
                .extracting(DiagramEdge::kind).contains(EdgeKind.FLOW).doesNotContain(EdgeKind.LINK);
        assertThat(model.graph().edgeSet()).filteredOn(edge -> edge.difference() == Difference.ADDED)
                .flatExtracting(DiagramEdge::flows).contains("lake-to-archive");
        assertThat(model.showsDifferences()).isTrue();
    }

    @Test
    void aStoreWhoseNameChangedIsMarkedChanged() {
        Plan before = demo();
        List<DataStore> stores = before.dataStores().stream().map(store -> store.id().equals("orders")
                ? new DataStore("orders", "Orders (renamed)", store.type(), store.location()) : store).toList();
        Plan after = new Plan(before.schemaVersion(), before.name(), before.dataFactory(), before.locations(),
                before.links(), stores, before.flows(), before.runtime(), before.credentials());

        DiagramModel model = compared(before, after);

        assertThat(model.node("store:orders").difference()).isEqualTo(Difference.CHANGED);
        assertThat(model.graph().vertexSet()).filteredOn(node -> node.difference() != null).hasSize(1);
    }

    @Test
    void aPlanComparedWithItselfShowsNoDifferencesAndNoDifferenceLegend() {
        DiagramModel model = compared(demo(), demo());

        assertThat(model.showsDifferences()).isFalse();
        assertThat(new ZoneLayout().layout(model).legend()).extracting(DiagramLayout.LegendSample::kind)
                .doesNotContain("ADDED", "REMOVED", "CHANGED");
    }

    @Test
    void theSvgDrawsRemovedElementsDashedAndAddedOnesHighlightedWithBadgesInWords() throws Exception {
        Plan before = demo();
        Plan after = demoWithoutRedshiftWithArchive();
        Recommendation beforeDesign = ENGINE.recommend(before);
        Recommendation afterDesign = ENGINE.recommend(after);
        Path file = dir.resolve("comparison.svg");
        Files.writeString(file, Exporters.comparisonSvg(before, beforeDesign, after, afterDesign));
        Preview.keep(file);

        Document svg = XmlDocuments.parse(file);
        List<String> styles = strokeStyles(svg);
        assertThat(styles).anySatisfy(style -> assertThat(style).contains(REMOVED_STROKE)
                .contains("stroke-dasharray"));
        assertThat(styles).anySatisfy(style -> assertThat(style).contains(ADDED_STROKE)
                .doesNotContain("stroke-dasharray"));
        String text = texts(svg);
        assertThat(text).contains("Marketing Redshift", "Cold archive", "removed", "added",
                "Removed: only the earlier version has it");
        assertThat(Exporters.svg(after, afterDesign)).as("an ordinary diagram is not marked")
                .doesNotContain(REMOVED_STROKE).doesNotContain("Marketing Redshift");
    }

    private static List<String> strokeStyles(Document svg) {
        List<String> styles = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            String style = ((Element) groups.item(i)).getAttribute("style");
            if (style.contains("stroke:rgb")) {
                styles.add(style);
            }
        }
        return styles;
    }

    private static String texts(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }
}
