package org.hybridplanner.export.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Warning;
import org.jgrapht.Graph;

/**
 * What a recommendation item concerns, as the ids of the diagram's zones, nodes and edges to highlight
 * ({@link DiagramPainter#paint(java.awt.Graphics2D, DiagramLayout, Set)}): a flow's path (its source and sink, the
 * runtime that copies it, the flow edges, the zones on its route and the links between them); a firewall rule's
 * runtime, the zone whose boundary applies it and the flows that need it; an allowlist entry's store, runtime and the
 * flows between them; a warning's subject. Works on the full and on the summarised diagram (a store in a summarised
 * zone is found through the flow edges that carry its flows).
 */
public final class DiagramFocus {
    private final DiagramModel model;
    private final Recommendation recommendation;
    private final Graph<DiagramNode, DiagramEdge> graph;

    /** @param model the diagram drawn; @param recommendation the design it draws */
    public DiagramFocus(DiagramModel model, Recommendation recommendation) {
        this.model = model;
        this.recommendation = recommendation;
        this.graph = model.graph();
    }

    /** The path of flow {@code flowId}; empty for an unknown flow. */
    public Set<String> flow(String flowId) {
        Set<String> ids = new LinkedHashSet<>();
        for (DiagramEdge edge : graph.edgeSet()) {
            if (edge.flows().contains(flowId)) {
                ids.add(edge.id());
                addWithZone(ids, graph.getEdgeSource(edge));
                addWithZone(ids, graph.getEdgeTarget(edge));
            }
        }
        recommendation.flow(flowId).ifPresent(flow -> addRoute(ids, flow));
        return ids;
    }

    /** A runtime, the zone it stands in, its command channel and the paths of the flows it runs. */
    public Set<String> runtime(String runtimeId) {
        Set<String> ids = new LinkedHashSet<>();
        node(DiagramModel.runtimeId(runtimeId)).ifPresent(node -> {
            addWithZone(ids, node);
            graph.outgoingEdgesOf(node).stream().filter(edge -> edge.kind() == EdgeKind.CONTROL_CHANNEL)
                    .forEach(edge -> ids.add(edge.id()));
        });
        recommendation.runtime(runtimeId).map(RuntimePlacement::flows).orElse(List.of())
                .forEach(flow -> ids.addAll(flow(flow)));
        return ids;
    }

    /** The runtime whose traffic the rule allows, the boundary that applies it and the flows that need it. */
    public Set<String> rule(FirewallRule rule) {
        return runtime(rule.runtime());
    }

    /** The store whose firewall gets the entry, the runtime it lets in, and the flows between them. */
    public Set<String> allowlistEntry(AllowlistEntry entry) {
        Set<String> ids = new LinkedHashSet<>();
        node(DiagramModel.storeId(entry.dataStore())).ifPresent(node -> addWithZone(ids, node));
        node(DiagramModel.runtimeId(entry.runtime())).ifPresent(node -> addWithZone(ids, node));
        recommendation.flows().stream()
                .filter(flow -> entry.runtime().equals(flow.runtime()))
                .filter(flow -> entry.dataStore().equals(flow.source()) || entry.dataStore().equals(flow.sink()))
                .forEach(flow -> ids.addAll(flow(flow.id())));
        return ids;
    }

    /** What the warning names: a flow's path, a runtime, a store or a location's zone; empty when it names none. */
    public Set<String> warning(Warning warning) {
        return subject(warning.subject());
    }

    /** The element with the plan id {@code id} (a flow, runtime, store or location). */
    public Set<String> subject(String id) {
        if (id == null) {
            return Set.of();
        }
        if (recommendation.flow(id).isPresent()) {
            return flow(id);
        }
        if (recommendation.runtime(id).isPresent()) {
            return runtime(id);
        }
        Set<String> ids = new LinkedHashSet<>();
        node(DiagramModel.storeId(id)).ifPresent(node -> addWithZone(ids, node));
        node(DiagramModel.zoneId(id)).ifPresent(node -> ids.add(node.id()));
        if (ids.isEmpty()) {
            // A store drawn in a group: the group is the end of its flows' edges that is not a runtime.
            recommendation.flows().stream().filter(flow -> id.equals(flow.source()) || id.equals(flow.sink()))
                    .forEach(flow -> graph.edgeSet().stream().filter(edge -> edge.flows().contains(flow.id()))
                            .forEach(edge -> List.of(graph.getEdgeSource(edge), graph.getEdgeTarget(edge)).stream()
                                    .filter(node -> node.kind() == DiagramNode.NodeKind.STORE_GROUP)
                                    .forEach(node -> addWithZone(ids, node))));
        }
        return ids;
    }

    private void addRoute(Set<String> ids, FlowDecision flow) {
        List<String> path = flow.path();
        for (String location : path) {
            node(DiagramModel.zoneId(location)).ifPresent(zone -> ids.add(zone.id()));
        }
        for (int i = 1; i < path.size(); i++) {
            var from = node(DiagramModel.zoneId(path.get(i - 1)));
            var to = node(DiagramModel.zoneId(path.get(i)));
            if (from.isPresent() && to.isPresent()) {
                graph.getAllEdges(from.get(), to.get()).stream().filter(edge -> edge.kind() == EdgeKind.LINK)
                        .forEach(edge -> ids.add(edge.id()));
                graph.getAllEdges(to.get(), from.get()).stream().filter(edge -> edge.kind() == EdgeKind.LINK)
                        .forEach(edge -> ids.add(edge.id()));
            }
        }
    }

    private void addWithZone(Set<String> ids, DiagramNode node) {
        ids.add(node.id());
        if (node.zone() != null) {
            ids.add(node.zone());
        }
    }

    private java.util.Optional<DiagramNode> node(String id) {
        return graph.vertexSet().stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /** The diagram this focus works on. */
    public DiagramModel model() {
        return model;
    }
}
