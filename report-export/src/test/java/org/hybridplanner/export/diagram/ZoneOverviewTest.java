package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The canvas's zoomed-out picture: every zone where the drawing has it, with its counts, and flows between zones. */
class ZoneOverviewTest {
    @Test
    void eachZoneShowsItsStoresFlowsBlockedFlowsAndWarningsAndTheFlowsBetweenZonesAreCounted() throws Exception {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        Plan base = c.plan();
        List<Flow> flows = new ArrayList<>(base.flows());
        flows.add(new Flow("cosmos-to-adls", "cosmos", "adls", false)); // inside one zone
        Plan plan = new Plan(base.schemaVersion(), base.name(), base.dataFactory(), base.locations(), base.links(),
                base.dataStores(), flows, base.runtime(), base.credentials());
        DiagramLayout layout = new ZoneLayout().layout(DiagramModel.of(plan, c.recommendation(),
                StoreTypeNames.of(null)));

        Map<String, Element> groups = groups(ZoneOverview.svg(layout, plan, c.recommendation()));

        assertThat(groups.get("location dc2").getTextContent()).contains("Paris DC").contains("1 store")
                .contains("2 flows").contains("1 blocked flow").contains("2 warnings");
        assertThat(groups.get("location aws").getTextContent()).contains("2 stores").contains("1 blocked flow")
                .contains("1 warning");
        assertThat(groups.get("location azure").getTextContent()).contains("3 stores").contains("4 flows")
                .contains("0 blocked flows").contains("0 warnings");
        assertThat(groups.get("zone-flows dc2 aws").getTextContent()).contains("1 flow, 1 blocked");
        assertThat(groups.get("zone-flows redshift aws")).isNull();
        assertThat(groups.keySet()).contains("link 0", "service data-factory-service")
                .noneMatch(key -> key.startsWith("store ") || key.startsWith("flow "))
                .noneMatch(key -> key.equals("zone-flows azure azure"));
        // The overview's zones stand where the detailed drawing's do, so zooming between them does not jump.
        Box drawn = layout.zones().stream().filter(z -> z.node().id().equals("zone:aws")).findFirst().orElseThrow()
                .bounds();
        Element shape = (Element) groups.get("location aws").getElementsByTagName("path").item(0);
        String outline = shape.getAttribute("d");
        assertThat(outline).contains(SvgDiagramWriter.coordinate(drawn.x()))
                .contains(SvgDiagramWriter.coordinate(drawn.maxX()))
                .contains(SvgDiagramWriter.coordinate(drawn.maxY()));
    }

    /** The overview's groups by "kind id". */
    private static Map<String, Element> groups(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList all = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("g");
        Map<String, Element> groups = new HashMap<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element group = (Element) all.item(i);
            if (group.hasAttribute("data-element-kind")) {
                groups.put(group.getAttribute("data-element-kind") + " " + group.getAttribute("data-element-id"),
                        group);
            }
        }
        return groups;
    }
}
