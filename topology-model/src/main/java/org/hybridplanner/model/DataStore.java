package org.hybridplanner.model;

import java.util.Objects;

/** A data store of a catalog type (for example {@code SQL_SERVER}) at a location. */
public record DataStore(String id, String name, String type, String location) {
    public DataStore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        name = name == null || name.isBlank() ? id : name;
    }
}
