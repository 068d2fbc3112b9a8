package org.hybridplanner.engine;

import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Reason;

/**
 * Who connects to which store of a hybrid flow when it uses staged copy (docs/decisions.md, "Staged copy, both
 * directions"). Into a store on a public endpoint, the self-hosted runtime writes only to the interim storage
 * account and the Azure integration runtime loads the store; a flow that reads from a cloud store keeps the
 * runtime's connection to it, because the article names staged copy as the way to avoid port 1433 only when
 * copying <em>to</em> SQL Database or Synapse.
 */
final class StagedCopy {
    private final Findings findings;
    private final Runtimes runtimes;

    StagedCopy(Findings findings, Runtimes runtimes) {
        this.findings = findings;
        this.runtimes = runtimes;
    }

    /** True when the flow's self-hosted runtime connects to {@code store} itself. */
    static boolean selfHostedRuntimeConnects(Flow flow, DataStore store, Location storeLocation) {
        return !azureRuntimeLoads(flow, store, storeLocation);
    }

    /** True when {@code store} is the sink of a staged hybrid flow and the Azure integration runtime loads it. */
    static boolean azureRuntimeLoads(Flow flow, DataStore store, Location storeLocation) {
        return azureRuntimeLoads(flow.stagedCopy(), flow.sink().equals(store.id()), storeLocation);
    }

    /** The same, for a store known to be (or not to be) the flow's sink. */
    static boolean azureRuntimeLoads(boolean stagedCopy, boolean storeIsSink, Location storeLocation) {
        return stagedCopy && storeIsSink && !storeLocation.kind().isPrivate();
    }

    /**
     * What staged copy changes for a hybrid flow run by {@code runtime}: who connects to the stores, and who loads
     * the sink (the Azure runtime, which then says so among its own reasons).
     */
    Reason reason(Flow flow, DataStore source, Location from, DataStore sink, Location to, Runtimes.Draft runtime) {
        if (azureRuntimeLoads(flow, sink, to)) {
            runtimes.azure().reason(findings.reason("The Azure integration runtime loads the staged data of flow "
                    + flow.id() + " from the interim storage account into " + sink.name()
                    + " (the second stage of staged copy).", CitedReference.STAGED_COPY));
            return findings.reason("Staged copy: runtime " + runtime.id + " writes the data to the interim Azure"
                    + " storage account over HTTPS (443), and the Azure integration runtime loads it into "
                    + sink.name() + "; the runtime opens no connection to " + sink.name() + ".",
                    CitedReference.STAGED_COPY);
        }
        if (!from.kind().isPrivate()) {
            return findings.reason("Staged copy: runtime " + runtime.id + " also reads and writes the interim"
                    + " Azure storage account, and still connects to " + source.name() + " itself: the article"
                    + " names staged copy as the way to avoid port 1433 only when copying to SQL Database or"
                    + " Synapse.", CitedReference.STAGED_COPY);
        }
        return findings.reason("Staged copy: runtime " + runtime.id + " also writes to and reads from the interim"
                + " Azure storage account over HTTPS (443).", "Outbound: staged copy", ClaimKind.STAGED_COPY);
    }
}
