package org.hybridplanner.model;

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
 */
public record RuntimePlacement(String id, RuntimeType type, String location, RuntimeHost host,
        List<RuntimeAlternative> alternatives, List<String> flows, List<Reason> reasons) {
    public RuntimePlacement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(host, "host");
        alternatives = List.copyOf(alternatives);
        flows = List.copyOf(flows);
        reasons = List.copyOf(reasons);
    }
}
