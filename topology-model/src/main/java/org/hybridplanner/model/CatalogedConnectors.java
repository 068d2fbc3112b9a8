package org.hybridplanner.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stored {@code OTHER_CONNECTOR} store whose Data Factory connector the catalog has since gained a type for
 * (for example {@code AzureBlobFS}, now Azure Data Lake Storage Gen2) as a store of that type, so that plans
 * imported before the catalog grew get the type's rules. A store stays {@code OTHER_CONNECTOR} when the type may
 * not stand in its location's kind or is not offered in the factory's cloud: reading never turns a valid plan into
 * an invalid one. docs/plan-format.md, "Stores of connectors the catalog did not know".
 */
final class CatalogedConnectors {
    private CatalogedConnectors() {
    }

    static void apply(PlanValidator.Draft draft, Catalog catalog) {
        List<DataStore> stores = draft.dataStores;
        Map<String, Location> locations = null;
        for (int i = 0; i < stores.size(); i++) {
            DataStore store = stores.get(i);
            if (store == null || !DataStore.OTHER_CONNECTOR.equals(store.type()) || store.connector() == null) {
                continue;
            }
            StoreTypeSpec spec = catalog.storeTypeOfConnector(store.connector()).orElse(null);
            if (spec == null || spec.type().equals(DataStore.OTHER_CONNECTOR)) {
                continue;
            }
            if (locations == null) {
                locations = new HashMap<>();
                for (Location location : draft.locations) {
                    if (location != null) {
                        locations.putIfAbsent(location.id(), location);
                    }
                }
            }
            Location location = locations.get(store.location());
            if (location == null || !spec.mayStandIn(location.kind()) || !offeredInFactoryCloud(spec, draft, catalog)) {
                continue;
            }
            stores.set(i, new DataStore(store.id(), store.name(), spec.type(), store.location()));
        }
    }

    private static boolean offeredInFactoryCloud(StoreTypeSpec spec, PlanValidator.Draft draft, Catalog catalog) {
        if (draft.dataFactory == null || draft.dataFactory.region() == null) {
            return true;
        }
        return catalog.cloudOf(draft.dataFactory.region()).map(spec::offeredIn).orElse(true);
    }
}
