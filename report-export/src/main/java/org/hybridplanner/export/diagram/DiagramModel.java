package org.hybridplanner.export.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hybridplanner.export.diagram.DiagramEdge.EdgeKind;
import org.hybridplanner.export.diagram.DiagramNode.Marker;
import org.hybridplanner.export.diagram.DiagramNode.NodeKind;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Warning;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The one diagram every export draws: a read-only JGraphT graph of zones, stores, runtimes and the data factory,
 * with links, flows (source to runtime to sink), blocked flows and control channels as edges. Built from a plan
 * and its recommendation; vertices and edges iterate in insertion order, so everything derived is deterministic.
 *
 * @param title the plan's name
 * @param subtitle the data factory, its region and the scenario
 * @param graph the diagram graph (unmodifiable)
 * @param notes warnings to list beside the drawing, most severe first
 * @param positions where the user put locations and stores ({@link ZoneLayout} honours them); empty for the
 *     automatic layout
 */
public record DiagramModel(String title, String subtitle, Graph<DiagramNode, DiagramEdge> graph, List<String> notes,
        PlanLayout positions) {
    /** Zone id of the Data Factory service zone (location ids never contain ':' twice). */
    public static final String SERVICE_ZONE = "zone::data-factory-service";

    public DiagramModel {
        Objects.requireNonNull(graph, "graph");
        notes = List.copyOf(notes);
        positions = positions == null ? PlanLayout.EMPTY : positions;
    }

    /** A diagram laid out automatically. */
    public DiagramModel(String title, String subtitle, Graph<DiagramNode, DiagramEdge> graph, List<String> notes) {
        this(title, subtitle, graph, notes, PlanLayout.EMPTY);
    }

    /**
     * Above this many stores a diagram that must be read whole (an export, the pane's picture) shows each zone's
     * stores as one node per store type with their count: at 100 stores the full drawing is already several
     * screens wide and its 9-point names shrink below 3 points on a fitted A4 page (docs/exports.md).
     */
    public static final int SUMMARY_THRESHOLD = 100;

    /** Builds the diagram of {@code plan} as {@code recommendation} designs it, every store drawn. */
    public static DiagramModel of(Plan plan, Recommendation recommendation, StoreTypeNames typeNames) {
        return new Builder(plan, recommendation, typeNames, null).build();
    }

    /**
     * Builds the summarised diagram: in every zone not named in {@code expandedLocations}, the stores of one type are
     * one node with their count; flows between them are drawn once per pair of nodes, labelled with their number.
     * Zones, runtimes, links, markers and warnings stay as in the full diagram.
     */
    public static DiagramModel summarised(Plan plan, Recommendation recommendation, StoreTypeNames typeNames,
            Set<String> expandedLocations) {
        return new Builder(plan, recommendation, typeNames, Set.copyOf(expandedLocations)).build();
    }

    /** Whether some zone shows its stores as counts per type. */
    public boolean isSummarised() {
        return graph.vertexSet().stream().anyMatch(node -> node.kind() == NodeKind.STORE_GROUP);
    }

    /** Whether any node or edge is marked as a {@link Difference} (a diagram made by {@link DiagramComparison}). */
    public boolean showsDifferences() {
        return graph.vertexSet().stream().anyMatch(node -> node.difference() != null)
                || graph.edgeSet().stream().anyMatch(edge -> edge.difference() != null);
    }

    /** Zones in graph order. */
    public List<DiagramNode> zones() {
        return graph.vertexSet().stream().filter(DiagramNode::isZone).toList();
    }

    /** Nodes (not zones) standing in the zone, in graph order. */
    public List<DiagramNode> nodesIn(String zoneId) {
        return graph.vertexSet().stream().filter(node -> zoneId.equals(node.zone())).toList();
    }

    public DiagramNode node(String id) {
        return graph.vertexSet().stream().filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + id));
    }

    static String zoneId(String locationId) {
        return "zone:" + locationId;
    }

    static String storeId(String storeId) {
        return "store:" + storeId;
    }

    static String runtimeId(String runtimeId) {
        return "runtime:" + runtimeId;
    }

    static String storeGroupId(String locationId, String type) {
        return "stores:" + locationId + ":" + type;
    }

    private static final class Builder {
        private final Plan plan;
        private final Recommendation recommendation;
        private final StoreTypeNames typeNames;
        private final Graph<DiagramNode, DiagramEdge> graph = GraphTypeBuilder.<DiagramNode, DiagramEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
        private final Set<String> warned = new HashSet<>();
        /** Locations whose stores are drawn one by one; null when every store is. */
        private final Set<String> expanded;
        /** Store id to the id of the node that draws it (itself, or its group in a summarised zone). */
        private final Map<String, String> storeNodes = new HashMap<>();

        Builder(Plan plan, Recommendation recommendation, StoreTypeNames typeNames, Set<String> expanded) {
            this.plan = plan;
            this.recommendation = recommendation;
            this.typeNames = typeNames;
            this.expanded = expanded;
        }

        DiagramModel build() {
            recommendation.warnings().forEach(warning -> warned.add(warning.subject()));
            recommendation.flows().stream().filter(flow -> flow.status() == FlowStatus.BLOCKED).forEach(flow -> {
                warned.add(flow.source());
                warned.add(flow.sink());
            });
            addZones();
            addRuntimesAndFactory();
            addStores();
            addLinks();
            addFlows();
            String subtitle = "Data Factory " + plan.dataFactory().name() + " · " + plan.dataFactory().region()
                    + " · " + recommendation.scenario().name().toLowerCase(java.util.Locale.ROOT) + " scenario";
            return new DiagramModel(plan.name(), subtitle, new AsUnmodifiableGraph<>(graph), notes(),
                    plan.layout());
        }

        private void addZones() {
            for (Location location : plan.locations()) {
                Set<Marker> markers = EnumSet.noneOf(Marker.class);
                if (hasBoundaryRules(location.id())) {
                    markers.add(Marker.FIREWALL_BOUNDARY);
                }
                if (warned.contains(location.id())) {
                    markers.add(Marker.WARNING);
                }
                add(new DiagramNode(zoneId(location.id()), zoneKind(location), null, location.name(),
                        location.kind().displayName(), markers));
            }
            add(new DiagramNode(SERVICE_ZONE, NodeKind.DATA_FACTORY_SERVICE_ZONE, null, "Azure Data Factory service",
                    "Region " + plan.dataFactory().region(), Set.of()));
        }

        private boolean hasBoundaryRules(String locationId) {
            return recommendation.runtimes().stream()
                    .filter(runtime -> locationId.equals(runtime.location()))
                    .flatMap(runtime -> recommendation.rulesOf(runtime.id()).stream())
                    .anyMatch(rule -> rule.scope() != RuleScope.WINDOWS_FIREWALL);
        }

        private static NodeKind zoneKind(Location location) {
            return switch (location.kind()) {
                case ON_PREMISES -> NodeKind.ON_PREMISES_ZONE;
                case AZURE_VIRTUAL_NETWORK -> NodeKind.AZURE_VIRTUAL_NETWORK_ZONE;
                case AZURE_PUBLIC -> NodeKind.AZURE_PUBLIC_ZONE;
                case AWS_VPC -> NodeKind.AWS_VPC_ZONE;
                case PUBLIC_INTERNET -> NodeKind.PUBLIC_INTERNET_ZONE;
            };
        }

        private void addRuntimesAndFactory() {
            String factoryId = "factory:" + plan.dataFactory().name();
            add(new DiagramNode(factoryId, NodeKind.DATA_FACTORY, SERVICE_ZONE, plan.dataFactory().name(),
                    "Data Factory · " + plan.dataFactory().region(), Set.of()));
            for (RuntimePlacement runtime : recommendation.runtimes()) {
                boolean selfHosted = runtime.type() == RuntimeType.SELF_HOSTED;
                String zone = runtime.location() != null && nodes.containsKey(zoneId(runtime.location()))
                        ? zoneId(runtime.location()) : SERVICE_ZONE;
                Set<Marker> markers = EnumSet.noneOf(Marker.class);
                if (recommendation.rulesOf(runtime.id()).stream().anyMatch(Builder::isWindowsInbound)) {
                    markers.add(Marker.INBOUND_8060);
                }
                if (warned.contains(runtime.id())) {
                    markers.add(Marker.WARNING);
                }
                String title = (selfHosted ? "Self-hosted IR " : "Azure IR ") + runtime.id();
                add(new DiagramNode(runtimeId(runtime.id()),
                        selfHosted ? NodeKind.SELF_HOSTED_RUNTIME : NodeKind.AZURE_RUNTIME, zone, title,
                        runtime.host().displayName(), markers));
                if (selfHosted) {
                    addEdge(runtimeId(runtime.id()), factoryId, new DiagramEdge("control:" + runtime.id(),
                            EdgeKind.CONTROL_CHANNEL, "command channel, outbound 443", List.of()));
                }
            }
        }

        private static boolean isWindowsInbound(FirewallRule rule) {
            return rule.scope() == RuleScope.WINDOWS_FIREWALL && rule.direction() == Direction.INBOUND;
        }

        private void addStores() {
            Set<String> allowlisted = new HashSet<>();
            recommendation.allowlist().forEach(entry -> allowlisted.add(entry.dataStore()));
            Map<String, List<DataStore>> groups = new LinkedHashMap<>();
            for (DataStore store : plan.dataStores()) {
                if (expanded == null || expanded.contains(store.location())) {
                    storeNodes.put(store.id(), storeId(store.id()));
                    add(new DiagramNode(storeId(store.id()), NodeKind.DATA_STORE, zoneId(store.location()),
                            store.name(), typeNames.displayName(store.type()), markers(List.of(store), allowlisted)));
                } else {
                    String group = storeGroupId(store.location(), store.type());
                    storeNodes.put(store.id(), group);
                    groups.computeIfAbsent(group, key -> new ArrayList<>()).add(store);
                }
            }
            groups.forEach((group, stores) -> add(new DiagramNode(group, NodeKind.STORE_GROUP,
                    zoneId(stores.get(0).location()), Quantity.of(stores.size(), "store"),
                    typeNames.displayName(stores.get(0).type()), markers(stores, allowlisted))));
        }

        private Set<Marker> markers(List<DataStore> stores, Set<String> allowlisted) {
            Set<Marker> markers = EnumSet.noneOf(Marker.class);
            if (stores.stream().anyMatch(store -> allowlisted.contains(store.id()))) {
                markers.add(Marker.ALLOWLIST);
            }
            if (stores.stream().anyMatch(store -> warned.contains(store.id()))) {
                markers.add(Marker.WARNING);
            }
            return markers;
        }

        private void addLinks() {
            List<Link> links = plan.links();
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                addEdge(zoneId(link.first()), zoneId(link.second()),
                        new DiagramEdge("link:" + i, EdgeKind.LINK, link.type().displayName(), List.of()));
            }
        }

        private void addFlows() {
            // One edge per pair of drawn ends and connectivity: a flow edge has one colour, a summarised pair one line.
            Map<LegKey, List<String>> legs = new LinkedHashMap<>();
            Map<String, List<String>> blocked = new LinkedHashMap<>();
            Set<String> usedEdgeIds = new HashSet<>();
            for (FlowDecision flow : recommendation.flows()) {
                String source = storeNodes.getOrDefault(flow.source(), storeId(flow.source()));
                String sink = storeNodes.getOrDefault(flow.sink(), storeId(flow.sink()));
                if (flow.status() == FlowStatus.BLOCKED || flow.runtime() == null
                        || !nodes.containsKey(runtimeId(flow.runtime()))) {
                    String key = expanded == null ? flow.id() : source + "\n" + sink;
                    blocked.computeIfAbsent(key, k -> new ArrayList<>()).add(flow.id());
                    continue;
                }
                String runtime = runtimeId(flow.runtime());
                String network = flow.network() == null ? "" : flow.network().name();
                legs.computeIfAbsent(new LegKey(source, runtime, network), key -> new ArrayList<>()).add(flow.id());
                legs.computeIfAbsent(new LegKey(runtime, sink, network), key -> new ArrayList<>()).add(flow.id());
            }
            // By id, the first of each (as Recommendation.flow finds it): a search per blocked edge was quadratic.
            Map<String, FlowDecision> byId = new HashMap<>();
            if (!blocked.isEmpty()) {
                recommendation.flows().forEach(flow -> byId.putIfAbsent(flow.id(), flow));
            }
            blocked.values().forEach(flows -> {
                FlowDecision first = Objects.requireNonNull(byId.get(flows.get(0)), flows.get(0));
                String source = storeNodes.getOrDefault(first.source(), storeId(first.source()));
                String sink = storeNodes.getOrDefault(first.sink(), storeId(first.sink()));
                String id = flows.size() == 1 ? flows.get(0) : String.join(",", flows);
                addEdge(source, sink, new DiagramEdge("blocked:" + id, EdgeKind.BLOCKED_FLOW,
                        "blocked: " + (flows.size() == 1 ? flows.get(0) : flows.size() + " flows"), flows));
            });
            legs.forEach((key, flows) -> {
                String[] ends = {key.from(), key.to(), key.network()};
                String label = flows.size() == 1 ? flows.get(0) : flows.size() + " flows";
                Network network = ends[2].isEmpty() ? null : Network.valueOf(ends[2]);
                String id = "flow:" + ends[0] + "->" + ends[1];
                // A second connectivity between the same ends gets its own id (edge ids are unique).
                id = usedEdgeIds.add(id) ? id : id + "~" + ends[2];
                addEdge(ends[0], ends[1], new DiagramEdge(id, EdgeKind.FLOW, label, flows, network, null));
            });
        }

        /**
         * A flow edge's drawn ends and connectivity's name ("" for none), where a string of the three joined by
         * newlines was built, hashed and split again for every flow of every edit.
         */
        private record LegKey(String from, String to, String network) {
        }

        private List<String> notes() {
            List<String> notes = new ArrayList<>();
            recommendation.warnings().stream()
                    .sorted(java.util.Comparator.comparing(Warning::severity).reversed())
                    .forEach(warning -> notes.add(warning.severity().displayName() + " " + warning.code() + " ("
                            + warning.subject() + "): " + warning.message()));
            return notes;
        }

        private void add(DiagramNode node) {
            nodes.put(node.id(), node);
            graph.addVertex(node);
        }

        private void addEdge(String from, String to, DiagramEdge edge) {
            DiagramNode source = nodes.get(from);
            DiagramNode target = nodes.get(to);
            if (source == null || target == null || source.equals(target)) {
                return; // an inconsistent recommendation must not break the drawing; the PDF lists everything
            }
            graph.addEdge(source, target, edge);
        }
    }
}
