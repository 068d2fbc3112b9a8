package org.hybridplanner.model;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A plan that {@link PlanValidator} has accepted, with its locations, data stores and flows indexed by id and the
 * Azure cloud of its data factory's region. Only validation makes one ({@link PlanValidator#check},
 * {@link PlanReader#read}), so whoever receives one knows that every id is unique, every reference resolves and
 * every type is in the catalog, and need not check again. Immutable.
 */
public final class ValidatedPlan {
    private final Plan plan;
    private final Catalog catalog;
    private final AzureCloud cloud;
    private final Map<String, Location> locations;
    private final Map<String, DataStore> dataStores;
    private final Map<String, Flow> flows;

    /** The maps are the validator's own, never changed after validation and never handed out. */
    ValidatedPlan(Plan plan, Catalog catalog, AzureCloud cloud, Map<String, Location> locations,
            Map<String, DataStore> dataStores, Map<String, Flow> flows) {
        this.plan = plan;
        this.catalog = catalog;
        this.cloud = cloud;
        this.locations = locations;
        this.dataStores = dataStores;
        this.flows = flows;
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
        return found(locations.get(id), "location", id);
    }

    /** @throws NoSuchElementException for an id that is not one of the plan's data stores */
    public DataStore dataStore(String id) {
        return found(dataStores.get(id), "data store", id);
    }

    /** @throws NoSuchElementException for an id that is not one of the plan's flows */
    public Flow flow(String id) {
        return found(flows.get(id), "flow", id);
    }

    /** The location a data store stands in. */
    public Location locationOf(DataStore store) {
        return location(store.location());
    }

    private static <T> T found(T element, String kind, String id) {
        if (element == null) {
            throw new NoSuchElementException("the plan has no " + kind + " '" + id + "'");
        }
        return element;
    }
}
