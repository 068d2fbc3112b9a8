package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A place where data stores live. Private locations may carry the public addresses their traffic leaves from
 * ({@code egressIps}), the private ranges their machines use ({@code addressSpaces}) and, from plan-format
 * version 2, the nodes of the self-hosted runtime they host ({@code runtimeNodes}; null: one node).
 */
public record Location(String id, String name, LocationKind kind, List<String> egressIps, List<String> addressSpaces,
        @JsonInclude(JsonInclude.Include.NON_NULL) RuntimeNodes runtimeNodes) {
    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
        egressIps = egressIps == null ? List.of() : List.copyOf(egressIps);
        addressSpaces = addressSpaces == null ? List.of() : List.copyOf(addressSpaces);
    }

    public Location(String id, String name, LocationKind kind, List<String> egressIps, List<String> addressSpaces) {
        this(id, name, kind, egressIps, addressSpaces, null);
    }

    public Location(String id, String name, LocationKind kind) {
        this(id, name, kind, List.of(), List.of(), null);
    }

    /** The nodes of a self-hosted runtime here: one node unless the plan says otherwise. */
    public RuntimeNodes nodes() {
        return runtimeNodes == null ? RuntimeNodes.SINGLE : runtimeNodes;
    }
}
