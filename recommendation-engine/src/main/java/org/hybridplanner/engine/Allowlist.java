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
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The allowlist concern: for every store type of allowlist-stores.json, an entry per runtime that connects to the
 * store: a self-hosted runtime's egress addresses over a public endpoint or its address spaces over a private path,
 * the Azure runtime's service tag, and, for a staged copy into a public store, the Azure runtime that loads it
 * instead of the self-hosted one (docs/decisions.md, "Staged copy, both directions"). Traffic through a private
 * endpoint or a managed private endpoint is not filtered by the store's IP firewall: its entry lists no addresses
 * and says so (docs/decisions.md, "Private endpoints", "Managed virtual network"). A runtime of several nodes
 * needs each node's address. The interim storage account of staged copies, no store of the plan, gets a note
 * saying who reaches it (docs/decisions.md, "The staging account's firewall").
 */
final class Allowlist {
    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final Findings findings;
    private final List<String> serviceTag;
    private final StoreAccess access;
    /** Each store's allowlist row by its position in the plan, looked up when the store is first met. */
    private final AllowlistRow[] rows;
    private final boolean[] looked;

    Allowlist(RuleBook rules, ValidatedPlan plan, Findings findings, StoreAccess access) {
        this.access = access;
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
            // Sized for every store at once: grown bit by bit, each runtime's set was copied several times.
            BitSet enteredForRuntime = entered.computeIfAbsent(runtime.id, id -> new BitSet(rows.length));
            boolean stages = false;
            boolean azureRuntimeLoads = false;
            for (int i = 0; i < runtime.flowCount(); i++) {
                int flowAt = runtime.flowPosition(i);
                Flow flow = plan.plan().flows().get(flowAt);
                int sinkAt = plan.sinkOf(flowAt);
                entry(runtime, flow, flowAt, plan.sourceOf(flowAt), enteredForRuntime, entered, entries);
                entry(runtime, flow, flowAt, sinkAt, enteredForRuntime, entered, entries);
                if (flow.stagedCopy() && runtime.type == RuntimeType.SELF_HOSTED) {
                    stages = true;
                    azureRuntimeLoads |= access.of(runtime.type, flow, flowAt, sinkAt)
                            == StoreAccess.Way.AZURE_RUNTIME_LOADS;
                }
            }
            if (stages) {
                stagingAccount(runtime, azureRuntimeLoads);
            }
        }
        return entries;
    }

    /**
     * Who reaches the interim storage account of the runtime's staged copies, and what its firewall must allow
     * (docs/decisions.md, "The staging account's firewall"): the account is no store of the plan, so a note says it.
     */
    private void stagingAccount(Runtimes.Draft runtime, boolean azureRuntimeLoads) {
        Location home = plan.location(runtime.location);
        String addresses = home.egressIps().isEmpty()
                ? "runtime " + runtime.id + "'s egress addresses (" + home.name() + " lists none: add its egressIps)"
                : "runtime " + runtime.id + "'s egress addresses " + String.join(", ", home.egressIps());
        findings.warn("STAGING_ACCOUNT_FIREWALL", runtime.id, Map.of("runtime", runtime.id,
                "who", azureRuntimeLoads ? "the runtime and the Azure integration runtime (which loads the staged"
                        + " data into the sink) reach" : "only the runtime reaches",
                "allow", azureRuntimeLoads ? addresses + " and the ranges of the " + serviceTag.get(0) + " service tag"
                        + ", or the exception for trusted Azure services" : addresses));
    }

    private void entry(Runtimes.Draft runtime, Flow flow, int flowAt, int storeAt, BitSet enteredForRuntime,
            Map<String, BitSet> entered, List<AllowlistEntry> entries) {
        if (!looked[storeAt]) {
            rows[storeAt] = rules.allowlist.get(plan.plan().dataStores().get(storeAt).type());
            looked[storeAt] = true;
        }
        AllowlistRow row = rows[storeAt];
        if (row == null) {
            return;
        }
        StoreAccess.Way way = access.of(runtime.type, flow, flowAt, storeAt);
        // The store itself is read only for a new entry: most ends of a runtime's flows are stores it already has
        // one for, and on a large plan reading each of them was a cache miss per end of every flow.
        if (way == StoreAccess.Way.AZURE_RUNTIME_LOADS) {
            BitSet enteredForAzure = entered.computeIfAbsent(RecommendationEngine.AZURE_RUNTIME_ID, id -> new BitSet());
            if (!enteredForAzure.get(storeAt)) {
                enteredForAzure.set(storeAt);
                DataStore store = plan.plan().dataStores().get(storeAt);
                String reference = findings.cite(CitedReference.STAGED_COPY_LOAD_ALLOWLIST.id());
                entries.add(new AllowlistEntry(store.id(), RecommendationEngine.AZURE_RUNTIME_ID, serviceTag,
                        AddressBasis.SERVICE_TAG, reference, "The Azure integration runtime loads " + store.name()
                                + " from the interim storage account (staged copy of flow " + flow.id()
                                + "): allow it through " + row.firewall() + "; runtime " + runtime.id
                                + " does not connect to it."));
            }
        } else if (!enteredForRuntime.get(storeAt)) {
            enteredForRuntime.set(storeAt);
            entries.add(entry(runtime, plan.plan().dataStores().get(storeAt), storeAt, row, way));
        }
    }

    private AllowlistEntry entry(Runtimes.Draft runtime, DataStore store, int storeAt, AllowlistRow row,
            StoreAccess.Way way) {
        if (way == StoreAccess.Way.MANAGED_PRIVATE_ENDPOINT) {
            return new AllowlistEntry(store.id(), runtime.id, List.of(), AddressBasis.MANAGED_PRIVATE_ENDPOINT,
                    findings.cite(CitedReference.MANAGED_NETWORK_ALLOWLIST.id()), "The Azure integration runtime"
                            + " reaches " + store.name() + " through a managed private endpoint of the factory's"
                            + " managed virtual network: approve that private endpoint connection on "
                            + store.name() + ". This traffic is not filtered by " + row.firewall() + ", so no"
                            + " service tag or address is allowed for it.");
        }
        if (way == StoreAccess.Way.PRIVATE_ENDPOINT) {
            Location network = access.network(storeAt);
            return new AllowlistEntry(store.id(), runtime.id, List.of(), AddressBasis.PRIVATE_ENDPOINT,
                    findings.cite(CitedReference.PRIVATE_ENDPOINT_ALLOWLIST.id()), "Runtime " + runtime.id
                            + " reaches " + store.name() + " through its private endpoint in " + network.name()
                            + ". This traffic is not filtered by " + row.firewall() + ", so no private range is"
                            + " listed for it.");
        }
        if (runtime.type == RuntimeType.AZURE) {
            return new AllowlistEntry(store.id(), runtime.id, serviceTag, AddressBasis.SERVICE_TAG,
                    findings.cite(CitedReference.AZURE_RUNTIME_ALLOWLIST.id()), "Let the Azure integration runtime"
                            + " reach " + store.name() + " through " + row.firewall() + ": allow the ranges of the "
                            + serviceTag.get(0) + " service tag." + setBy(row));
        }
        Location home = plan.location(runtime.location);
        boolean overPublicEndpoint = way == StoreAccess.Way.PUBLIC_ENDPOINT;
        List<String> nodeAddresses = runtime.nodes.addresses();
        List<String> addresses = overPublicEndpoint ? home.egressIps()
                : nodeAddresses.isEmpty() ? home.addressSpaces() : nodeAddresses;
        if (addresses.isEmpty()) {
            findings.warn(overPublicEndpoint ? "MISSING_EGRESS_IP" : "MISSING_ADDRESS_SPACE", store.id(), Map.of(
                    "store", store.name(), "runtime", runtime.id, "location", home.name()));
        }
        // A runtime of several nodes gets the same entry as one of a single node (its note that the store might
        // not require it, its citation), and the node statement as a note citing the decision it rests on.
        String purpose = "Let runtime " + runtime.id + " reach " + store.name() + " through " + row.firewall()
                + ". The article notes that some of these stores might not require an allowlist entry by default:"
                + " it is needed once the firewall restricts access." + setBy(row);
        List<Reason> notes = !runtime.nodes.moreThanOne() ? List.of() : List.of(findings.reason("Runtime "
                + runtime.id + " runs on " + runtime.nodes.count() + " nodes, and each of them reaches " + store.name()
                + ": " + (overPublicEndpoint ? "every node's traffic must leave through these egress addresses."
                        : nodeAddresses.isEmpty() ? "allow each node's address (the plan gives only the"
                                + " location's address spaces)." : "the node addresses are listed."),
                CitedReference.RUNTIME_NODES_ALLOWLIST));
        return new AllowlistEntry(store.id(), runtime.id, addresses,
                overPublicEndpoint ? AddressBasis.EGRESS_IPS : AddressBasis.ADDRESS_SPACES,
                findings.cite(row.reference()), purpose, notes);
    }

    /** The commands that set the entry, when the row names them. */
    private static String setBy(AllowlistRow row) {
        return row.setBy() == null ? "" : " " + row.setBy();
    }
}
