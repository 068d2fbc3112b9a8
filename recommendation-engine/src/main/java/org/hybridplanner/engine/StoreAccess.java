package org.hybridplanner.engine;

import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.ValidatedPlan;

/**
 * How a runtime reaches a data store for one flow: the one place that says whether traffic goes to a public
 * endpoint, over a private network, through the store's private endpoint or through a managed private endpoint,
 * or whether the Azure runtime connects instead (staged copy into a public store). Firewall rules, the allowlist
 * and the private-access advice all ask here.
 */
final class StoreAccess {
    /** The ways a runtime reaches a store. */
    enum Way {
        /** Over the store's public endpoint. */
        PUBLIC_ENDPOINT,
        /** Over a private network the store stands in (no private endpoint). */
        PRIVATE_NETWORK,
        /** Through the store's private endpoint in a virtual network. */
        PRIVATE_ENDPOINT,
        /** The Azure runtime in the factory's managed virtual network, through a managed private endpoint. */
        MANAGED_PRIVATE_ENDPOINT,
        /** The self-hosted runtime does not connect: the Azure runtime loads the store (staged copy). */
        AZURE_RUNTIME_LOADS
    }

    private static final Way[] WAYS = Way.values();

    private final ValidatedPlan plan;
    private final boolean managedNetwork;
    /**
     * How a self-hosted runtime reaches each store, by its position in the plan, before staged copy is considered
     * (1 + the {@link Way}'s ordinal; 0 until first asked): it depends only on the store, and a large plan asks
     * for every end of every flow of every runtime, twice.
     */
    private final byte[] selfHostedWays;

    StoreAccess(ValidatedPlan plan) {
        this.plan = plan;
        this.managedNetwork = plan.plan().dataFactory().managedVirtualNetwork();
        this.selfHostedWays = new byte[plan.plan().dataStores().size()];
    }

    /** The network self-hosted runtimes reach the store at {@code storeAt} through (its private endpoint's). */
    Location network(int storeAt) {
        return plan.plan().locations().get(plan.networkOf(storeAt));
    }

    /** True when the Azure runtime reaches the store at {@code storeAt} through a managed private endpoint. */
    boolean managedPrivateEndpoint(int storeAt) {
        return managedNetwork && plan.plan().dataStores().get(storeAt).managedPrivateEndpoint();
    }

    /** True when the Azure runtime (in the managed network, if any) can reach the store at all. */
    boolean azureRuntimeReaches(int storeAt) {
        return managedPrivateEndpoint(storeAt) || plan.privateEndpointOf(storeAt) < 0
                && !network(storeAt).kind().isPrivate();
    }

    /**
     * How a runtime of {@code type} reaches the store at {@code storeAt} for the flow at {@code flowAt} (positions
     * in the plan).
     */
    Way of(RuntimeType type, Flow flow, int flowAt, int storeAt) {
        if (type == RuntimeType.AZURE) {
            return managedPrivateEndpoint(storeAt) ? Way.MANAGED_PRIVATE_ENDPOINT : Way.PUBLIC_ENDPOINT;
        }
        // Store ids are unique, so the flow's sink is the store at its sink position; the store's network is read
        // only for the sinks of staged copies.
        if (flow.stagedCopy() && plan.sinkOf(flowAt) == storeAt
                && StagedCopy.azureRuntimeLoads(true, true, network(storeAt))) {
            return Way.AZURE_RUNTIME_LOADS;
        }
        return selfHostedWay(storeAt);
    }

    private Way selfHostedWay(int storeAt) {
        int known = selfHostedWays[storeAt];
        if (known == 0) {
            Way way = plan.privateEndpointOf(storeAt) >= 0 ? Way.PRIVATE_ENDPOINT
                    : network(storeAt).kind().isPrivate() ? Way.PRIVATE_NETWORK : Way.PUBLIC_ENDPOINT;
            known = 1 + way.ordinal();
            selfHostedWays[storeAt] = (byte) known;
        }
        return WAYS[known - 1];
    }
}
