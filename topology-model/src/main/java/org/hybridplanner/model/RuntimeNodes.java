package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The nodes of the self-hosted integration runtime a private location hosts (high availability). A runtime has
 * one to {@link #MAX_NODES} nodes; {@code addresses}, when given, names each node's address (one per node).
 *
 * @param count how many machines run the runtime
 * @param addresses each node's address as the data stores see it over a private path; empty when not known
 */
public record RuntimeNodes(int count, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> addresses) {
    /** Self-hosted integration runtime nodes are limited to four per runtime. */
    public static final int MAX_NODES = 4;
    /** One node, address unknown: the default for every private location. */
    public static final RuntimeNodes SINGLE = new RuntimeNodes(1, List.of());

    public RuntimeNodes {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** True for a runtime of more than one node. */
    public boolean moreThanOne() {
        return count > 1;
    }
}
