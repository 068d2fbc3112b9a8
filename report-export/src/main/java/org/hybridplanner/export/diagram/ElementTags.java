package org.hybridplanner.export.diagram;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;

/**
 * The attributes that tie each drawn element of an SVG diagram to the plan element it stands for:
 * {@code data-element-kind} ({@code location}, {@code store}, {@code link}, {@code flow}, and the computed
 * {@code runtime}, {@code factory}, {@code service} and {@code control}) and {@code data-element-id} (the plan id; a
 * link's position in the plan's list of links; the ids of the flows an edge carries, separated by spaces). A store
 * also names its location in {@code data-zone}. Texts carry the attributes of what they label. The planner's canvas
 * finds what was clicked or dragged through them; they change nothing that is drawn.
 */
final class ElementTags {
    static final String ID = "data-element-id";
    static final String KIND = "data-element-kind";
    static final String ZONE = "data-zone";

    private final Map<String, Map<String, String>> byOwner = new HashMap<>();

    ElementTags(DiagramLayout layout) {
        this(layout, owner -> true);
    }

    /**
     * The attributes of the elements {@code drawn} only: a canvas's update draws a few dozen of thousands of parts,
     * and the others' attributes would be made for nothing.
     */
    ElementTags(DiagramLayout layout, Predicate<String> drawn) {
        for (Placed zone : layout.zones()) {
            if (drawn.test(zone.node().id())) {
                byOwner.put(zone.node().id(), of(zone.node()));
            }
        }
        for (Placed node : layout.nodes()) {
            if (drawn.test(node.node().id())) {
                byOwner.put(node.node().id(), of(node.node()));
            }
        }
        for (Route route : layout.edges()) {
            if (drawn.test(route.edge().id())) {
                byOwner.put(route.edge().id(), of(route.edge()));
            }
        }
    }

    /** The attributes of the node, zone or edge with diagram id {@code owner}; null for titles and the legend. */
    Map<String, String> of(String owner) {
        return byOwner.get(owner);
    }

    private static Map<String, String> of(DiagramNode node) {
        String id = node.id();
        return switch (node.kind()) {
            case DATA_FACTORY_SERVICE_ZONE -> tags("service", "data-factory-service");
            case DATA_STORE -> {
                Map<String, String> tags = tags("store", after(id));
                tags.put(ZONE, after(node.zone()));
                yield tags;
            }
            case SELF_HOSTED_RUNTIME, AZURE_RUNTIME -> tags("runtime", after(id));
            case DATA_FACTORY -> tags("factory", after(id));
            default -> tags("location", after(id));
        };
    }

    static Map<String, String> of(DiagramEdge edge) {
        return switch (edge.kind()) {
            case LINK -> tags("link", after(edge.id()));
            case CONTROL_CHANNEL -> tags("control", after(edge.id()));
            case FLOW, BLOCKED_FLOW -> tags("flow", String.join(" ", edge.flows()));
        };
    }

    private static Map<String, String> tags(String kind, String id) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(ID, id);
        tags.put(KIND, kind);
        return tags;
    }

    /** The plan id inside a diagram id ({@code store:erp} is {@code erp}). */
    private static String after(String diagramId) {
        return diagramId.substring(diagramId.indexOf(':') + 1);
    }
}
