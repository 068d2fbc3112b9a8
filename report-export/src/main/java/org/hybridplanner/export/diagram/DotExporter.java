package org.hybridplanner.export.diagram;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramNode.NodeKind;
import org.hybridplanner.export.text.DisplayText;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTSubgraph;

/**
 * Writes the diagram graph in Graphviz DOT (jgrapht-io): each zone a cluster holding its stores and runtimes,
 * left to right, labels quoted. Vertex ids are {@code n0, n1, ...} so no plan id needs DOT escaping.
 */
public final class DotExporter {
    public String export(DiagramModel model) {
        Map<DiagramNode, String> ids = new HashMap<>();
        int index = 0;
        for (DiagramNode node : model.graph().vertexSet()) {
            ids.put(node, "n" + index++);
        }
        DOTExporter<DiagramNode, DiagramEdge> exporter = new DOTExporter<>(ids::get);
        exporter.setGraphIdProvider(() -> "diagram");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
            // DOTExporter writes graph attributes unquoted: quote them here (vertex and edge ones it quotes).
            attributes.put("label", DefaultAttribute.createAttribute("\"" + escaped(model.title()) + "\""));
            attributes.put("fontname", DefaultAttribute.createAttribute("\"DejaVu Sans\""));
            return attributes;
        });
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", text(node.title() + "\n" + node.subtitle()));
            attributes.put("shape", DefaultAttribute.createAttribute(node.isZone() ? "plaintext"
                    : node.kind().isRuntime() ? "hexagon" : "box"));
            if (node.kind() == NodeKind.SELF_HOSTED_RUNTIME || node.kind() == NodeKind.AZURE_RUNTIME) {
                attributes.put("style", DefaultAttribute.createAttribute("filled"));
                attributes.put("fillcolor", DefaultAttribute.createAttribute(
                        node.kind() == NodeKind.AZURE_RUNTIME ? "#CFE3FA" : "#FFE8C7"));
            }
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", text(edge.kind() == EdgeKind.FLOW && edge.flows().size() > 1
                    ? edge.flows().size() + " flows" : edge.label()));
            attributes.put("style", DefaultAttribute.createAttribute(switch (edge.kind()) {
                case BLOCKED_FLOW -> "dashed";
                case CONTROL_CHANNEL -> "dotted";
                case LINK -> "bold";
                case FLOW -> "solid";
            }));
            if (edge.kind() == EdgeKind.BLOCKED_FLOW) {
                attributes.put("color", DefaultAttribute.createAttribute("red"));
            }
            if (edge.kind() == EdgeKind.LINK) {
                attributes.put("dir", DefaultAttribute.createAttribute("none"));
            }
            return attributes;
        });
        exporter.setSubgraphProvider(() -> clusters(model));
        StringWriter out = new StringWriter();
        exporter.exportGraph(model.graph(), out);
        return out.toString();
    }

    private static Map<String, DOTSubgraph<DiagramNode, DiagramEdge>> clusters(DiagramModel model) {
        Map<String, List<DiagramNode>> members = model.graph().vertexSet().stream()
                .collect(Collectors.groupingBy(node -> node.isZone() ? node.id() : node.zone(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<String, DOTSubgraph<DiagramNode, DiagramEdge>> clusters = new LinkedHashMap<>();
        int index = 0;
        for (DiagramNode zone : model.zones()) {
            // In the diagram's order (the plan's): AsSubgraph keeps the order of the set it is given, and an
            // immutable set's order changes from one JVM run to the next.
            Set<DiagramNode> vertices = new LinkedHashSet<>(members.getOrDefault(zone.id(), List.of(zone)));
            // DOTExporter writes subgraph attributes unquoted, so they are quoted here. It also writes the cluster
            // attributes as a node named after the cluster: that node is made invisible and sizeless.
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute("\"" + escaped(zone.title()) + "\""));
            attributes.put("style", DefaultAttribute.createAttribute("\"rounded\""));
            Map<String, Attribute> invisible = new LinkedHashMap<>();
            invisible.put("shape", DefaultAttribute.createAttribute("point"));
            invisible.put("style", DefaultAttribute.createAttribute("invis"));
            invisible.put("width", DefaultAttribute.createAttribute("0"));
            invisible.put("label", DefaultAttribute.createAttribute(""));
            clusters.put("cluster_" + index++, new DOTSubgraph<>(new AsSubgraph<>(model.graph(), vertices, Set.of()),
                    attributes, invisible, true, false));
        }
        return clusters;
    }

    /** Printable text with backslashes doubled: DOTExporter escapes only double quotes. */
    private static Attribute text(String raw) {
        return DefaultAttribute.createAttribute(java.util.Arrays.stream(raw.split("\n", -1))
                .map(line -> DisplayText.printable(line).replace("\\", "\\\\"))
                .collect(Collectors.joining("\\n")));
    }

    /** Printable, backslashes and double quotes escaped, for values this class quotes itself. */
    private static String escaped(String raw) {
        return DisplayText.printable(raw).replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
