package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry for a data store type: its display name, where it may stand, and the facts the engine and the
 * exporters need about it.
 *
 * @param type the code used in plans, for example {@code AZURE_SQL_DATABASE}
 * @param displayName the name shown to people
 * @param locationKinds where a store of this type may stand
 * @param placementNote why it may stand there (for example "in a virtual network through a private endpoint")
 * @param clouds the Azure clouds that offer it (every cloud for stores outside Azure)
 * @param transport whether its connections can be encrypted in transit
 * @param firewall the resource whose firewall admits runtimes, for scripts
 * @param category the group the type is listed under where people pick one
 */
public record StoreTypeSpec(String type, String displayName, List<LocationKind> locationKinds, String placementNote,
        List<AzureCloud> clouds, TransportSecurity transport, StoreFirewall firewall, StoreCategory category) {
    public StoreTypeSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
        locationKinds = List.copyOf(locationKinds);
        placementNote = placementNote == null ? "" : placementNote;
        clouds = clouds == null || clouds.isEmpty() ? List.of(AzureCloud.values()) : List.copyOf(clouds);
        transport = transport == null ? TransportSecurity.SUPPORTED : transport;
        firewall = firewall == null ? StoreFirewall.NONE : firewall;
        category = category == null ? StoreCategory.OTHER : category;
    }

    /** A store type listed under {@link StoreCategory#OTHER}. */
    public StoreTypeSpec(String type, String displayName, List<LocationKind> locationKinds, String placementNote,
            List<AzureCloud> clouds, TransportSecurity transport, StoreFirewall firewall) {
        this(type, displayName, locationKinds, placementNote, clouds, transport, firewall, null);
    }

    /** A store type offered in every cloud, with an HTTPS or TLS endpoint and no firewall the scripts configure. */
    public StoreTypeSpec(String type, String displayName, List<LocationKind> locationKinds, String placementNote) {
        this(type, displayName, locationKinds, placementNote, null, null, null, null);
    }

    public boolean mayStandIn(LocationKind kind) {
        return locationKinds.contains(kind);
    }

    public boolean offeredIn(AzureCloud cloud) {
        return clouds.contains(cloud);
    }
}
