package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * How one flow runs.
 *
 * @param id the flow's id
 * @param source the source store's id
 * @param sink the sink store's id
 * @param scenario cloud or hybrid
 * @param status OK, or BLOCKED when no runtime can reach both ends
 * @param runtime the id of the runtime that runs it, null when blocked
 * @param network the connectivity on the leg leaving the runtime's location, null when blocked
 * @param path location ids the data crosses, from source to sink (one element when both ends share a location)
 * @param reasons why, each with its reference
 */
public record FlowDecision(String id, String source, String sink, Scenario scenario, FlowStatus status,
        String runtime, Network network, List<String> path, List<Reason> reasons) {
    public FlowDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        path = List.copyOf(path);
        reasons = List.copyOf(reasons);
    }
}
