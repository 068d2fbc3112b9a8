package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hybridplanner.engine.TopologyGraph.Hop;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.ValidatedPlan;

/**
 * Network sanity checks (docs/decisions.md): overlapping address spaces between locations that a flow's private
 * path joins, egress addresses inside private ranges, on-premises address spaces outside them, a runtime whose
 * network is left only over a link that cannot carry its flows, and names that make the design document ambiguous.
 * Each is linear in the plan: the overlap check compares only the locations of each private path (each pair once,
 * over their sorted blocks), never every location with every other.
 */
final class NetworkSanity {
    private final ValidatedPlan plan;
    private final Findings findings;
    /** Each location's address spaces as sorted blocks, by position in the plan; parsed when first compared. */
    private final AddressBlock[][] addressSpaces;
    /** The pairs of locations (by position) already compared. */
    private final Set<Long> compared = new HashSet<>();

    NetworkSanity(ValidatedPlan plan, Findings findings) {
        this.plan = plan;
        this.findings = findings;
        this.addressSpaces = new AddressBlock[plan.plan().locations().size()][];
    }

    /**
     * Warns about every two locations of a flow's private path whose address spaces overlap: the path joins them
     * privately, so a router on it cannot tell which of them an address in the overlap belongs to.
     */
    void joinedPrivately(Flow flow, List<Hop> path) {
        if (path.isEmpty()) {
            return;
        }
        int[] locations = new int[path.size() + 1];
        locations[0] = path.get(0).fromAt();
        for (int i = 0; i < path.size(); i++) {
            locations[i + 1] = path.get(i).toAt();
        }
        for (int i = 0; i < locations.length; i++) {
            for (int j = i + 1; j < locations.length; j++) {
                int one = Math.min(locations[i], locations[j]);
                int other = Math.max(locations[i], locations[j]);
                if (one != other && compared.add((long) one << 32 | other)) {
                    overlaps(one, other, flow);
                }
            }
        }
    }

    private void overlaps(int oneAt, int otherAt, Flow flow) {
        AddressBlock[] ones = addressSpaces(oneAt);
        AddressBlock[] others = addressSpaces(otherAt);
        if (ones.length == 0 || others.length == 0) {
            return;
        }
        Location one = plan.plan().locations().get(oneAt);
        Location other = plan.plan().locations().get(otherAt);
        // Both sorted: for each block, only the other's blocks that start before it ends can overlap it.
        for (AddressBlock block : ones) {
            for (int j = 0; j < others.length && startsBy(others[j], block); j++) {
                if (block.overlaps(others[j])) {
                    findings.warn("OVERLAPPING_ADDRESS_SPACES", one.id(), Map.of("oneLocation", one.name(),
                            "oneRange", block.text(), "otherLocation", other.name(), "otherRange", others[j].text(),
                            "flow", flow.id()));
                }
            }
        }
    }

    /** {@code block} starts no later than {@code reference} ends, in the same family or an earlier one. */
    private static boolean startsBy(AddressBlock block, AddressBlock reference) {
        return block.ipv6() != reference.ipv6() ? !block.ipv6() : block.first().compareTo(reference.last()) <= 0;
    }

    private AddressBlock[] addressSpaces(int locationAt) {
        AddressBlock[] blocks = addressSpaces[locationAt];
        if (blocks == null) {
            blocks = plan.plan().locations().get(locationAt).addressSpaces().stream().map(AddressBlock::parse)
                    .sorted(AddressBlock.IN_ORDER).toArray(AddressBlock[]::new);
            addressSpaces[locationAt] = blocks;
        }
        return blocks;
    }

    /**
     * Warns when the link by which a runtime's flows leave its network cannot carry server traffic (a point-to-site
     * VPN connects single clients): the runtime is placed in a network that cannot carry its flows.
     */
    void leaves(Runtimes.Draft runtime, Location home, Hop leavingHop, boolean carriesServerTraffic) {
        if (leavingHop == null || carriesServerTraffic) {
            return;
        }
        findings.warn("RUNTIME_NETWORK_CANNOT_CARRY_FLOWS", runtime.id, Map.of("runtime", runtime.id,
                "location", home.name(), "linkType", leavingHop.type().displayName(),
                "neighbour", plan.plan().locations().get(leavingHop.toAt()).name()));
    }

    /**
     * Warns about egress addresses inside a private range (a store on a public endpoint never sees one) and about
     * on-premises address spaces outside the private ranges.
     */
    void addresses() {
        for (Location location : plan.plan().locations()) {
            for (String address : location.egressIps()) {
                PrivateAddressRange.overlapping(AddressBlock.parse(address)).ifPresent(range -> findings.warn(
                        "PRIVATE_EGRESS_ADDRESS", location.id(), Map.of("location", location.name(), "address",
                                address, "range", range.cidr(), "document", range.document())));
            }
            if (location.kind() == LocationKind.ON_PREMISES) {
                for (String space : location.addressSpaces()) {
                    if (PrivateAddressRange.holding(AddressBlock.parse(space)).isEmpty()) {
                        findings.warn("PUBLIC_ADDRESS_SPACE_ON_PREMISES", location.id(), Map.of("location",
                                location.name(), "range", space));
                    }
                }
            }
        }
    }

    /**
     * Warns about locations, and about data stores, that share a name, and flows whose ids differ only in case: the
     * design document, the diagram and the rule tables name them so, and a reader cannot tell them apart. Links
     * need no check: validation refuses a second link of one type between the same two locations, and links of
     * different types read differently.
     */
    void duplicateNames() {
        duplicates("Locations", plan.plan().locations(), Location::name, Location::id);
        duplicates("Data stores", plan.plan().dataStores(), DataStore::name, DataStore::id);
        duplicates("Flows", plan.plan().flows(), Flow::id, Flow::id);
    }

    private <T> void duplicates(String kind, List<T> elements, Function<T, String> name, Function<T, String> id) {
        Map<String, List<T>> byName = new LinkedHashMap<>();
        for (T element : elements) {
            byName.computeIfAbsent(name.apply(element).strip().toLowerCase(Locale.ROOT), key -> new ArrayList<>(1))
                    .add(element);
        }
        for (List<T> named : byName.values()) {
            if (named.size() > 1) {
                findings.warn("DUPLICATE_NAME", id.apply(named.get(0)), Map.of("elements", kind,
                        "ids", String.join(", ", named.stream().map(id).toList()),
                        "name", name.apply(named.get(0))));
            }
        }
    }
}
