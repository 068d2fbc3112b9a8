package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A place where data stores live. Private locations may carry the public addresses their traffic leaves from
 * ({@code egressIps}) and the private ranges their machines use ({@code addressSpaces}).
 */
public record Location(String id, String name, LocationKind kind, List<String> egressIps, List<String> addressSpaces) {
    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
        egressIps = egressIps == null ? List.of() : List.copyOf(egressIps);
        addressSpaces = addressSpaces == null ? List.of() : List.copyOf(addressSpaces);
    }

    public Location(String id, String name, LocationKind kind) {
        this(id, name, kind, List.of(), List.of());
    }
}
