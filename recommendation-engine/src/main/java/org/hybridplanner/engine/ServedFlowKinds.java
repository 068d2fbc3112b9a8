package org.hybridplanner.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The flows of a plan sorted into kinds that no firewall-rule condition can tell apart: a served-flow condition
 * reads only whether the flow is a staged copy, each end's store type, whether each end's location is private,
 * and whether the source is also the sink. A runtime's rows are decided once per kind of flow it serves rather
 * than once per flow (docs/benchmarks.md): a large plan has tens of thousands of flows and a few dozen kinds.
 */
final class ServedFlowKinds {
    private final ValidatedPlan plan;
    /** Each store's type and privacy as one number, by the store's position in the plan; -1 until first asked. */
    private final int[] storeClasses;
    private final Map<String, Integer> typeNumbers = new HashMap<>();
    private final Map<Long, Integer> kindNumbers = new HashMap<>();
    /** Each flow's kind, by the flow's position in the plan; -1 until first asked. */
    private final int[] flowKinds;

    ServedFlowKinds(ValidatedPlan plan) {
        this.plan = plan;
        this.storeClasses = new int[plan.plan().dataStores().size()];
        this.flowKinds = new int[plan.plan().flows().size()];
        Arrays.fill(storeClasses, -1);
        Arrays.fill(flowKinds, -1);
    }

    /** The kind of the flow at {@code flowAt} in the plan. */
    int of(int flowAt) {
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
