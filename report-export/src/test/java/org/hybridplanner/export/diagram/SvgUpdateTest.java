package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The canvas's updates: only the parts that changed are drawn, and putting them into the earlier drawing gives
 * exactly the later drawing.
 */
class SvgUpdateTest {
    private final SvgDiagramWriter writer = SvgDiagramWriter.forCanvas();

    private static DiagramLayout layout(Plan plan, Recommendation recommendation) {
        return new ZoneLayout().layout(DiagramModel.of(plan, recommendation, StoreTypeNames.of(null)));
    }

    @Test
    void aStoreMovedInsideItsZoneIsMovedNotDrawnAndOnlyTheFlowsReachingItAreDrawn() throws Exception {
        Case c = ExportFixtures.large(60, 40);
        Plan plan = pinned(c.plan(), c.recommendation());
        String moved = plan.dataStores().get(3).id();
        Position was = plan.layout().dataStore(moved).orElseThrow();
        Plan after = plan.withLayout(plan.layout().withDataStore(moved, new Position(was.x() + 12, was.y() + 8)));
        DiagramLayout before = layout(plan, c.recommendation());
        DiagramLayout next = layout(after, c.recommendation());

        SvgUpdate update = writer.update(before, Set.of(), next, Set.of());
        assertThat(update.isWhole()).isFalse();
        assertThat(update.shifted()).extracting(SvgUpdate.Shift::id).containsExactly("store:" + moved);
        // The edges that end at the store (a flow's edge from the runtime to the other store stays as it was).
        List<String> flows = next.edges().stream().map(route -> route.edge().id())
                .filter(id -> id.contains("store:" + moved + "->") || id.endsWith("->store:" + moved)).toList();
        assertThat(flows).isNotEmpty();
        assertThat(update.drawn()).containsAll(flows).doesNotContain("store:" + plan.dataStores().get(4).id());
        assertThat(update.drawn().size()).isLessThan(next.nodes().size() / 4);
        assertTurnsInto(before, update, next);
    }

    @Test
    void anAddedStoreIsDrawnAfterThePartItFollowsAndARemovedOneIsNamed() throws Exception {
        Case c = ExportFixtures.large(60, 40);
        Plan plan = pinned(c.plan(), c.recommendation());
        Plan fewer = new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores().stream().filter(s -> !s.id().equals(unflowed(plan))).toList(), plan.flows(),
                plan.runtime(), plan.credentials());
        DiagramLayout before = layout(plan, c.recommendation());
        DiagramLayout after = layout(fewer, c.recommendation());

        SvgUpdate removal = writer.update(before, Set.of(), after, Set.of());
        SvgUpdate addition = writer.update(after, Set.of(), before, Set.of());

        assertThat(removal.removed()).contains("store:" + unflowed(plan));
        assertTurnsInto(before, removal, after);
        assertThat(addition.drawn()).contains("store:" + unflowed(plan));
        assertTurnsInto(after, addition, before);
    }

    @Test
    void aZoneMovedCarriesItsStoresWithoutDrawingThemAgain() throws Exception {
        Case c = ExportFixtures.large(300, 200);
        Plan plan = c.plan().withLayout(PlanLayout.EMPTY.withLocation("dc1", new Position(40, 2000)));
        Plan after = plan.withLayout(PlanLayout.EMPTY.withLocation("dc1", new Position(70, 2050)));
        DiagramLayout before = layout(plan, c.recommendation());
        DiagramLayout next = layout(after, c.recommendation());

        SvgUpdate update = writer.update(before, Set.of(), next, Set.of());

        assertThat(update.isWhole()).isFalse();
        List<String> stores = next.nodes().stream().filter(n -> "zone:dc1".equals(n.node().zone()))
                .map(n -> n.node().id()).toList();
        assertThat(stores).hasSizeGreaterThan(50);
        assertThat(update.shifted()).extracting(SvgUpdate.Shift::id).contains("zone:dc1").containsAll(stores);
        assertThat(update.shifted()).allSatisfy(shift -> {
            assertThat(shift.dx()).isEqualTo(30);
            assertThat(shift.dy()).isEqualTo(50);
        });
        assertThat(update.drawn()).doesNotContainAnyElementsOf(stores);
        // The drawing grew, so the legend below it is drawn again (from a drawing of its own) as the last part.
        assertThat(update.drawn()).last().isEqualTo(DiagramPainter.LEGEND);
        assertTurnsInto(before, update, next);
    }

    /**
     * The update put into the drawing of {@code before} gives the drawing of {@code after}: the same parts in the same
     * order, each drawn as in {@code after}, or as in {@code before} and moved by the shift the update names.
     */
    private void assertTurnsInto(DiagramLayout before, SvgUpdate update, DiagramLayout after) throws Exception {
        Map<String, String> expected = parts(writer.svg(after));
        Map<String, String> earlier = parts(writer.svg(before));
        for (SvgUpdate.Shift shift : update.shifted()) {
            expected.put(shift.id(), earlier.get(shift.id()) + " moved by " + Math.round(shift.dx()) + ","
                    + Math.round(shift.dy()));
        }
        Map<String, String> applied = applied(writer.svg(before), update);
        assertThat(applied.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(applied).isEqualTo(expected);
    }

    @Test
    void highlightingEverythingSendsTheWholeDrawingAndNothingChangedSendsNothing() {
        Case c = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramLayout layout = layout(c.plan(), c.recommendation());

        SvgUpdate highlighted = writer.update(layout, Set.of(), layout, Set.of("zone:dc1"));
        SvgUpdate same = writer.update(layout, Set.of(), layout, Set.of());

        assertThat(highlighted.isWhole()).isTrue();
        assertThat(highlighted.document()).contains("hp-dimmed").contains(SvgDiagramWriter.PART);
        assertThat(same.parts()).isEmpty();
        assertThat(same.removed()).isEmpty();
        assertThatThrownBy(() -> new SvgDiagramWriter().update(layout, Set.of(), layout, Set.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUpdateFromTheLastDrawingIsTheUpdateAWriterWithoutMemoryMakes() {
        Case c = ExportFixtures.large(60, 40);
        Plan plan = pinned(c.plan(), c.recommendation());
        String moved = plan.dataStores().get(3).id();
        Position was = plan.layout().dataStore(moved).orElseThrow();
        Plan nudged = plan.withLayout(plan.layout().withDataStore(moved, new Position(was.x() + 12, was.y() + 8)));
        Plan fewer = new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores().stream().filter(s -> !s.id().equals(unflowed(plan))).toList(), plan.flows(),
                plan.runtime(), plan.credentials());
        DiagramLayout first = layout(plan, c.recommendation());
        DiagramLayout second = layout(nudged, c.recommendation());
        DiagramLayout third = layout(fewer, c.recommendation());

        writer.update(first, Set.of(), second, Set.of());
        // From the drawing it remembers (the parts of second), highlighted as then and otherwise.
        SvgUpdate remembered = writer.update(second, Set.of(), third, Set.of());
        SvgUpdate highlighted = writer.update(third, Set.of(), second, Set.of("store:" + moved));
        SvgUpdate unhighlighted = writer.update(second, Set.of(), third, Set.of());
        // From a drawing it does not remember (not the last one it turned into).
        SvgUpdate forgotten = writer.update(first, Set.of(), third, Set.of());

        assertThat(remembered).isEqualTo(SvgDiagramWriter.forCanvas().update(second, Set.of(), third, Set.of()));
        assertThat(remembered.removed()).contains("store:" + unflowed(plan));
        assertThat(highlighted).isEqualTo(
                SvgDiagramWriter.forCanvas().update(third, Set.of(), second, Set.of("store:" + moved)));
        assertThat(unhighlighted).isEqualTo(remembered);
        assertThat(forgotten).isEqualTo(SvgDiagramWriter.forCanvas().update(first, Set.of(), third, Set.of()));
        assertThat(forgotten.removed()).contains("store:" + unflowed(plan));
        assertThat(forgotten.drawn()).doesNotContain("store:" + moved); // second's nudge is not in first or third
    }

    @Test
    void titlesBecomeElementsAsTheRegularExpressionMadeThem() {
        String svg = "<svg><g data-diagram-id='a' class='hp-element' data-hp-title='Orders &amp; &#39;x&#39;'>"
                + "<path d='M0 0'/></g><g data-diagram-id=':background'><rect/></g>"
                + "<g data-hp-title=''><text>t</text></g><g class='c'data-hp-title='no space'></g>"
                + "<g data-hp-title='a' data-diagram-id='later'></g><g clip-path='url(#c)'><g data-hp-title='in'>"
                + "</g></g><text>&lt;g data-hp-title='not a tag'&gt;</text></svg>";
        Matcher matcher = Pattern.compile("<g ([^>]*?) ?data-hp-title='([^']*)'>").matcher(svg);
        StringBuilder expected = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(expected, Matcher.quoteReplacement("<g " + matcher.group(1) + "><title>"
                    + matcher.group(2) + "</title>"));
        }
        matcher.appendTail(expected);

        assertThat(SvgDiagramWriter.titlesAsElements(svg)).isEqualTo(expected.toString())
                .contains("<g data-diagram-id='a' class='hp-element'><title>Orders &amp; &#39;x&#39;</title>")
                .contains("<g ><title></title>").contains("<g class='c'><title>no space</title>")
                .contains("<g data-hp-title='a' data-diagram-id='later'>");
        assertThat(SvgDiagramWriter.titlesAsElements("<svg></svg>")).isEqualTo("<svg></svg>");
    }

    /** The plan with every store where the automatic layout puts it, as after the user moved each one. */
    private static Plan pinned(Plan plan, Recommendation recommendation) {
        DiagramLayout layout = layout(plan, recommendation);
        Map<String, Box> zones = new LinkedHashMap<>();
        layout.zones().forEach(zone -> zones.put(zone.node().id(), zone.bounds()));
        PlanLayout positions = PlanLayout.EMPTY;
        for (DiagramLayout.Placed node : layout.nodes()) {
            if (node.node().kind() == DiagramNode.NodeKind.DATA_STORE) {
                Box zone = zones.get(node.node().zone());
                positions = positions.withDataStore(node.node().id().substring("store:".length()),
                        new Position((int) (node.bounds().x() - zone.x()), (int) (node.bounds().y() - zone.y())));
            }
        }
        return plan.withLayout(positions);
    }

    /** A store no flow reaches (removing it removes nothing else). */
    private static String unflowed(Plan plan) {
        return plan.dataStores().stream().map(s -> s.id())
                .filter(id -> plan.flows().stream().noneMatch(f -> f.source().equals(id) || f.sink().equals(id)))
                .findFirst().orElseThrow();
    }

    /** The parts of the drawing {@code svg} after {@code update}, as the canvas's script puts them in. */
    private static Map<String, String> applied(String svg, SvgUpdate update) throws Exception {
        if (update.isWhole()) {
            return parts(update.document());
        }
        Map<String, String> parts = parts(svg);
        update.removed().forEach(parts::remove);
        for (SvgUpdate.Shift shift : update.shifted()) {
            parts.put(shift.id(), parts.get(shift.id()) + " moved by " + Math.round(shift.dx()) + ","
                    + Math.round(shift.dy()));
        }
        for (SvgUpdate.Part part : update.parts()) {
            parts.remove(part.id());
            Map<String, String> next = new LinkedHashMap<>();
            if (part.follows() == null) {
                next.put(part.id(), normalised(part.markup()));
            }
            for (Map.Entry<String, String> entry : parts.entrySet()) {
                next.put(entry.getKey(), entry.getValue());
                if (entry.getKey().equals(part.follows())) {
                    next.put(part.id(), normalised(part.markup()));
                }
            }
            parts = next;
        }
        return parts;
    }

    /** Each top-level part of an SVG document by its id, in document order, as serialised XML. */
    private static Map<String, String> parts(String svg) throws Exception {
        Document document = parse(svg);
        Map<String, String> parts = new LinkedHashMap<>();
        for (Node child = document.getDocumentElement().getFirstChild(); child != null;
                child = child.getNextSibling()) {
            if (child instanceof Element element && element.hasAttribute(SvgDiagramWriter.PART)) {
                parts.put(element.getAttribute(SvgDiagramWriter.PART), serialised(element));
            }
        }
        return parts;
    }

    private static String normalised(String markup) throws Exception {
        Document document = parse("<svg xmlns=\"http://www.w3.org/2000/svg\">" + markup + "</svg>");
        List<Element> elements = new ArrayList<>();
        for (Node child = document.getDocumentElement().getFirstChild(); child != null;
                child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        assertThat(elements).hasSize(1);
        return serialised(elements.get(0));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String serialised(Element element) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }
}
