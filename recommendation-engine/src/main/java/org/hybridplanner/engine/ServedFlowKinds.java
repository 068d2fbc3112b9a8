package org.hybridplanner.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hybridplanner.engine.SeedRows.ServedFlowCondition;
import org.hybridplanner.model.ValidatedPlan;

/**
 * Whether served flows meet firewall-rule conditions, decided once per kind of flow end: a served-flow condition
 * holds when one end of the flow matches it, and whether an end matches reads only its store's type, whether the
 * store is reached in a private network (its own location, or the virtual network of its private endpoint:
 * {@link StoreAccess#network}) and whether through a private endpoint, whether it is the flow's sink and whether the flow is a staged copy. A large plan has
 * tens of thousands of flows between thousands of combinations of store types (6,469 kinds of flow for 20,000
 * flows), but at most twelve kinds of end per store type (docs/benchmarks.md): every further flow costs a few
 * array reads.
 */
final class ServedFlowKinds {
    /** Whether one end of a flow matches a condition: {@code storeAt} is the source's or the sink's position. */
    @FunctionalInterface
    interface EndTest {
        boolean matches(int flowAt, int storeAt);
    }

    private final ValidatedPlan plan;
    private final StoreAccess access;
    /** Each store's type and privacy as one number, by the store's position in the plan; -1 until first asked. */
    private final int[] storeClasses;
    private final Map<String, Integer> typeNumbers = new HashMap<>();
    /** How many store classes there can be: three per store type of the catalog (public, private, endpoint). */
    private final int classCount;
    /**
     * {@link #endsOf}'s first flow and store of each kind of end, -1 where none: kept between its calls (one per
     * runtime, hundreds on a large plan, each array a few kilobytes), and only the kinds met are reset.
     */
    private int[] firstFlow;
    private int[] firstStore;
    /** Per condition (the seed row's own object). */
    private final Map<ServedFlowCondition, Condition> decided = new IdentityHashMap<>();

    ServedFlowKinds(ValidatedPlan plan, StoreAccess access) {
        this.plan = plan;
        this.access = access;
        this.storeClasses = new int[plan.plan().dataStores().size()];
        this.classCount = 3 * plan.catalog().storeTypes().size();
        Arrays.fill(storeClasses, -1);
    }

    /**
     * Whether flows meet the condition: a flow meets it when {@code test} holds for its source or its sink;
     * {@code test} decides it for the first end of each kind, and its answer stands for the others.
     */
    Condition condition(ServedFlowCondition condition, EndTest test) {
        return decided.computeIfAbsent(condition, c -> new Condition(test));
    }

    /** One condition's answers, by kind of flow end. */
    final class Condition {
        private final EndTest test;
        /**
         * By store class, then whether the store is the sink, then whether the flow is a staged copy: 0 until
         * decided, then 1 (not met) or 2 (met).
         */
        private final byte[] byEnd = new byte[4 * classCount];

        private Condition(EndTest test) {
            this.test = test;
        }

        /** Whether the flow at {@code flowAt} in the plan meets the condition. */
        boolean meets(int flowAt) {
            int source = plan.sourceOf(flowAt);
            int sink = plan.sinkOf(flowAt);
            int staged = plan.plan().flows().get(flowAt).stagedCopy() ? 1 : 0;
            // A flow from a store to itself reads and writes the sink.
            return end(flowAt, source, source == sink ? 2 : 0, staged) || end(flowAt, sink, 2, staged);
        }

        /** Whether one of the flows {@code ends} were taken from meets the condition. */
        boolean metByAny(Ends ends) {
            for (int i = 0; i < ends.kinds.length; i++) {
                if (decided(ends.kinds[i], ends.flows[i], ends.stores[i])) {
                    return true;
                }
            }
            return false;
        }

        private boolean end(int flowAt, int storeAt, int sink, int staged) {
            return decided(4 * storeClass(storeAt) + sink + staged, flowAt, storeAt);
        }

        private boolean decided(int kind, int flowAt, int storeAt) {
            if (byEnd[kind] == 0) {
                byEnd[kind] = (byte) (test.matches(flowAt, storeAt) ? 2 : 1);
            }
            return byEnd[kind] == 2;
        }
    }

    /**
     * The kinds of end among {@code flows} (positions in the plan), each with the first flow and store met of that
     * kind: a condition holds for one of the flows exactly when it holds for one of these ends, so a runtime's
     * flows are walked once, not once per row of firewall-rules.json.
     */
    Ends endsOf(int[] flows) {
        if (firstFlow == null) {
            firstFlow = new int[4 * classCount];
            firstStore = new int[4 * classCount];
            Arrays.fill(firstFlow, -1);
        }
        int count = 0;
        int[] kinds = new int[16];
        for (int flowAt : flows) {
            int source = plan.sourceOf(flowAt);
            int sink = plan.sinkOf(flowAt);
            int staged = plan.plan().flows().get(flowAt).stagedCopy() ? 1 : 0;
            for (int end = 0; end < 2; end++) {
                int storeAt = end == 0 ? source : sink;
                int kind = 4 * storeClass(storeAt) + (end == 1 || source == sink ? 2 : 0) + staged;
                if (firstFlow[kind] < 0) {
                    firstFlow[kind] = flowAt;
                    firstStore[kind] = storeAt;
                    if (count == kinds.length) {
                        kinds = Arrays.copyOf(kinds, 2 * count);
                    }
                    kinds[count++] = kind;
                }
            }
        }
        int[] endFlows = new int[count];
        int[] endStores = new int[count];
        for (int i = 0; i < count; i++) {
            endFlows[i] = firstFlow[kinds[i]];
            endStores[i] = firstStore[kinds[i]];
            firstFlow[kinds[i]] = -1;
        }
        return new Ends(Arrays.copyOf(kinds, count), endFlows, endStores);
    }

    /** Kinds of flow end, each with a flow and store of that kind (positions in the plan): {@link #endsOf}. */
    record Ends(int[] kinds, int[] flows, int[] stores) {
    }

    private int storeClass(int storeAt) {
        int storeClass = storeClasses[storeAt];
        if (storeClass < 0) {
            int type = typeNumbers.computeIfAbsent(plan.plan().dataStores().get(storeAt).type(),
                    t -> typeNumbers.size());
            boolean isPrivate = access.network(storeAt).kind().isPrivate();
            boolean throughEndpoint = plan.privateEndpointOf(storeAt) >= 0;
            storeClass = 3 * type + (throughEndpoint ? 2 : isPrivate ? 1 : 0);
            storeClasses[storeAt] = storeClass;
        }
        return storeClass;
    }
}
