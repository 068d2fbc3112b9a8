package org.hybridplanner.export.diagram;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hybridplanner.export.text.DisplayText;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the diagram graph as GraphML (jgrapht-io): one node per zone, store, runtime and the factory, with
 * {@code title}, {@code kind}, {@code zone}, {@code subtitle} and {@code markers} data; one edge per link, flow leg, blocked flow
 * and control channel, with {@code text}, {@code kind} and {@code flows} data.
 * (jgrapht-io reserves {@code label} for its own label export.).
 */
public final class GraphmlExporter {
    public String export(DiagramModel model) {
        GraphMLExporter<DiagramNode, DiagramEdge> exporter = new GraphMLExporter<>(DiagramNode::id);
        exporter.setEdgeIdProvider(DiagramEdge::id);
        exporter.registerAttribute("title", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("zone", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("subtitle", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("markers", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("text", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("flows", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("title", text(node.title()));
            attributes.put("kind", DefaultAttribute.createAttribute(node.kind().name()));
            if (node.zone() != null) {
                attributes.put("zone", DefaultAttribute.createAttribute(node.zone()));
            }
            attributes.put("subtitle", text(node.subtitle()));
            attributes.put("markers", DefaultAttribute.createAttribute(String.join(" ",
                    node.markers().stream().map(Enum::name).sorted().toList())));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("text", text(edge.label()));
            attributes.put("kind", DefaultAttribute.createAttribute(edge.kind().name()));
            attributes.put("flows", DefaultAttribute.createAttribute(String.join(" ", edge.flows())));
            return attributes;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(model.graph(), out);
        return out.toString();
    }

    private static Attribute text(String raw) {
        return DefaultAttribute.createAttribute(DisplayText.printable(raw));
    }
}
