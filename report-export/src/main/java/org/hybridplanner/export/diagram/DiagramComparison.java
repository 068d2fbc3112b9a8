package org.hybridplanner.export.diagram;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * One diagram that shows two versions at once: everything of the later diagram, with what it added or changed
 * marked, plus what only the earlier one had, marked {@link Difference#REMOVED} (drawn dashed). Nodes are matched
 * by id (a zone by its location id, a store by its store id, a runtime by its runtime id); edges by kind and ends.
 */
public final class DiagramComparison {
    private DiagramComparison() {
    }

    /** The later diagram with the differences from {@code before} marked, and the removed elements added. */
    public static DiagramModel of(DiagramModel before, DiagramModel after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Graph<DiagramNode, DiagramEdge> graph = GraphTypeBuilder.<DiagramNode, DiagramEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        Map<String, DiagramNode> earlier = byId(before);
        Map<String, DiagramNode> nodes = new LinkedHashMap<>();
        for (DiagramNode node : after.graph().vertexSet()) {
            DiagramNode was = earlier.get(node.id());
            Difference difference = was == null ? Difference.ADDED : changed(was, node) ? Difference.CHANGED : null;
            nodes.put(node.id(), node.withDifference(difference));
        }
        for (DiagramNode node : before.graph().vertexSet()) {
            if (!nodes.containsKey(node.id())) {
                // What is gone carries no flags of its own: its warnings and allowlists went with it.
                nodes.put(node.id(), new DiagramNode(node.id(), node.kind(), node.zone(), node.title(),
                        node.subtitle(), Set.of(), Difference.REMOVED));
            }
        }
        nodes.values().forEach(graph::addVertex);
        Map<String, DiagramEdge> earlierEdges = edgesByKey(before);
        Map<String, DiagramEdge> laterEdges = edgesByKey(after);
        laterEdges.forEach((key, edge) -> {
            DiagramEdge was = earlierEdges.get(key);
            Difference difference = was == null ? Difference.ADDED
                    : was.label().equals(edge.label()) && was.flows().equals(edge.flows()) ? null
                    : Difference.CHANGED;
            add(graph, nodes, after.graph(), edge, edge.withDifference(difference));
        });
        earlierEdges.forEach((key, edge) -> {
            if (!laterEdges.containsKey(key)) {
                add(graph, nodes, before.graph(), edge, edge.withDifference(Difference.REMOVED));
            }
        });
        // Where the user put the later version's elements; what only the earlier one had is placed automatically.
        return new DiagramModel(after.title(), after.subtitle(), new AsUnmodifiableGraph<>(graph), after.notes(),
                after.positions());
    }

    /** Whether the diagram of an element tells something different about it. */
    private static boolean changed(DiagramNode was, DiagramNode is) {
        return was.kind() != is.kind() || !was.title().equals(is.title()) || !was.subtitle().equals(is.subtitle())
                || !Objects.equals(was.zone(), is.zone());
    }

    private static Map<String, DiagramNode> byId(DiagramModel model) {
        Map<String, DiagramNode> nodes = new HashMap<>();
        model.graph().vertexSet().forEach(node -> nodes.put(node.id(), node));
        return nodes;
    }

    /** Edges by kind and ends; a second edge of the same kind between the same ends gets its own key. */
    private static Map<String, DiagramEdge> edgesByKey(DiagramModel model) {
        Graph<DiagramNode, DiagramEdge> graph = model.graph();
        Map<String, DiagramEdge> edges = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DiagramEdge edge : graph.edgeSet()) {
            String ends = edge.kind() + "|" + graph.getEdgeSource(edge).id() + "|" + graph.getEdgeTarget(edge).id();
            int occurrence = seen.merge(ends, 1, Integer::sum);
            edges.put(ends + "|" + occurrence, edge);
        }
        return edges;
    }

    private static void add(Graph<DiagramNode, DiagramEdge> graph, Map<String, DiagramNode> nodes,
            Graph<DiagramNode, DiagramEdge> from, DiagramEdge original, DiagramEdge marked) {
        graph.addEdge(nodes.get(from.getEdgeSource(original).id()), nodes.get(from.getEdgeTarget(original).id()),
                marked);
    }
}
