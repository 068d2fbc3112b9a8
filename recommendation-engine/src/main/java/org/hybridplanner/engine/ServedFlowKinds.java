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
 * only whether the flow is a staged copy, each end's store type, whether each end's location is private, and
 * whether the source is also the sink, so flows alike in these meet the same conditions. A large plan has tens of
 * thousands of flows and a few hundred kinds (docs/benchmarks.md).
 */
final class ServedFlowKinds {
    private final ValidatedPlan plan;
    /** Each store's type and privacy as one number, by the store's position in the plan; -1 until first asked. */
    private final int[] storeClasses;
    private final Map<String, Integer> typeNumbers = new HashMap<>();
    private final Map<Long, Integer> kindNumbers = new HashMap<>();
    /** Each flow's kind, by the flow's position in the plan; -1 until first asked. */
    private final int[] flowKinds;
    /** Per condition (the seed row's own object). */
    private final Map<ServedFlowCondition, Condition> decided = new IdentityHashMap<>();

    ServedFlowKinds(ValidatedPlan plan) {
        this.plan = plan;
        this.storeClasses = new int[plan.plan().dataStores().size()];
        this.flowKinds = new int[plan.plan().flows().size()];
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
            long key = (long) storeClass(source) << 33 | (long) storeClass(sink) << 2 | (source == sink ? 2 : 0)
                    | (plan.plan().flows().get(flowAt).stagedCopy() ? 1 : 0);
            kind = kindNumbers.computeIfAbsent(key, k -> kindNumbers.size());
            flowKinds[flowAt] = kind;
        }
        return kind;
    }

    private int storeClass(int storeAt) {
        int storeClass = storeClasses[storeAt];
        if (storeClass < 0) {
            int type = typeNumbers.computeIfAbsent(plan.plan().dataStores().get(storeAt).type(),
                    t -> typeNumbers.size());
            boolean isPrivate = plan.plan().locations().get(plan.locationOf(storeAt)).kind().isPrivate();
            storeClass = 2 * type + (isPrivate ? 1 : 0);
            storeClasses[storeAt] = storeClass;
        }
        return storeClass;
    }
}
