package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry for a data store type: its display name and the location kinds it may stand in.
 *
 * @param type the code used in plans, for example {@code AZURE_SQL_DATABASE}
 * @param displayName the name shown to people
 * @param locationKinds where a store of this type may stand
 * @param placementNote why it may stand there (for example "in a virtual network through a private endpoint")
 */
public record StoreTypeSpec(String type, String displayName, List<LocationKind> locationKinds, String placementNote) {
    public StoreTypeSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
        locationKinds = List.copyOf(locationKinds);
        placementNote = placementNote == null ? "" : placementNote;
    }

    public boolean mayStandIn(LocationKind kind) {
        return locationKinds.contains(kind);
    }
}
