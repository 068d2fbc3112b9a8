package org.hybridplanner.engine;

import org.hybridplanner.model.DataStore;
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

    private final ValidatedPlan plan;
    private final boolean managedNetwork;

    StoreAccess(ValidatedPlan plan) {
        this.plan = plan;
        this.managedNetwork = plan.plan().dataFactory().managedVirtualNetwork();
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

    /** How a runtime of {@code type} reaches the store at {@code storeAt} for {@code flow}. */
    Way of(RuntimeType type, Flow flow, int storeAt) {
        DataStore store = plan.plan().dataStores().get(storeAt);
        if (type == RuntimeType.AZURE) {
            return managedPrivateEndpoint(storeAt) ? Way.MANAGED_PRIVATE_ENDPOINT : Way.PUBLIC_ENDPOINT;
        }
        Location network = network(storeAt);
        if (StagedCopy.azureRuntimeLoads(flow, store, network)) {
            return Way.AZURE_RUNTIME_LOADS;
        }
        if (plan.privateEndpointOf(storeAt) >= 0) {
            return Way.PRIVATE_ENDPOINT;
        }
        return network.kind().isPrivate() ? Way.PRIVATE_NETWORK : Way.PUBLIC_ENDPOINT;
    }
}
