package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An integration runtime and where it runs.
 *
 * @param id for example {@code shir-dc} (self-hosted, at location dc) or {@code azure-ir}
 * @param type Azure or self-hosted
 * @param location the plan location it is placed in; null for the Azure runtime
 * @param host the machine it runs on
 * @param alternatives other acceptable hosts
 * @param flows ids of the flows it runs
 * @param reasons why it is placed there
 * @param nodes how many machines run a self-hosted runtime of more than one node; null for one node and for the
 *     Azure runtime
 */
public record RuntimePlacement(String id, RuntimeType type, String location, RuntimeHost host,
        List<RuntimeAlternative> alternatives, List<String> flows, List<Reason> reasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer nodes) {
    public RuntimePlacement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(host, "host");
        alternatives = List.copyOf(alternatives);
        flows = List.copyOf(flows);
        reasons = List.copyOf(reasons);
        nodes = nodes == null || nodes <= 1 ? null : nodes;
    }

    /** A runtime of one node. */
    public RuntimePlacement(String id, RuntimeType type, String location, RuntimeHost host,
            List<RuntimeAlternative> alternatives, List<String> flows, List<Reason> reasons) {
        this(id, type, location, host, alternatives, flows, reasons, null);
    }

    /** How many machines run it (1 unless a self-hosted runtime has more nodes). */
    public int nodeCount() {
        return nodes == null ? 1 : nodes;
    }
}
