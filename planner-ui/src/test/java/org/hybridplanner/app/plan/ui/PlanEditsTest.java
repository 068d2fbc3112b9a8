package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;

/** New elements take the first free id of their kind, so that a removal leaves no gap and no id is skipped. */
class PlanEditsTest {
    private static final Plan README = RecommendationEngine.standard().reader()
            .read(ExamplePlans.byId(ViewTestSupport.README_EXAMPLE).json()).planOrThrow();
    private static final Plan WITH_GAPS = new Plan(README.schemaVersion(), "Gaps", README.dataFactory(),
            List.of(new Location("location-2", "Site", LocationKind.ON_PREMISES)), List.of(),
            List.of(new DataStore("store-1", "One", "SQL_SERVER", "location-2"),
                    new DataStore("store-3", "Three", "SQL_SERVER", "location-2")),
            List.of(), README.runtime(), README.credentials());

    @Test
    void aDroppedStoreTakesTheFirstFreeStoreId() {
        Plan added = PlanEdits.addDataStore(WITH_GAPS, "FILE_SHARE", "location-2", "File share", null);

        assertThat(added.dataStores()).extracting(DataStore::id).containsExactly("store-1", "store-3", "store-2");
    }

    @Test
    void aDroppedLocationTakesTheFirstFreeLocationId() {
        Plan added = PlanEdits.addLocation(WITH_GAPS, LocationKind.AZURE_VIRTUAL_NETWORK, null);

        assertThat(added.locations()).extracting(Location::id).containsExactly("location-2", "location-1");
    }
}
