package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.engine.SeedRows.LinkTypeRow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The plan's locations joined by their private links (VPNs and ExpressRoute private peering), as a weighted JGraphT
 * graph kept inside the engine. Between two locations only the most preferred link counts; a path's weight makes
 * fewer hops win first and better links second (see docs/decisions.md, "Multi-hop private paths").
 */
final class TopologyGraph {
    /** Any path with fewer hops beats any path with more, whatever its link types. */
    private static final double HOP_WEIGHT = 1000;

    /** One hop of a path, oriented in the direction of travel. */
    record Hop(String from, String to, LinkType type, int linkIndex) {
        Hop reversed() {
            return new Hop(to, from, type, linkIndex);
        }
    }

    /** A graph edge: the preferred link between two locations. Identity matters to JGraphT, so it carries the index. */
    private record PrivateLink(String one, String other, LinkType type, int preference, int linkIndex) {
    }

    private final Graph<String, PrivateLink> graph;
    private final DijkstraShortestPath<String, PrivateLink> shortestPaths;
    private final Map<String, SingleSourcePaths<String, PrivateLink>> pathsBySource = new HashMap<>();
    private final Map<String, Location> locations;
    private final List<Link> links;
    /** The first link of each type between two locations, keyed by {@link #pairKey}. */
    private final Map<String, Integer> linkIndex = new HashMap<>();

    TopologyGraph(Plan plan, List<LinkTypeRow> linkTypes) {
        Map<LinkType, LinkTypeRow> types = new HashMap<>();
        linkTypes.forEach(row -> types.put(row.type(), row));
        this.links = plan.links();
        this.locations = new HashMap<>();
        plan.locations().forEach(location -> locations.put(location.id(), location));
        this.graph = GraphTypeBuilder.<String, PrivateLink>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .weighted(true)
                .buildGraph();
        plan.locations().forEach(location -> graph.addVertex(location.id()));
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            linkIndex.putIfAbsent(pairKey(link.first(), link.second(), link.type()), i);
            LinkTypeRow type = types.get(link.type());
            if (!type.privatePath()) {
                continue;
            }
            PrivateLink candidate = new PrivateLink(link.first(), link.second(), link.type(), type.preference(), i);
            PrivateLink existing = graph.getEdge(link.first(), link.second());
            if (existing != null && existing.preference() <= candidate.preference()) {
                continue;
            }
            if (existing != null) {
                graph.removeEdge(existing);
            }
            graph.addEdge(link.first(), link.second(), candidate);
            graph.setEdgeWeight(candidate, HOP_WEIGHT + type.preference());
        }
        this.shortestPaths = new DijkstraShortestPath<>(graph);
    }

    /** The hops from one location to another over private links, or empty when no chain joins them. */
    Optional<List<Hop>> privatePath(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        SingleSourcePaths<String, PrivateLink> paths = pathsBySource.computeIfAbsent(from, shortestPaths::getPaths);
        GraphPath<String, PrivateLink> path = paths.getPath(to);
        if (path == null) {
            return Optional.empty();
        }
        List<String> vertices = path.getVertexList();
        List<PrivateLink> edges = path.getEdgeList();
        List<Hop> hops = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            PrivateLink edge = edges.get(i);
            hops.add(new Hop(vertices.get(i), vertices.get(i + 1), edge.type(), edge.linkIndex()));
        }
        return Optional.of(List.copyOf(hops));
    }

    /** The index of a link of this type joining the two locations, if the plan has one. */
    Optional<Integer> link(String oneEnd, String otherEnd, LinkType type) {
        return Optional.ofNullable(linkIndex.get(pairKey(oneEnd, otherEnd, type)));
    }

    /** Order-independent key of a link: links are undirected. */
    private static String pairKey(String oneEnd, String otherEnd, LinkType type) {
        return oneEnd.compareTo(otherEnd) < 0
                ? oneEnd + '\u0000' + otherEnd + '\u0000' + type
                : otherEnd + '\u0000' + oneEnd + '\u0000' + type;
    }

    /** A location of the given kind joined to {@code location} by its most preferred private link, if any. */
    Optional<String> privateNeighbour(String location, LocationKind kind) {
        return graph.edgesOf(location).stream()
                .filter(edge -> locations.get(otherEnd(edge, location)).kind() == kind)
                .min(Comparator.comparingInt(PrivateLink::preference).thenComparingInt(PrivateLink::linkIndex))
                .map(edge -> otherEnd(edge, location));
    }

    private static String otherEnd(PrivateLink edge, String end) {
        return edge.one().equals(end) ? edge.other() : edge.one();
    }
}
