package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan (format version 2): where data lives, how the locations are connected, and which flows must run; and,
 * optionally, where the user put its elements on the diagram ({@code layout}, never read by the engine).
 */
public record Plan(
        int schemaVersion,
        String name,
        DataFactory dataFactory,
        List<Location> locations,
        List<Link> links,
        List<DataStore> dataStores,
        List<Flow> flows,
        RuntimeOptions runtime,
        CredentialOptions credentials,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = PlanLayout.EmptyFilter.class)
        PlanLayout layout) {

    /** The plan-format version this build writes; it also reads version 1 plans, migrating them on read. */
    public static final int SCHEMA_VERSION = 2;

    /** The oldest plan-format version this build reads. */
    public static final int OLDEST_READABLE_VERSION = 1;

    public Plan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataFactory, "dataFactory");
        locations = List.copyOf(locations);
        links = List.copyOf(links);
        dataStores = List.copyOf(dataStores);
        flows = List.copyOf(flows);
        runtime = runtime == null ? RuntimeOptions.DEFAULTS : runtime;
        credentials = credentials == null ? CredentialOptions.DEFAULTS : credentials;
        layout = layout == null ? PlanLayout.EMPTY : layout;
    }

    /** A plan without positions: the diagram arranges everything. */
    public Plan(int schemaVersion, String name, DataFactory dataFactory, List<Location> locations, List<Link> links,
            List<DataStore> dataStores, List<Flow> flows, RuntimeOptions runtime, CredentialOptions credentials) {
        this(schemaVersion, name, dataFactory, locations, links, dataStores, flows, runtime, credentials, null);
    }

    public Optional<Location> location(String id) {
        return locations.stream().filter(location -> location.id().equals(id)).findFirst();
    }

    public Optional<DataStore> dataStore(String id) {
        return dataStores.stream().filter(store -> store.id().equals(id)).findFirst();
    }

    public Optional<Flow> flow(String id) {
        return flows.stream().filter(flow -> flow.id().equals(id)).findFirst();
    }

    public Plan withName(String newName) {
        return new Plan(schemaVersion, newName, dataFactory, locations, links, dataStores, flows, runtime, credentials,
                layout);
    }

    /** This plan with its elements at {@code newLayout} (empty: arranged automatically). */
    public Plan withLayout(PlanLayout newLayout) {
        return new Plan(schemaVersion, name, dataFactory, locations, links, dataStores, flows, runtime, credentials,
                newLayout);
    }
}
