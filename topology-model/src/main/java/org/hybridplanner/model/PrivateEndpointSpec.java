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
 */
public record PrivateEndpointSpec(String storeType, PrivateLinkResource resource, String subResource, Map<AzureCloud, String> privateDnsZones,
        boolean managedPrivateEndpoint) {
    public PrivateEndpointSpec {
        Objects.requireNonNull(storeType, "storeType");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(subResource, "subResource");
        privateDnsZones = Map.copyOf(privateDnsZones);
    }

    /** The private DNS zone in a cloud, if the type has a private endpoint there. */
    public Optional<String> privateDnsZone(AzureCloud cloud) {
        return Optional.ofNullable(privateDnsZones.get(cloud));
    }
}
