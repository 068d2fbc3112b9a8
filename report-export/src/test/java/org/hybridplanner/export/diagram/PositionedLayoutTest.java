package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Positions the user gave win over the automatic layout, and every drawn element says which plan element it is. */
class PositionedLayoutTest {
    private static DiagramLayout layout(Plan plan, Case c) {
        return new ZoneLayout().layout(DiagramModel.of(plan, c.recommendation(), StoreTypeNames.of(null)));
    }

    private static Map<String, Box> boxes(DiagramLayout layout) {
        List<Placed> all = new ArrayList<>(layout.zones());
        all.addAll(layout.nodes());
        return all.stream().collect(Collectors.toMap(placed -> placed.node().id(), Placed::bounds));
    }

    @Test
    void aPositionedStoreStandsWhereItWasPutInsideItsZoneAndTheOthersKeepClearOfIt() {
        Case c = ExportFixtures.datacenterWithExpressRoute();
        Plan plan = c.plan().withLayout(PlanLayout.EMPTY.withDataStore("files", new Position(300, 200)));

        Map<String, Box> boxes = boxes(layout(plan, c));

        Box zone = boxes.get("zone:dc");
        Box files = boxes.get("store:files");
        assertThat(files.x() - zone.x()).isEqualTo(300);
        assertThat(files.y() - zone.y()).isEqualTo(200);
        assertThat(zone.contains(files)).isTrue();
        for (String other : List.of("store:erp", "runtime:shir-dc")) {
            assertThat(boxes.get(other).overlaps(files)).as(other).isFalse();
            assertThat(zone.contains(boxes.get(other))).as(other).isTrue();
        }
    }

    @Test
    void aPositionedZoneStandsWhereItWasPutCarryingItsStoresAndOthersMovePastIt() {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        Map<String, Box> before = boxes(layout(c.plan(), c));
        Box dc1 = before.get("zone:dc1");
        // Put the hub exactly where the first datacenter stood: the datacenter keeps its column and moves down.
        Plan plan = c.plan().withLayout(PlanLayout.EMPTY.withLocation("hub", new Position((int) dc1.x(),
                (int) dc1.y())));

        DiagramLayout layout = layout(plan, c);
        Map<String, Box> after = boxes(layout);

        assertThat(after.get("zone:hub").x()).isEqualTo(dc1.x());
        assertThat(after.get("zone:hub").y()).isEqualTo(dc1.y());
        assertThat(after.get("zone:dc1").x()).isEqualTo(dc1.x());
        assertThat(after.get("zone:dc1").overlaps(after.get("zone:hub"))).isFalse();
        for (Placed node : layout.nodes()) {
            assertThat(after.get(node.node().zone()).contains(node.bounds())).as(node.node().id()).isTrue();
        }
        List<Box> zones = layout.zones().stream().map(Placed::bounds).toList();
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                assertThat(zones.get(i).overlaps(zones.get(j))).as("zones %d and %d", i, j).isFalse();
            }
        }
        Box canvas = new Box(0, 0, layout.width(), layout.height());
        layout.edges().forEach(route -> route.points().forEach(point -> assertThat(canvas.contains(
                new Box(point.x(), point.y(), 0, 0))).as(route.edge().id()).isTrue()));
    }

    @Test
    void withoutPositionsTheLayoutIsTheAutomaticOne() {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramLayout automatic = layout(c.plan(), c);
        DiagramLayout empty = layout(c.plan().withLayout(PlanLayout.EMPTY), c);

        assertThat(empty).isEqualTo(automatic);
    }

    @Test
    void everyLocationStoreLinkAndFlowIsTaggedWithItsPlanIdInTheSvg() throws Exception {
        Case c = ExportFixtures.hostileNames();
        Document svg = parse(new SvgDiagramWriter().svg(layout(c.plan(), c)));
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        Map<String, List<String>> idsByKind = new java.util.TreeMap<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.hasAttribute("data-element-kind")) {
                idsByKind.computeIfAbsent(group.getAttribute("data-element-kind"), kind -> new ArrayList<>())
                        .add(group.getAttribute("data-element-id"));
            }
        }

        c.plan().locations().forEach(location -> assertThat(idsByKind.get("location")).contains(location.id()));
        c.plan().dataStores().forEach(store -> assertThat(idsByKind.get("store")).contains(store.id()));
        assertThat(idsByKind.get("link")).contains("0");
        assertThat(String.join(" ", idsByKind.get("flow")).split(" ")).contains(
                c.recommendation().flows().stream().map(flow -> flow.id()).toArray(String[]::new));
        // Names that look like markup stay text: no script element, and the name reads back as written.
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg.getDocumentElement().getTextContent()).contains(ExportFixtures.HOSTILE_SCRIPT);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
