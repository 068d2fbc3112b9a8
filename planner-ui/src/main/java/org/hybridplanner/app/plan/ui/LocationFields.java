package org.hybridplanner.app.plan.ui;

import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.RuntimeNodes;

/**
 * A location as {@link LocationForm} edits it: the runtime's node count and addresses are fields of their own
 * (public: Binder reads it reflectively).
 *
 * @param nodeCount the self-hosted runtime's nodes; null (left blank) is one node
 */
public record LocationFields(String id, String name, LocationKind kind, List<String> egressIps,
        List<String> addressSpaces, Integer nodeCount, List<String> nodeAddresses) {
    static LocationFields of(Location location) {
        RuntimeNodes nodes = location.nodes();
        return new LocationFields(location.id(), location.name(), location.kind(), location.egressIps(),
                location.addressSpaces(), nodes.count(), nodes.addresses());
    }

    /**
     * The location these fields describe; a runtime of one node with no address stays unsaid, as in {@code loaded},
     * so that editing another field of a location leaves its JSON as it was. Empty while the id or the kind is
     * missing (a form being filled in).
     */
    Optional<Location> location(Location loaded) {
        if (id == null || kind == null) {
            return Optional.empty();
        }
        RuntimeNodes nodes = new RuntimeNodes(nodeCount == null ? 1 : nodeCount, nodeAddresses);
        RuntimeNodes written = nodes.equals(RuntimeNodes.SINGLE) && (loaded == null || loaded.runtimeNodes() == null
                || !loaded.runtimeNodes().equals(nodes)) ? null : nodes;
        return Optional.of(new Location(id, name, kind, egressIps, addressSpaces, written));
    }
}
