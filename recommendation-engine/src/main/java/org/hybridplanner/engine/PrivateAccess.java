package org.hybridplanner.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The private-access concern: for every store a runtime reaches through a private endpoint, the private DNS zone
 * its name must resolve in (private-endpoints.json), and, for stores every runtime reaches privately, that their
 * public network access can be disabled (docs/decisions.md, "Private endpoints", "Public network access").
 */
final class PrivateAccess {
    private final ValidatedPlan plan;
    private final Findings findings;
    private final StoreAccess access;

    PrivateAccess(ValidatedPlan plan, Findings findings, StoreAccess access) {
        this.plan = plan;
        this.findings = findings;
        this.access = access;
    }

    void advise(List<Runtimes.Draft> runtimes) {
        List<DataStore> stores = plan.plan().dataStores();
        // Per store, by position: reached privately (endpoint or managed endpoint) / over a public endpoint.
        boolean[] privately = new boolean[stores.size()];
        boolean[] publicly = new boolean[stores.size()];
        boolean[] throughEndpoint = new boolean[stores.size()];
        Map<String, String> howByType = new HashMap<>();
        for (Runtimes.Draft runtime : runtimes) {
            for (int i = 0; i < runtime.flowCount(); i++) {
                int flowAt = runtime.flowPosition(i);
                Flow flow = plan.plan().flows().get(flowAt);
                int sourceAt = plan.sourceOf(flowAt);
                int sinkAt = plan.sinkOf(flowAt);
                record(access.of(runtime.type, flow, flowAt, sourceAt), sourceAt, privately, publicly,
                        throughEndpoint);
                record(access.of(runtime.type, flow, flowAt, sinkAt), sinkAt, privately, publicly, throughEndpoint);
            }
        }
        for (int storeAt = 0; storeAt < stores.size(); storeAt++) {
            DataStore store = stores.get(storeAt);
            if (throughEndpoint[storeAt]) {
                Location network = access.network(storeAt);
                String zone = plan.catalog().privateEndpoint(store.type())
                        .flatMap(spec -> spec.privateDnsZone(plan.cloud())).orElseThrow();
                findings.warn("PRIVATE_DNS_ZONE", store.id(), Map.of("store", store.name(), "network",
                        network.name(), "zone", zone));
            }
            if (privately[storeAt] && !publicly[storeAt]) {
                // How, from private-endpoints.json: each resource has its own command (or none). The words
                // depend only on the store's type: written once per type, not once per store.
                String how = howByType.computeIfAbsent(store.type(), type -> plan.catalog().privateEndpoint(type)
                        .map(spec -> spec.disablePublicAccess() == null ? "See the resource's networking settings."
                                : spec.disablePublicAccess().inWords(spec.resource().noun()))
                        .orElseThrow());
                findings.warn("PUBLIC_ACCESS_CAN_BE_DISABLED", store.id(), Map.of("store", store.name(), "how", how));
            }
        }
    }

    private static void record(StoreAccess.Way way, int storeAt, boolean[] privately, boolean[] publicly,
            boolean[] throughEndpoint) {
        switch (way) {
            case PRIVATE_ENDPOINT -> {
                privately[storeAt] = true;
                throughEndpoint[storeAt] = true;
            }
            case MANAGED_PRIVATE_ENDPOINT -> privately[storeAt] = true;
            case PRIVATE_NETWORK -> {
                // A store standing in a private network has no public endpoint to disable.
            }
            case PUBLIC_ENDPOINT, AZURE_RUNTIME_LOADS -> publicly[storeAt] = true;
        }
    }
}
