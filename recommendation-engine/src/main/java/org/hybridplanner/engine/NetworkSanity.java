package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hybridplanner.engine.TopologyGraph.Hop;
import org.hybridplanner.engine.TopologyGraph.Path;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.ValidatedPlan;

/**
 * Network sanity checks (docs/decisions.md): overlapping address spaces between locations that a flow's private
 * path joins, egress addresses inside private ranges, on-premises address spaces outside them, a runtime whose
 * network is left only over a link that cannot carry its flows, and names that make the design document ambiguous.
 * Each is linear in the plan (or n log n): the overlap check first sorts every address block of the plan once to
 * find the locations whose blocks overlap another location's at all (in most plans none), and then compares only
 * such locations on each private path, each pair once; never every location with every other.
 */
final class NetworkSanity {
    private final ValidatedPlan plan;
    private final Findings findings;
    /** Each location's address spaces as sorted blocks, by position in the plan; parsed when first compared. */
    private final AddressBlock[][] addressSpaces;
    /** The pairs of locations (by position) already compared. */
    private final Set<Long> compared = new HashSet<>();
    /** By position: the location has a block that overlaps another location's block; null until first needed. */
    private boolean[] overlapsAnother;

    NetworkSanity(ValidatedPlan plan, Findings findings) {
        this.plan = plan;
        this.findings = findings;
        this.addressSpaces = new AddressBlock[plan.plan().locations().size()][];
    }

    /**
     * Warns about every two locations of a flow's private path whose address spaces overlap: the path joins them
     * privately, so a router on it cannot tell which of them an address in the overlap belongs to.
     */
    void joinedPrivately(Flow flow, Path path) {
        if (path.hops() == 0) {
            return;
        }
        if (overlapsAnother == null) {
            overlapsAnother = overlappingLocations();
        }
        int[] locations = path.locations();
        int candidates = 0;
        for (int location : locations) {
            candidates += overlapsAnother[location] ? 1 : 0;
        }
        if (candidates < 2) {
            return;
        }
        for (int i = 0; i < locations.length; i++) {
            for (int j = i + 1; j < locations.length; j++) {
                int one = Math.min(locations[i], locations[j]);
                int other = Math.max(locations[i], locations[j]);
                if (one != other && overlapsAnother[one] && overlapsAnother[other]
                        && compared.add((long) one << 32 | other)) {
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

    /**
     * Which locations have a block that overlaps a block of another location, from one sort of all blocks: sorted
     * by first address, a block overlaps a later one of another location exactly when the nearest later block of
     * another location starts before it ends, and an earlier one exactly when the furthest-reaching earlier block of
     * another location ends after it starts. Keeping the best two of distinct locations in each sweep is enough.
     */
    private boolean[] overlappingLocations() {
        int locationCount = addressSpaces.length;
        List<AddressBlock> blocks = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int at = 0; at < locationCount; at++) {
            for (AddressBlock block : addressSpaces(at)) {
                blocks.add(block);
                owners.add(at);
            }
        }
        Integer[] order = new Integer[blocks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> AddressBlock.IN_ORDER.compare(blocks.get(a), blocks.get(b)));
        boolean[] flagged = new boolean[locationCount];
        // Forward: the two earlier blocks of distinct locations that reach furthest.
        int best = -1;
        int second = -1;
        for (int index : order) {
            AddressBlock block = blocks.get(index);
            int owner = owners.get(index);
            int other = best >= 0 && owners.get(best) != owner ? best : second;
            if (other >= 0 && blocks.get(other).overlaps(block)) {
                flagged[owner] = true;
                flagged[owners.get(other)] = true;
            }
            if (best < 0 || reachesFurther(block, blocks.get(best))) {
                if (best >= 0 && owners.get(best) != owner) {
                    second = best;
                }
                best = index;
            } else if (owners.get(best) != owner && (second < 0 || reachesFurther(block, blocks.get(second)))) {
                second = index;
            }
        }
        // Backward: the nearest later block, and the nearest later one of another location than that one's.
        int nearest = -1;
        int nearestOther = -1;
        for (int i = order.length - 1; i >= 0; i--) {
            int index = order[i];
            AddressBlock block = blocks.get(index);
            int owner = owners.get(index);
            int other = nearest >= 0 && owners.get(nearest) != owner ? nearest : nearestOther;
            if (other >= 0 && blocks.get(other).overlaps(block)) {
                flagged[owner] = true;
                flagged[owners.get(other)] = true;
            }
            if (nearest >= 0 && owners.get(nearest) != owner) {
                nearestOther = nearest;
            }
            nearest = index;
        }
        return flagged;
    }

    /** {@code block} ends later than {@code other} (a later family counts as further). */
    private static boolean reachesFurther(AddressBlock block, AddressBlock other) {
        return block.ipv6() != other.ipv6() ? block.ipv6() : block.last().compareTo(other.last()) > 0;
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
        // Sorted by a case-insensitive hash of the stripped name: equal names end up side by side, and only names
        // whose hashes collide are compared, without a lower-cased copy of every name.
        long[] byHash = new long[elements.size()];
        for (int i = 0; i < byHash.length; i++) {
            byHash[i] = (long) foldedHash(name.apply(elements.get(i)).strip()) << 32 | i;
        }
        Arrays.sort(byHash);
        List<int[]> groups = new ArrayList<>(0);
        for (int start = 0; start < byHash.length; ) {
            int end = start + 1;
            while (end < byHash.length && byHash[end] >> 32 == byHash[start] >> 32) {
                end++;
            }
            if (end - start > 1) {
                groups.addAll(sameNames(elements, name, byHash, start, end));
            }
            start = end;
        }
        groups.sort(Comparator.comparingInt(group -> group[0]));
        for (int[] group : groups) {
            T first = elements.get(group[0]);
            List<String> ids = new ArrayList<>(group.length);
            for (int at : group) {
                ids.add(id.apply(elements.get(at)));
            }
            findings.warn("DUPLICATE_NAME", id.apply(first), Map.of("elements", kind, "ids", String.join(", ", ids),
                    "name", name.apply(first)));
        }
    }

    /** Among elements whose names hash alike, those that share a name (in plan order), two or more each. */
    private static <T> List<int[]> sameNames(List<T> elements, Function<T, String> name, long[] byHash, int start,
            int end) {
        List<int[]> groups = new ArrayList<>(1);
        boolean[] taken = new boolean[end - start];
        for (int i = start; i < end; i++) {
            if (taken[i - start]) {
                continue;
            }
            String first = name.apply(elements.get((int) byHash[i])).strip();
            List<Integer> same = new ArrayList<>(2);
            same.add((int) byHash[i]);
            for (int j = i + 1; j < end; j++) {
                if (!taken[j - start] && first.equalsIgnoreCase(name.apply(elements.get((int) byHash[j])).strip())) {
                    taken[j - start] = true;
                    same.add((int) byHash[j]);
                }
            }
            if (same.size() > 1) {
                groups.add(same.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        return groups;
    }

    /** A hash that agrees with {@link String#equalsIgnoreCase}: each character folded as it folds them. */
    private static int foldedHash(String text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII folds to its lower case; only other characters need Character's tables.
            int folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            hash = 31 * hash + folded;
        }
        return hash;
    }
}
