package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A data store of a catalog type (for example {@code SQL_SERVER}) at a location.
 *
 * @param connector the Data Factory linked-service type the store was imported from, when the catalog has no type
 *     for it (the store's type is then {@link #OTHER_CONNECTOR}); null otherwise
 */
public record DataStore(String id, String name, String type, String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) String connector) {
    /** The catalog type of a Data Factory connector the catalog does not know: no rules, and a warning. */
    public static final String OTHER_CONNECTOR = "OTHER_CONNECTOR";

    public DataStore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        name = name == null || name.isBlank() ? id : name;
        connector = connector == null || connector.isBlank() ? null : connector;
    }

    public DataStore(String id, String name, String type, String location) {
        this(id, name, type, location, null);
    }
}
