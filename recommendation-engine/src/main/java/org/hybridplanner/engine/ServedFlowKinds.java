package org.hybridplanner.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.hybridplanner.engine.SeedRows.ServedFlowCondition;
import org.hybridplanner.model.ValidatedPlan;

/**
 * Whether served flows meet firewall-rule conditions, decided once per kind of flow: a served-flow condition reads
 * only whether the flow is a staged copy, each end's store type, whether each end is reached in a private network
 * (its own location, or the virtual network of its private endpoint: {@link StoreAccess#network}) and whether
 * through a private endpoint, and
 * whether the source is also the sink, so flows alike in these meet the same conditions. A large plan has tens of
 * thousands of flows and a few hundred kinds (docs/benchmarks.md).
 */
final class ServedFlowKinds {
    private final ValidatedPlan plan;
    private final StoreAccess access;
    /** Each store's type and privacy as one number, by the store's position in the plan; -1 until first asked. */
    private final int[] storeClasses;
    private final Map<String, Integer> typeNumbers = new HashMap<>();
    /** How many store classes there can be: three per store type of the catalog (public, private, endpoint). */
    private final int classCount;
    /**
     * Kind numbers (plus one; 0 for none yet) by the source's store class, then by sink class, same store and staged
     * copy: rows made for the source classes met, so that numbering a flow costs array reads, not a boxed key.
     */
    private final int[][] kindNumbers;
    private int kindCount;
    /** Each flow's kind, by the flow's position in the plan; -1 until first asked. */
    private final int[] flowKinds;
    /** Per condition (the seed row's own object). */
    private final Map<ServedFlowCondition, Condition> decided = new IdentityHashMap<>();

    ServedFlowKinds(ValidatedPlan plan, StoreAccess access) {
        this.plan = plan;
        this.access = access;
        this.storeClasses = new int[plan.plan().dataStores().size()];
        this.flowKinds = new int[plan.plan().flows().size()];
        this.classCount = 3 * plan.catalog().storeTypes().size();
        this.kindNumbers = new int[classCount][];
        Arrays.fill(storeClasses, -1);
        Arrays.fill(flowKinds, -1);
    }

    /**
     * Whether flows meet the condition: {@code test} decides it for the first flow of each kind (by the flow's
     * position in the plan), and its answer stands for the others.
     */
    Condition condition(ServedFlowCondition condition, IntPredicate test) {
        return decided.computeIfAbsent(condition, c -> new Condition(test));
    }

    /** One condition's answers, by kind of flow. */
    final class Condition {
        private final IntPredicate test;
        /** By kind: 0 until decided, then 1 (not met) or 2 (met). */
        private byte[] byKind = new byte[16];

        private Condition(IntPredicate test) {
            this.test = test;
        }

        /** Whether the flow at {@code flowAt} in the plan meets the condition. */
        boolean meets(int flowAt) {
            int kind = of(flowAt);
            if (kind >= byKind.length) {
                byKind = Arrays.copyOf(byKind, 2 * kind + 1);
            }
            if (byKind[kind] == 0) {
                byKind[kind] = (byte) (test.test(flowAt) ? 2 : 1);
            }
            return byKind[kind] == 2;
        }
    }

    /** The kind of the flow at {@code flowAt} in the plan. */
    private int of(int flowAt) {
        int kind = flowKinds[flowAt];
        if (kind < 0) {
            int source = plan.sourceOf(flowAt);
            int sink = plan.sinkOf(flowAt);
            int[] row = kindNumbers[storeClass(source)];
            if (row == null) {
                row = new int[4 * classCount];
                kindNumbers[storeClass(source)] = row;
            }
            int column = 4 * storeClass(sink) + (source == sink ? 2 : 0)
                    + (plan.plan().flows().get(flowAt).stagedCopy() ? 1 : 0);
            if (row[column] == 0) {
                row[column] = ++kindCount;
            }
            kind = row[column] - 1;
            flowKinds[flowAt] = kind;
        }
        return kind;
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
