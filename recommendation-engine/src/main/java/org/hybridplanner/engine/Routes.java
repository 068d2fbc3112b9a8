package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hybridplanner.engine.SeedRows.LinkTypeRow;
import org.hybridplanner.engine.TopologyGraph.Hop;
import org.hybridplanner.engine.TopologyGraph.Path;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The path concern: which private links join two locations (see docs/decisions.md, "Multi-hop private paths"), how
 * a route reads in a reason, what a route's leaving link cites, and which link types could join two locations that
 * no chain of private links joins.
 */
final class Routes {
    private static final String LINK_REFERENCE = "{link}";

    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final TopologyGraph graph;
    private final Map<LinkType, LinkTypeRow> linkTypes = new EnumMap<>(LinkType.class);
    /** What {@code {link}} cites, by link type and the kinds of location it leaves and reaches. */
    private final Citation[] linkCitations = new Citation[LinkType.values().length * LocationKind.values().length
            * LocationKind.values().length];
    /** {@link #linkTypesThatCouldJoin} by the two kinds of location, the only thing it depends on. */
    private final Map<LocationKind, Map<LocationKind, String>> fixes = new EnumMap<>(LocationKind.class);

    /** A reference and the kind of claim it backs. */
    record Citation(String reference, ClaimKind claim) {
    }

    Routes(RuleBook rules, ValidatedPlan plan) {
        this.rules = rules;
        this.plan = plan;
        this.graph = new TopologyGraph(plan.plan(), rules.linkTypes);
        rules.linkTypes.forEach(row -> linkTypes.putIfAbsent(row.type(), row));
    }

    /**
     * The path from the location at position {@code fromAt} in the plan to the one at {@code toAt} over private
     * links, or empty when no chain joins them.
     */
    Optional<Path> privatePath(int fromAt, int toAt) {
        return Optional.ofNullable(graph.privatePath(fromAt, toAt));
    }

    /**
     * The index of a link of this type joining the locations at positions {@code oneAt} and {@code otherAt} in the
     * plan, or -1 when the plan has none.
     */
    int link(int oneAt, int otherAt, LinkType type) {
        return graph.link(oneAt, otherAt, type);
    }

    /** The locations the data crosses, from source to sink: the two ends (or one) when the path has no hops. */
    List<String> locations(Path path, List<String> endpoints) {
        if (path.hops() == 0) {
            return endpoints;
        }
        String[] locations = new String[path.locations().length];
        for (int i = 0; i < locations.length; i++) {
            locations[i] = locationAt(path.locations()[i]).id();
        }
        return List.of(locations);
    }

    /** The hop by which the path leaves the runtime's location, in the direction of travel from the runtime. */
    static Hop leavingHop(Path path, boolean runtimeAtSource) {
        int hops = path.hops();
        if (hops == 0) {
            return null;
        }
        int[] locations = path.locations();
        return runtimeAtSource
                ? new Hop(path.types()[0], path.links()[0], locations[0], locations[1])
                : new Hop(path.types()[hops - 1], path.links()[hops - 1], locations[hops], locations[hops - 1]);
    }

    private Location locationAt(int position) {
        return plan.plan().locations().get(position);
    }

    /**
     * The hops from the runtime's location to the far end, each with its link type, in travel order: the text in
     * parts, to be joined where it is used (a route per pair of locations, on large plans thousands of long ones:
     * a StringBuilder grew and copied them several times, and the sentence naming the route copied them again).
     */
    String[] describe(Path path, boolean runtimeAtSource) {
        int count = path.hops();
        String[] parts = new String[4 * count + (count > 1 ? 2 * count - 1 : 0)];
        int part = 0;
        for (int i = 0; i < count; i++) {
            parts[part++] = i == 0 ? "over " : ", then over ";
            parts[part++] = travelledType(path, runtimeAtSource, i).displayName();
            parts[part++] = " to ";
            parts[part++] = locationAt(travelledTo(path, runtimeAtSource, i)).name();
        }
        if (count > 1) {
            parts[part++] = " (" + count + " links: ";
            for (int i = 0; i < count - 1; i++) {
                if (i > 0) {
                    parts[part++] = " and ";
                }
                parts[part++] = locationAt(travelledTo(path, runtimeAtSource, i)).name();
            }
            parts[part++] = " must route traffic between its links)";
        }
        return parts;
    }

    /** The link type of the {@code i}-th hop from the runtime's location. */
    private static LinkType travelledType(Path path, boolean runtimeAtSource, int i) {
        return path.types()[runtimeAtSource ? i : path.hops() - 1 - i];
    }

    /** The position of the location the {@code i}-th hop from the runtime's location reaches (no reversed copy). */
    private static int travelledTo(Path path, boolean runtimeAtSource, int i) {
        return path.locations()[runtimeAtSource ? i + 1 : path.hops() - 1 - i];
    }

    /** Whether links of this type carry a network's traffic (a point-to-site VPN connects single clients). */
    boolean carriesServerTraffic(LinkType type) {
        return linkTypes.get(type).carriesServerTraffic();
    }

    /** The links of the path that connect single clients (point-to-site), in path order. */
    List<Link> clientLinks(Path path) {
        List<Link> links = List.of();
        for (int i = 0; i < path.hops(); i++) {
            if (!linkTypes.get(path.types()[i]).carriesServerTraffic()) {
                if (links.isEmpty()) {
                    links = new ArrayList<>(1);
                }
                links.add(plan.plan().links().get(path.links()[i]));
            }
        }
        return links;
    }

    /**
     * What a reason cites: the row's reference, or, for {@code {link}}, the link type the path leaves the runtime
     * by: its table row when the link joins the kinds of network that row was written for, otherwise the decision
     * for links the table does not list.
     */
    Citation cite(String reference, ClaimKind claim, Hop leavingHop) {
        if (!LINK_REFERENCE.equals(reference)) {
            return new Citation(reference, claim);
        }
        // It depends only on the link type and the two kinds of location: decided once per such combination, not
        // once per pair of locations.
        int kinds = LocationKind.values().length;
        int key = (leavingHop.type().ordinal() * kinds + locationAt(leavingHop.fromAt()).kind().ordinal()) * kinds
                + locationAt(leavingHop.toAt()).kind().ordinal();
        Citation citation = linkCitations[key];
        if (citation == null) {
            LinkTypeRow link = linkTypes.get(leavingHop.type());
            citation = link.inTable(locationAt(leavingHop.fromAt()).kind(), locationAt(leavingHop.toAt()).kind())
                    ? new Citation(link.reference(), link.claim())
                    : new Citation(link.beyondTableReference(), ClaimKind.LINK_BEYOND_THE_TABLE);
            linkCitations[key] = citation;
        }
        return citation;
    }

    /** The private link types that could join the two locations directly, for a blocked flow's warning. */
    String linkTypesThatCouldJoin(Location from, Location to) {
        return fixes.computeIfAbsent(from.kind(), kind -> new EnumMap<>(LocationKind.class))
                .computeIfAbsent(to.kind(), kind -> linkTypesThatCouldJoin(from.kind(), kind));
    }

    private String linkTypesThatCouldJoin(LocationKind from, LocationKind to) {
        List<LinkType> fixes = rules.linkTypes.stream()
                .filter(row -> row.privatePath() && row.carriesServerTraffic())
                .filter(row -> rules.catalog().linkType(row.type()).orElseThrow().mayJoin(from, to))
                .map(LinkTypeRow::type)
                .toList();
        return fixes.isEmpty() ? "private" : fixes.stream().map(LinkType::name).collect(Collectors.joining(" or "));
    }

    /** A location of the given kind joined to {@code location} by its most preferred private link, if any. */
    Optional<Location> privateNeighbour(Location location, LocationKind kind) {
        return graph.privateNeighbour(location.id(), kind).map(plan::location);
    }

    /** The position in the plan of a location. */
    int positionOf(Location location) {
        return graph.position(location.id());
    }

    /** The index of the most preferred private link joining the two locations directly, if any. */
    Optional<Integer> privateLink(Location location, Location neighbour) {
        return graph.privateLink(location.id(), neighbour.id());
    }
}
