package org.hybridplanner.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store type offers for private access (private-endpoints.json): the private-link sub-resource a private
 * endpoint targets, the private DNS zone that resolves its name to the endpoint in each Azure cloud, and whether
 * a Data Factory managed virtual network can reach it through a managed private endpoint.
 *
 * @param storeType the catalog type, for example {@code AZURE_SQL_DATABASE}
 * @param resource the Azure resource the endpoint attaches to
 * @param subResource the target sub-resource (group id), for example {@code sqlServer} or {@code blob}
 * @param privateDnsZones the {@code privatelink.*} zone per cloud
 * @param managedPrivateEndpoint whether the Azure integration runtime in a managed virtual network can reach it
 *     through a managed private endpoint
 * @param virtualNetworkIntegration whether a store of the type that stands in a virtual network is deployed into
 *     it (its own private address, no private endpoint) rather than reached through a private endpoint there
 * @param disablePublicAccess how to turn the resource's public network access off; null when not stated
 */
public record PrivateEndpointSpec(String storeType, PrivateLinkResource resource, String subResource,
        Map<AzureCloud, String> privateDnsZones, boolean managedPrivateEndpoint, boolean virtualNetworkIntegration,
        DisablePublicAccess disablePublicAccess) {
    public PrivateEndpointSpec {
        Objects.requireNonNull(storeType, "storeType");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(subResource, "subResource");
        privateDnsZones = Map.copyOf(privateDnsZones);
    }

    /** A type whose stores in a virtual network are reached through a private endpoint there. */
    public PrivateEndpointSpec(String storeType, PrivateLinkResource resource, String subResource,
            Map<AzureCloud, String> privateDnsZones, boolean managedPrivateEndpoint) {
        this(storeType, resource, subResource, privateDnsZones, managedPrivateEndpoint, false, null);
    }

    /** The private DNS zone in a cloud, if the type has a private endpoint there. */
    public Optional<String> privateDnsZone(AzureCloud cloud) {
        return Optional.ofNullable(privateDnsZones.get(cloud));
    }
}
