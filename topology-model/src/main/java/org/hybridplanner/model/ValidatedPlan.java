package org.hybridplanner.model;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A plan that {@link PlanValidator} has accepted, with the index its validation built: each location, data store
 * and flow by id, each store's location and each flow's source and sink by position in the plan's lists, and the
 * Azure cloud of the data factory's region. Only validation makes one ({@link PlanValidator#check},
 * {@link PlanReader#read}), so whoever receives one knows that every id is unique, every reference resolves and
 * every type is in the catalog, and need not check again. Immutable.
 */
public final class ValidatedPlan {
    private final Plan plan;
    private final Catalog catalog;
    private final AzureCloud cloud;
    private final Map<String, Integer> locations;
    private final Map<String, Integer> dataStores;
    private final Map<String, Integer> flows;
    private final int[] storeLocations;
    private final int[] privateEndpoints;
    private final int[] sources;
    private final int[] sinks;

    /** The index is the validator's own, never changed after validation and never handed out. */
    ValidatedPlan(Plan plan, Catalog catalog, PlanValidator.Index index) {
        this.plan = plan;
        this.catalog = catalog;
        this.cloud = index.cloud();
        this.locations = index.locations();
        this.dataStores = index.stores();
        this.flows = index.flows();
        this.storeLocations = index.storeLocations();
        this.privateEndpoints = index.privateEndpoints();
        this.sources = index.sources();
        this.sinks = index.sinks();
    }

    public Plan plan() {
        return plan;
    }

    /** The catalog the plan was validated against. */
    public Catalog catalog() {
        return catalog;
    }

    /** The cloud of the data factory's region. */
    public AzureCloud cloud() {
        return cloud;
    }

    /** @throws NoSuchElementException for an id that is not one of the plan's locations */
    public Location location(String id) {
        return found(plan.locations(), locations.get(id), "location", id);
    }

    /** @throws NoSuchElementException for an id that is not one of the plan's data stores */
    public DataStore dataStore(String id) {
        return found(plan.dataStores(), dataStores.get(id), "data store", id);
    }

    /** @throws NoSuchElementException for an id that is not one of the plan's flows */
    public Flow flow(String id) {
        return found(plan.flows(), flows.get(id), "flow", id);
    }

    /** The location a data store stands in. */
    public Location locationOf(DataStore store) {
        return location(store.location());
    }

    /** The position in {@link Plan#locations()} of the location of the data store at {@code store}. */
    public int locationOf(int store) {
        return storeLocations[store];
    }

    /**
     * The position in {@link Plan#locations()} of the virtual network holding the private endpoint of the data
     * store at {@code store}, or -1 when it has none (named by {@link DataStore#privateEndpoint()}, or the network
     * it stands in when its type has a private endpoint).
     */
    public int privateEndpointOf(int store) {
        return privateEndpoints[store];
    }

    /**
     * The position in {@link Plan#locations()} of the network through which self-hosted runtimes reach the data
     * store at {@code store}: the virtual network of its private endpoint, else the location it stands in.
     */
    public int networkOf(int store) {
        int endpoint = privateEndpoints[store];
        return endpoint >= 0 ? endpoint : storeLocations[store];
    }

    /** The position in {@link Plan#dataStores()} of the source of the flow at {@code flow}. */
    public int sourceOf(int flow) {
        return sources[flow];
    }

    /** The position in {@link Plan#dataStores()} of the sink of the flow at {@code flow}. */
    public int sinkOf(int flow) {
        return sinks[flow];
    }

    private static <T> T found(List<T> elements, Integer position, String kind, String id) {
        if (position == null) {
            throw new NoSuchElementException("the plan has no " + kind + " '" + id + "'");
        }
        return elements.get(position);
    }
}
