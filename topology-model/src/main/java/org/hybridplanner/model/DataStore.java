package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A data store of a catalog type (for example {@code SQL_SERVER}) at a location.
 *
 * @param connector the Data Factory linked-service type the store was imported from, when the catalog has no type
 *     for it (the store's type is then {@link #OTHER_CONNECTOR}); null otherwise
 * @param privateEndpoint the id of the Azure virtual network that holds the store's private endpoint, for a store
 *     standing on its public endpoint (plan-format version 2); null otherwise. A store of a type with a private
 *     endpoint that stands in a virtual network is reached through a private endpoint there without naming it.
 * @param managedPrivateEndpoint whether the Azure integration runtime in the data factory's managed virtual
 *     network reaches the store through a managed private endpoint (plan-format version 2)
 */
public record DataStore(String id, String name, String type, String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) String connector,
        @JsonInclude(JsonInclude.Include.NON_NULL) String privateEndpoint,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean managedPrivateEndpoint) {
    /** The catalog type of a Data Factory connector the catalog does not know: no rules, and a warning. */
    public static final String OTHER_CONNECTOR = "OTHER_CONNECTOR";

    public DataStore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        name = name == null || name.isBlank() ? id : name;
        connector = connector == null || connector.isBlank() ? null : connector;
        privateEndpoint = privateEndpoint == null || privateEndpoint.isBlank() ? null : privateEndpoint;
    }

    public DataStore(String id, String name, String type, String location, String connector) {
        this(id, name, type, location, connector, null, false);
    }

    public DataStore(String id, String name, String type, String location) {
        this(id, name, type, location, null, null, false);
    }

    /** This store reached through a private endpoint in the virtual network {@code network}. */
    public DataStore withPrivateEndpoint(String network) {
        return new DataStore(id, name, type, location, connector, network, managedPrivateEndpoint);
    }

    /** This store reached (or not) through a managed private endpoint of the factory's managed virtual network. */
    public DataStore withManagedPrivateEndpoint(boolean managed) {
        return new DataStore(id, name, type, location, connector, privateEndpoint, managed);
    }
}
