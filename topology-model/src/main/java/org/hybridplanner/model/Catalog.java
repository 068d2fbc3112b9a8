package org.hybridplanner.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan may contain: the known store types and link types, with where each may stand or join, and the
 * region names of each Azure cloud.
 *
 * @param regions every known region name and the cloud it belongs to; empty when the catalog does not know the
 *     regions (then any well-formed region name is taken to be in the public cloud)
 * @param connectorTypes the store type of each Data Factory linked-service type the catalog covers (for example
 *     {@code AzureBlobFS} to {@code AZURE_DATA_LAKE_STORAGE_GEN2}); connectors it lacks are not listed
 * @param privateEndpoints the store types a private endpoint can reach (private-endpoints.json)
 */
public record Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes, Map<String, AzureCloud> regions,
        Map<String, String> connectorTypes, List<PrivateEndpointSpec> privateEndpoints) {
    public Catalog {
        storeTypes = List.copyOf(storeTypes);
        linkTypes = List.copyOf(linkTypes);
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        connectorTypes = connectorTypes == null ? Map.of() : Map.copyOf(connectorTypes);
        privateEndpoints = privateEndpoints == null ? List.of() : List.copyOf(privateEndpoints);
    }

    /** A catalog that maps no Data Factory connector to a store type. */
    public Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes, Map<String, AzureCloud> regions,
            List<PrivateEndpointSpec> privateEndpoints) {
        this(storeTypes, linkTypes, regions, Map.of(), privateEndpoints);
    }

    /** A catalog whose store types offer no private endpoint. */
    public Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes, Map<String, AzureCloud> regions,
            Map<String, String> connectorTypes) {
        this(storeTypes, linkTypes, regions, connectorTypes, List.of());
    }

    /** A catalog that maps no connector and whose store types offer no private endpoint. */
    public Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes, Map<String, AzureCloud> regions) {
        this(storeTypes, linkTypes, regions, Map.of(), List.of());
    }

    /** A catalog that does not know the region names of the clouds. */
    public Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes) {
        this(storeTypes, linkTypes, Map.of());
    }

    /** The catalog's store type for a Data Factory linked-service type; empty when the catalog lacks one. */
    public Optional<StoreTypeSpec> storeTypeOfConnector(String dataFactoryType) {
        String type = dataFactoryType == null ? null : connectorTypes.get(dataFactoryType);
        return type == null ? Optional.empty() : storeType(type);
    }

    public Optional<StoreTypeSpec> storeType(String type) {
        return storeTypes.stream().filter(spec -> spec.type().equals(type)).findFirst();
    }

    /** What a store type offers for private access; empty for a type no private endpoint can reach. */
    public Optional<PrivateEndpointSpec> privateEndpoint(String storeType) {
        return privateEndpoints.stream().filter(spec -> spec.storeType().equals(storeType)).findFirst();
    }

    public Optional<LinkTypeSpec> linkType(LinkType type) {
        return linkTypes.stream().filter(spec -> spec.type() == type).findFirst();
    }

    /**
     * The cloud a region belongs to; empty for a name no cloud has. A catalog that knows no regions places every
     * region in the public cloud.
     */
    public Optional<AzureCloud> cloudOf(String region) {
        if (regions.isEmpty()) {
            return Optional.of(AzureCloud.PUBLIC);
        }
        return Optional.ofNullable(regions.get(region));
    }

    /** The region names of one cloud, in catalog order. */
    public List<String> regionsOf(AzureCloud cloud) {
        return regions.entrySet().stream().filter(entry -> entry.getValue() == cloud).map(Map.Entry::getKey).toList();
    }

    /** Store types that may stand in the given kind of location, in catalog order. */
    public List<StoreTypeSpec> storeTypesFor(LocationKind kind) {
        return storeTypes.stream().filter(spec -> spec.mayStandIn(kind)).toList();
    }

    /** Link types that may join the two kinds, in catalog order. */
    public List<LinkType> linkTypesJoining(LocationKind one, LocationKind other) {
        return linkTypes.stream().filter(spec -> spec.mayJoin(one, other)).map(LinkTypeSpec::type).toList();
    }
}
