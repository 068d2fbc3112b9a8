package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hybridplanner.engine.SeedRows.LocationKindRow;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimeNodes;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The runtimes of one recommendation, assembled while flows are placed: a self-hosted runtime in each location
 * that hosts a hybrid flow, and the Azure integration runtime once a flow needs it.
 */
final class Runtimes {
    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final Findings findings;
    private final Map<String, Draft> selfHosted = new HashMap<>();
    private Draft azure;

    Runtimes(RuleBook rules, ValidatedPlan plan, Findings findings) {
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
    }

    /** The self-hosted runtime in {@code home}, placed there (with its reasons) the first time a flow needs it. */
    Draft selfHosted(Location home) {
        return selfHosted.computeIfAbsent(home.id(), id -> {
            LocationKindRow kind = rules.locationKinds.get(home.kind());
            Draft draft = new Draft("shir-" + id, RuntimeType.SELF_HOSTED, id, kind.runtimeHost(), home.nodes());
            draft.reasons.add(findings.reason("A self-hosted integration runtime inside " + home.name()
                    + " runs on " + article(kind.runtimeHost()) + " there and serves every hybrid flow placed in "
                    + home.name() + ".", kind.reference(), ClaimKind.RUNTIME_PLACEMENT));
            if (draft.nodes.moreThanOne()) {
                draft.reasons.add(findings.reason("It runs on " + draft.nodes.count() + " nodes in " + home.name()
                        + " for high availability: every node makes the same connections, so every node needs"
                        + " the outbound rules below and every allowlist entry covers "
                        + (draft.nodes.addresses().isEmpty() ? "each node's address"
                                : "the node addresses " + String.join(", ", draft.nodes.addresses())) + ".",
                        CitedReference.RUNTIME_NODES));
            }
            draft.reasons.add(findings.reason("Other data factories can share this runtime (as a linked"
                    + " self-hosted runtime) instead of installing their own in " + home.name() + ".",
                    CitedReference.RUNTIME_SHARING));
            return draft;
        });
    }

    /** The Azure integration runtime, also when it only loads staged copies. */
    Draft azure() {
        if (azure == null) {
            azure = new Draft(RecommendationEngine.AZURE_RUNTIME_ID, RuntimeType.AZURE, null,
                    RuntimeHost.AZURE_MANAGED, RuntimeNodes.SINGLE);
        }
        return azure;
    }

    /** The Azure integration runtime about to run a cloud flow: the first one says why it runs them all. */
    Draft azureForCloudFlow() {
        Draft runtime = azure();
        if (runtime.flows.isEmpty()) {
            runtime.reasons.add(findings.reason("The Azure integration runtime, managed by Azure for data"
                    + " factory " + plan.plan().dataFactory().name() + ", runs every cloud flow.",
                    CitedReference.CLOUD_SCENARIO));
            if (plan.plan().dataFactory().managedVirtualNetwork()) {
                runtime.reasons.add(findings.reason("It runs in the data factory's managed virtual network and"
                        + " reaches the stores marked for it through managed private endpoints, each approved on"
                        + " its store.", CitedReference.MANAGED_NETWORK_PLACEMENT));
            }
        }
        return runtime;
    }

    /** The self-hosted runtimes in the plan's location order, then the Azure runtime. */
    List<Draft> inOrder() {
        List<Draft> drafts = new ArrayList<>();
        for (Location location : plan.plan().locations()) {
            Draft draft = selfHosted.get(location.id());
            if (draft != null) {
                drafts.add(draft);
            }
        }
        if (azure != null) {
            drafts.add(azure);
        }
        return drafts;
    }

    private static String article(RuntimeHost host) {
        return switch (host) {
            case ON_PREMISES_MACHINE -> "an on-premises Windows machine";
            case AZURE_VM -> "an Azure virtual machine";
            case AWS_EC2_INSTANCE -> "an AWS EC2 instance";
            case AZURE_MANAGED -> "Azure-managed compute";
        };
    }

    /** A runtime being assembled while flows are placed. */
    static final class Draft {
        final String id;
        final RuntimeType type;
        final String location;
        final RuntimeHost host;
        final RuntimeNodes nodes;
        final Map<RuntimeAlternative, Reason> alternatives = new LinkedHashMap<>();
        final List<String> flows = new ArrayList<>();
        /** The positions in the plan of the flows it runs, in the order of {@link #flows}. */
        private int[] flowPositions = new int[16];
        final Set<Reason> reasons = new LinkedHashSet<>();
        private final Set<String> placementReferences = new HashSet<>();
        private String lastPlacementReference;

        Draft(String id, RuntimeType type, String location, RuntimeHost host, RuntimeNodes nodes) {
            this.id = id;
            this.type = type;
            this.location = location;
            this.host = host;
            this.nodes = nodes;
        }

        /** Records the flow; keeps the first reason per cited reference, so reasons stay few on large plans. */
        void serve(int position, Flow flow, Reason placementReason) {
            if (flows.size() == flowPositions.length) {
                flowPositions = Arrays.copyOf(flowPositions, 2 * flowPositions.length);
            }
            flowPositions[flows.size()] = position;
            flows.add(flow.id());
            // Consecutive flows mostly cite the reference the last one did (the same string of the rule tables):
            // compared by identity first, hashed only when it changes.
            String reference = placementReason.reference();
            if (reference != lastPlacementReference) {
                lastPlacementReference = reference;
                if (placementReferences.add(reference)) {
                    reasons.add(placementReason);
                }
            }
        }

        void alternative(RuntimeAlternative alternative, Reason reason) {
            if (alternatives.putIfAbsent(alternative, reason) == null) {
                reasons.add(reason);
            }
        }

        /** How many flows it runs. */
        int flowCount() {
            return flows.size();
        }

        /** The position in the plan of its {@code i}-th flow. */
        int flowPosition(int i) {
            return flowPositions[i];
        }

        void reason(Reason reason) {
            reasons.add(reason);
        }

        RuntimePlacement toPlacement() {
            return new RuntimePlacement(id, type, location, host, List.copyOf(alternatives.keySet()), flows,
                    List.copyOf(reasons), nodes.count());
        }
    }
}
