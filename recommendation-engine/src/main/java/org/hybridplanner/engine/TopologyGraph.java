package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The plan's locations joined by their private links (VPNs and ExpressRoute private peering), as a JGraphT graph
 * kept inside the engine. Between two locations only the most preferred link counts. Paths have the fewest hops
 * first and the lowest sum of link preferences second (see docs/decisions.md, "Multi-hop private paths"); they are
 * found by one layered breadth-first search per source location, which is what a shortest-path search with weights
 * "hop count, then preference" reduces to, without a priority queue.
 */
final class TopologyGraph {
    /**
     * A private path in the direction of travel, as positions in the plan: the link at {@code links[i]}, of type
     * {@code types[i]}, joins the locations at {@code locations[i]} and {@code locations[i + 1]}. Arrays, not a list
     * of hop records: a large plan has a path per pair of locations its flows join, thousands of them.
     */
    record Path(int[] locations, int[] links, LinkType[] types) {
        /** The path of a flow that stays in one location, or needs no private path: no hops. */
        static final Path NONE = new Path(new int[0], new int[0], new LinkType[0]);

        int hops() {
            return links.length;
        }
    }

    /**
     * One hop, oriented in the direction of travel; {@code fromAt} and {@code toAt} are the two locations' positions
     * in the plan. Only the hop by which a path leaves the runtime's location is made one.
     */
    record Hop(LinkType type, int linkIndex, int fromAt, int toAt) {
    }

    /**
     * A graph edge: the preferred link between two locations (also by their vertex numbers). Identity matters to
     * JGraphT, so it carries the index.
     */
    private record PrivateLink(String one, String other, LinkType type, int preference, int linkIndex, int oneAt,
            int otherAt) {
        int otherEnd(int end) {
            return oneAt == end ? otherAt : oneAt;
        }
    }

    private final Graph<String, PrivateLink> graph;
    /** Each location's private links, most preferred first, then in plan order: the search's tie-break. */
    private final Map<String, List<PrivateLink>> adjacency = new HashMap<>();
    /** Each location's number (its position in the plan), for the searches' arrays. */
    private final Map<String, Integer> vertices = new HashMap<>();
    private final String[] vertexIds;
    /** {@link #adjacency} by vertex number. */
    private final List<PrivateLink>[] edgesAt;
    /** For each searched source (by number): the link by which the best path reaches each location. */
    private final PrivateLink[][] treesBySource;
    /** For each searched source (by number): how many hops the best path to each location has, -1 if none. */
    private final int[][] depthsBySource;
    /**
     * The searches' working arrays, shared by all of them (one search per source location, hundreds on a large
     * plan): every entry a search reads it has written first.
     */
    private final int[] preferenceSums;
    private final int[] queue;
    private final Map<String, Location> locations;
    private final List<Link> links;
    /** The indices of each location's links of any type (by its number), in plan order. */
    private final int[][] linksAt;

    TopologyGraph(Plan plan, List<LinkTypeRow> linkTypes) {
        Map<LinkType, LinkTypeRow> types = new HashMap<>();
        linkTypes.forEach(row -> types.put(row.type(), row));
        this.links = plan.links();
        this.locations = new HashMap<>();
        plan.locations().forEach(location -> locations.put(location.id(), location));
        this.graph = GraphTypeBuilder.<String, PrivateLink>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .buildGraph();
        plan.locations().forEach(location -> graph.addVertex(location.id()));
        this.vertexIds = new String[plan.locations().size()];
        for (int i = 0; i < vertexIds.length; i++) {
            vertexIds[i] = plan.locations().get(i).id();
            vertices.put(vertexIds[i], i);
        }
        this.treesBySource = new PrivateLink[vertexIds.length][];
        this.depthsBySource = new int[vertexIds.length][];
        this.preferenceSums = new int[vertexIds.length];
        this.queue = new int[vertexIds.length];
        int[] degree = new int[vertexIds.length];
        for (Link link : links) {
            degree[vertices.get(link.first())]++;
            degree[vertices.get(link.second())]++;
        }
        this.linksAt = new int[vertexIds.length][];
        for (int i = 0; i < vertexIds.length; i++) {
            linksAt[i] = new int[degree[i]];
            degree[i] = 0;
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            int first = vertices.get(link.first());
            int second = vertices.get(link.second());
            linksAt[first][degree[first]++] = i;
            linksAt[second][degree[second]++] = i;
            LinkTypeRow type = types.get(link.type());
            if (!type.privatePath()) {
                continue;
            }
            PrivateLink candidate = new PrivateLink(link.first(), link.second(), link.type(), type.preference(), i,
                    vertices.get(link.first()), vertices.get(link.second()));
            PrivateLink existing = graph.getEdge(link.first(), link.second());
            if (existing != null && existing.preference() <= candidate.preference()) {
                continue;
            }
            if (existing != null) {
                graph.removeEdge(existing);
            }
            graph.addEdge(link.first(), link.second(), candidate);
        }
        Comparator<PrivateLink> preferred = Comparator.comparingInt(PrivateLink::preference)
                .thenComparingInt(PrivateLink::linkIndex);
        for (String vertex : graph.vertexSet()) {
            List<PrivateLink> edges = new ArrayList<>(graph.edgesOf(vertex));
            edges.sort(preferred);
            adjacency.put(vertex, edges);
        }
        @SuppressWarnings("unchecked")
        List<PrivateLink>[] byNumber = new List[vertexIds.length];
        for (int i = 0; i < vertexIds.length; i++) {
            byNumber[i] = adjacency.get(vertexIds[i]);
        }
        this.edgesAt = byNumber;
    }

    /**
     * The path from the location at position {@code source} to the one at {@code target} over private links
     * ({@link Path#NONE} when they are one), or null when no chain joins them.
     */
    Path privatePath(int source, int target) {
        if (source == target) {
            return Path.NONE;
        }
        if (treesBySource[source] == null) {
            int[] depths = new int[vertexIds.length];
            treesBySource[source] = searchFrom(source, depths);
            depthsBySource[source] = depths;
        }
        PrivateLink[] tree = treesBySource[source];
        if (tree[target] == null) {
            return null;
        }
        // The search knows the number of hops: filled from the target back, straight into travel order.
        int count = depthsBySource[source][target];
        int[] locations = new int[count + 1];
        int[] linkIndices = new int[count];
        LinkType[] types = new LinkType[count];
        locations[count] = target;
        for (int at = target; count > 0; ) {
            PrivateLink edge = tree[at];
            at = edge.otherEnd(at);
            count--;
            locations[count] = at;
            linkIndices[count] = edge.linkIndex();
            types[count] = edge.type();
        }
        return new Path(locations, linkIndices, types);
    }

    /**
     * Layered breadth-first search: every location of layer h + 1 keeps, among the links that reach it from layer
     * h, the one giving the lowest preference sum (ties: the first found, in adjacency order). {@code hops}
     * receives each location's number of hops from the source, -1 where none reaches it.
     */
    private PrivateLink[] searchFrom(int source, int[] hops) {
        // Arrays by vertex number rather than maps by id: one search per source location, on large plans hundreds.
        PrivateLink[] reachedBy = new PrivateLink[vertexIds.length];
        int[] preferenceSum = preferenceSums;
        Arrays.fill(hops, -1);
        hops[source] = 0;
        preferenceSum[source] = 0;
        // Each layer as a run of vertex numbers in one array: every vertex enters it once.
        queue[0] = source;
        int layerStart = 0;
        int layerEnd = 1;
        for (int depth = 1; layerStart < layerEnd; depth++) {
            int nextEnd = layerEnd;
            for (int at = layerStart; at < layerEnd; at++) {
                int vertex = queue[at];
                int base = preferenceSum[vertex];
                for (PrivateLink edge : edgesAt[vertex]) {
                    int neighbour = edge.otherEnd(vertex);
                    int sum = base + edge.preference();
                    if (hops[neighbour] < 0) {
                        preferenceSum[neighbour] = sum;
                        hops[neighbour] = depth;
                        reachedBy[neighbour] = edge;
                        queue[nextEnd++] = neighbour;
                    } else if (sum < preferenceSum[neighbour] && hops[neighbour] == depth) {
                        preferenceSum[neighbour] = sum;
                        reachedBy[neighbour] = edge;
                    }
                }
            }
            layerStart = layerEnd;
            layerEnd = nextEnd;
        }
        return reachedBy;
    }

    /** The position in the plan of the location with this id. */
    int position(String location) {
        return vertices.get(location);
    }

    /**
     * The index of the first link of this type joining the locations numbered {@code oneAt} and {@code otherAt}
     * (positions in the plan), or -1: a scan of one location's few links, with no key built per question.
     */
    int link(int oneAt, int otherAt, LinkType type) {
        String other = vertexIds[otherAt];
        String one = vertexIds[oneAt];
        for (int index : linksAt[oneAt]) {
            Link link = links.get(index);
            if (link.type() == type && (link.first().equals(one) && link.second().equals(other)
                    || link.first().equals(other) && link.second().equals(one))) {
                return index;
            }
        }
        return -1;
    }

    /** A location of the given kind joined to {@code location} by its most preferred private link, if any. */
    Optional<String> privateNeighbour(String location, LocationKind kind) {
        return adjacency.get(location).stream()
                .filter(edge -> locations.get(otherEnd(edge, location)).kind() == kind)
                .findFirst()
                .map(edge -> otherEnd(edge, location));
    }

    /** The index of the most preferred private link joining the two locations directly, if any. */
    Optional<Integer> privateLink(String location, String neighbour) {
        return adjacency.get(location).stream()
                .filter(edge -> otherEnd(edge, location).equals(neighbour))
                .findFirst()
                .map(PrivateLink::linkIndex);
    }

    private static String otherEnd(PrivateLink edge, String end) {
        return edge.one().equals(end) ? edge.other() : edge.one();
    }
}
