package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.hybridplanner.engine.SeedRows.AllowlistRow;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The allowlist concern: for every store type of allowlist-stores.json, an entry per runtime that connects to the
 * store: a self-hosted runtime's egress addresses over a public endpoint or its address spaces over a private path,
 * the Azure runtime's service tag, and, for a staged copy into a public store, the Azure runtime that loads it
 * instead of the self-hosted one (docs/decisions.md, "Staged copy, both directions").
 */
final class Allowlist {
    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final Findings findings;
    private final List<String> serviceTag;
    /** Each store's allowlist row by its position in the plan, looked up when the store is first met. */
    private final AllowlistRow[] rows;
    private final boolean[] looked;

    Allowlist(RuleBook rules, ValidatedPlan plan, Findings findings) {
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
        this.serviceTag = List.of("DataFactory." + plan.plan().dataFactory().region());
        this.rows = new AllowlistRow[plan.plan().dataStores().size()];
        this.looked = new boolean[rows.length];
    }

    List<AllowlistEntry> of(List<Runtimes.Draft> runtimes) {
        List<AllowlistEntry> entries = new ArrayList<>();
        // The stores (by position in the plan) each runtime already has its entry for.
        Map<String, BitSet> entered = new HashMap<>();
        for (Runtimes.Draft runtime : runtimes) {
            BitSet enteredForRuntime = entered.computeIfAbsent(runtime.id, id -> new BitSet());
            for (int i = 0; i < runtime.flowCount(); i++) {
                int flowAt = runtime.flowPosition(i);
                Flow flow = plan.plan().flows().get(flowAt);
                int sinkAt = plan.sinkOf(flowAt);
                entry(runtime, flow, plan.sourceOf(flowAt), sinkAt, enteredForRuntime, entered, entries);
                entry(runtime, flow, sinkAt, sinkAt, enteredForRuntime, entered, entries);
            }
        }
        return entries;
    }

    private void entry(Runtimes.Draft runtime, Flow flow, int storeAt, int sinkAt, BitSet enteredForRuntime,
            Map<String, BitSet> entered, List<AllowlistEntry> entries) {
        DataStore store = plan.plan().dataStores().get(storeAt);
        if (!looked[storeAt]) {
            rows[storeAt] = rules.allowlist.get(store.type());
            looked[storeAt] = true;
        }
        AllowlistRow row = rows[storeAt];
        if (row == null) {
            return;
        }
        if (runtime.type == RuntimeType.SELF_HOSTED && StagedCopy.azureRuntimeLoads(flow.stagedCopy(),
                storeAt == sinkAt, plan.plan().locations().get(plan.locationOf(storeAt)))) {
            BitSet enteredForAzure = entered.computeIfAbsent(RecommendationEngine.AZURE_RUNTIME_ID, id -> new BitSet());
            if (!enteredForAzure.get(storeAt)) {
                enteredForAzure.set(storeAt);
                String reference = findings.cite(CitedReference.STAGED_COPY_LOAD_ALLOWLIST.id());
                entries.add(new AllowlistEntry(store.id(), RecommendationEngine.AZURE_RUNTIME_ID, serviceTag,
                        AddressBasis.SERVICE_TAG, reference, "The Azure integration runtime loads " + store.name()
                                + " from the interim storage account (staged copy of flow " + flow.id()
                                + "): allow it through " + row.firewall() + "; runtime " + runtime.id
                                + " does not connect to it."));
            }
        } else if (!enteredForRuntime.get(storeAt)) {
            enteredForRuntime.set(storeAt);
            entries.add(entry(runtime, store, storeAt, row));
        }
    }

    private AllowlistEntry entry(Runtimes.Draft runtime, DataStore store, int storeAt, AllowlistRow row) {
        if (runtime.type == RuntimeType.AZURE) {
            return new AllowlistEntry(store.id(), runtime.id, serviceTag, AddressBasis.SERVICE_TAG,
                    findings.cite(CitedReference.AZURE_RUNTIME_ALLOWLIST.id()), "Let the Azure integration runtime"
                            + " reach " + store.name() + " through " + row.firewall() + ": allow the ranges of the "
                            + serviceTag.get(0) + " service tag.");
        }
        Location home = plan.location(runtime.location);
        boolean overPublicEndpoint = !plan.plan().locations().get(plan.locationOf(storeAt)).kind().isPrivate();
        List<String> addresses = overPublicEndpoint ? home.egressIps() : home.addressSpaces();
        if (addresses.isEmpty()) {
            findings.warn(overPublicEndpoint ? "MISSING_EGRESS_IP" : "MISSING_ADDRESS_SPACE", store.id(), Map.of(
                    "store", store.name(), "runtime", runtime.id, "location", home.name()));
        }
        return new AllowlistEntry(store.id(), runtime.id, addresses,
                overPublicEndpoint ? AddressBasis.EGRESS_IPS : AddressBasis.ADDRESS_SPACES,
                findings.cite(row.reference()), "Let runtime " + runtime.id + " reach " + store.name()
                        + " through " + row.firewall() + ". The article notes that some of these stores might"
                        + " not require an allowlist entry by default: it is needed once the firewall restricts"
                        + " access.");
    }
}
