package org.hybridplanner.engine;

import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;

/**
 * Who connects to which store of a hybrid flow when it uses staged copy (docs/decisions.md, "Staged copy, both
 * directions"). Into a store on a public endpoint, the self-hosted runtime writes only to the interim storage
 * account and the Azure integration runtime loads the store; a flow that reads from a cloud store keeps the
 * runtime's connection to it, because the article names staged copy as the way to avoid port 1433 only when
 * copying <em>to</em> SQL Database or Synapse.
 */
final class StagedCopy {
    private StagedCopy() {
    }

    /** True when the flow's self-hosted runtime connects to {@code store} itself. */
    static boolean selfHostedRuntimeConnects(Flow flow, DataStore store, Location storeLocation) {
        return !azureRuntimeLoads(flow, store, storeLocation);
    }

    /** True when {@code store} is the sink of a staged hybrid flow and the Azure integration runtime loads it. */
    static boolean azureRuntimeLoads(Flow flow, DataStore store, Location storeLocation) {
        return flow.stagedCopy() && flow.sink().equals(store.id()) && !storeLocation.kind().isPrivate();
    }
}
