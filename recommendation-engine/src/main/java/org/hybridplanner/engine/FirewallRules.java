package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hybridplanner.engine.SeedRows.FirewallRuleRow;
import org.hybridplanner.engine.SeedRows.LocationKindRow;
import org.hybridplanner.engine.SeedRows.RuleCondition;
import org.hybridplanner.engine.SeedRows.ServedFlowCondition;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.DestinationMatch;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The firewall rules of the self-hosted runtimes: each row of firewall-rules.json whose condition holds, with the
 * host of the factory's cloud, placed at the boundary of the runtime's location. A boundary that filters by address
 * (a network security group, an AWS security group) gets what it can enforce: a service tag or prefix list that
 * covers only the service, otherwise the port to any address plus the domain on the location's name-aware firewall.
 */
final class FirewallRules {
    private final RuleBook rules;
    private final ValidatedPlan index;
    private final Plan plan;
    private final AzureCloud cloud;
    private final Findings findings;
    private final StoreAccess access;
    private final ServedFlowKinds kinds;
    /** Whether any store is reached through a private endpoint: plans without one skip that pass. */
    private final boolean anyPrivateEndpoint;

    FirewallRules(RuleBook rules, ValidatedPlan plan, Findings findings, StoreAccess access) {
        this.access = access;
        this.rules = rules;
        this.index = plan;
        this.plan = plan.plan();
        this.cloud = plan.cloud();
        this.findings = findings;
        this.kinds = new ServedFlowKinds(plan, access);
        boolean endpoints = false;
        for (int storeAt = 0; storeAt < this.plan.dataStores().size() && !endpoints; storeAt++) {
            endpoints = plan.privateEndpointOf(storeAt) >= 0;
        }
        this.anyPrivateEndpoint = endpoints;
    }

    List<FirewallRule> of(List<Runtimes.Draft> runtimes) {
        List<FirewallRule> result = new ArrayList<>();
        Map<String, String> values = HostTemplateValues.of(plan.dataFactory().name(), plan.dataFactory().region(),
                plan.credentials().keyVaultName());
        for (Runtimes.Draft runtime : runtimes) {
            if (runtime.type != RuntimeType.SELF_HOSTED) {
                continue;
            }
            LocationKindRow boundary = rules.locationKinds.get(index.location(runtime.location).kind());
            int[] served = new int[runtime.flowCount()];
            Arrays.setAll(served, runtime::flowPosition);
            ServedFlowKinds.Ends servedEnds = kinds.endsOf(served);
            Set<String> nameOnly = new LinkedHashSet<>();
            List<Integer> throughEndpoints = anyPrivateEndpoint ? throughPrivateEndpoints(served) : List.of();
            List<Reason> nodesNote = nodesNote(runtime);
            for (FirewallRuleRow row : rules.firewallRules) {
                if (!throughEndpoints.isEmpty()) {
                    privateEndpointRules(runtime, boundary, row, throughEndpoints, values, nodesNote, result);
                }
                String template = row.hosts().get(cloud);
                if (!row.hosts().isEmpty() && template == null || !applies(row.when(), servedEnds, runtime)) {
                    continue;
                }
                String host = template == null ? null : Templates.fill(template, values);
                String reference = findings.cite(row.hostReferences().getOrDefault(cloud, row.reference()));
                String purpose = Templates.fill(row.purpose(), values);
                List<Reason> notes = row.direction() == Direction.OUTBOUND ? nodesNote : List.of();
                if (row.site() == SeedRows.RuleSite.RUNTIME_MACHINE) {
                    result.add(new FirewallRule(runtime.id, RuleScope.WINDOWS_FIREWALL, row.direction(), null,
                            row.port(), row.protocol(), purpose, reference, null, null, notes));
                } else {
                    atBoundary(runtime, boundary, row, host, new Said(purpose, reference, notes), result, nameOnly);
                }
                if (row.flowWarning() != null) {
                    ServedFlowKinds.Condition warnWhen = condition(row.flowWarningWhen());
                    // Flow by flow only when one kind of the runtime's flows meets it.
                    if (warnWhen.metByAny(servedEnds)) {
                        for (int flowAt : served) {
                            if (warnWhen.meets(flowAt)) {
                                Flow flow = plan.flows().get(flowAt);
                                findings.warn(row.flowWarning(), flow.id(), Map.of("flow", flow.id(),
                                        "runtime", runtime.id, "host", String.valueOf(host),
                                        "sink", plan.dataStores().get(index.sinkOf(flowAt)).name()));
                            }
                        }
                    }
                }
            }
            if (!nameOnly.isEmpty()) {
                findings.warn("NAME_AWARE_FIREWALL_NEEDED", runtime.id, Map.of("runtime", runtime.id,
                        "boundary", boundary.firewallScope().displayName(), "hosts", String.join(", ", nameOnly),
                        "nameAware", boundary.nameAwareScope().displayName()));
            }
        }
        return result;
    }

    private void atBoundary(Runtimes.Draft runtime, LocationKindRow boundary, FirewallRuleRow row, String host,
            Said said, List<FirewallRule> result, Set<String> nameOnly) {
        RuleScope scope = boundary.firewallScope();
        if (scope.matchesDomainNames()) {
            result.add(rule(runtime, scope, row, host, said, DestinationMatch.DOMAIN, host));
            return;
        }
        boolean narrowsToTheService;
        if (scope == RuleScope.AWS_SECURITY_GROUP) {
            narrowsToTheService = row.awsPrefixList() != null;
            result.add(narrowsToTheService
                    ? rule(runtime, scope, row, host, said, DestinationMatch.PREFIX_LIST, row.awsPrefixList())
                    : rule(runtime, scope, row, host, said, DestinationMatch.ANY_ADDRESS, "0.0.0.0/0"));
        } else {
            narrowsToTheService = row.serviceTag() != null && row.serviceTag().coversOnlyTheService();
            result.add(row.serviceTag() != null
                    ? rule(runtime, scope, row, host, said, DestinationMatch.SERVICE_TAG, row.serviceTag().name())
                    : rule(runtime, scope, row, host, said, DestinationMatch.ANY_ADDRESS, "Internet"));
        }
        if (!narrowsToTheService) {
            nameOnly.add(host);
            result.add(rule(runtime, boundary.nameAwareScope(), row, host, said, DestinationMatch.DOMAIN, host));
        }
    }

    /**
     * What a rule says and cites: its purpose under the row's reference, and the notes that rest on other ones.
     */
    private record Said(String purpose, String reference, List<Reason> notes) {
    }

    /**
     * The note every outbound rule of a runtime of several nodes carries, citing the nodes decision
     * (docs/decisions.md, "Self-hosted runtime nodes"): the rule's own purpose and citation stay those of a single
     * node's rule, so that no reference is attached to a sentence it does not say. Empty for a single node.
     */
    private List<Reason> nodesNote(Runtimes.Draft runtime) {
        if (!runtime.nodes.moreThanOne()) {
            return List.of();
        }
        return List.of(findings.reason("Runtime " + runtime.id + " runs on " + runtime.nodes.count()
                + " nodes, and each of them makes this connection: every node needs this rule.",
                CitedReference.RUNTIME_NODES_RULE));
    }

    /**
     * The stores the runtime reaches through a private endpoint, one per store type and endpoint network, by
     * position in the plan, in the order its flows first reach them.
     */
    private List<Integer> throughPrivateEndpoints(int[] served) {
        Map<String, Integer> reached = new LinkedHashMap<>();
        for (int flowAt : served) {
            Flow flow = plan.flows().get(flowAt);
            for (int storeAt : new int[] {index.sourceOf(flowAt), index.sinkOf(flowAt)}) {
                if (index.privateEndpointOf(storeAt) >= 0 && access.of(RuntimeType.SELF_HOSTED, flow, flowAt, storeAt)
                        == StoreAccess.Way.PRIVATE_ENDPOINT) {
                    reached.putIfAbsent(plan.dataStores().get(storeAt).type() + "\n" + index.privateEndpointOf(storeAt),
                            storeAt);
                }
            }
        }
        return List.copyOf(reached.values());
    }

    /**
     * The rules a store row gives the stores the runtime reaches through a private endpoint (docs/decisions.md,
     * "Outbound rules through a private endpoint"): the store's name resolves to the endpoint's private address, so
     * the boundary allows the address range of the endpoint's virtual network on the row's port, never the
     * service's public tag, prefix list or every address.
     */
    private void privateEndpointRules(Runtimes.Draft runtime, LocationKindRow boundary, FirewallRuleRow row,
            List<Integer> throughEndpoints, Map<String, String> values, List<Reason> nodesNote,
            List<FirewallRule> result) {
        ServedFlowCondition servedFlow = row.when() == null ? null : row.when().servedFlow();
        String template = row.hosts().get(cloud);
        if (servedFlow == null || servedFlow.touches() == null || template == null) {
            return;
        }
        for (int storeAt : throughEndpoints) {
            DataStore store = plan.dataStores().get(storeAt);
            if (!servedFlow.touches().contains(store.type())) {
                continue;
            }
            Location network = access.network(storeAt);
            String ranges = String.join(", ", network.addressSpaces());
            String host = Templates.fill(template, values);
            String purpose = rules.storeTypes.get(store.type()).displayName() + " through its private endpoint in "
                    + network.name() + ": " + host + " resolves to a private address there, so allow "
                    + network.name() + "'s range, not its public addresses."
                    + (ranges.isEmpty() ? " The plan gives no address space for " + network.name()
                            + ": allow the private endpoint's address." : "");
            result.add(rule(runtime, boundary.firewallScope(), row, host, new Said(purpose,
                    findings.cite(CitedReference.PRIVATE_ENDPOINT_RULE.id()), nodesNote),
                    DestinationMatch.ADDRESS_RANGE, ranges.isEmpty() ? network.name() : ranges));
        }
    }

    private static FirewallRule rule(Runtimes.Draft runtime, RuleScope scope, FirewallRuleRow row, String host,
            Said said, DestinationMatch match, String destination) {
        return new FirewallRule(runtime.id, scope, row.direction(), host, row.port(), row.protocol(), said.purpose(),
                said.reference(), match, destination, said.notes());
    }

    /**
     * True when the rule's settings hold and, if it names a served flow, at least one served flow matches;
     * {@code servedEnds} are the kinds of end of the runtime's flows ({@link ServedFlowKinds#endsOf}).
     */
    private boolean applies(RuleCondition when, ServedFlowKinds.Ends servedEnds, Runtimes.Draft runtime) {
        if (when == null) {
            return true;
        }
        if (when.multipleNodes() != null && when.multipleNodes() != runtime.nodes.moreThanOne()) {
            return false;
        }
        var runtimeOptions = plan.runtime();
        var credentials = plan.credentials();
        if (when.interactiveAuthoring() != null && when.interactiveAuthoring() != runtimeOptions.interactiveAuthoring()
                || when.autoUpdate() != null && when.autoUpdate() != runtimeOptions.autoUpdate()
                || when.remoteAccessFromIntranet() != null
                        && when.remoteAccessFromIntranet() != runtimeOptions.remoteAccessFromIntranet()
                || when.endpointStyle() != null && when.endpointStyle() != plan.dataFactory().endpointStyle()
                || when.credentialStore() != null && when.credentialStore() != credentials.store()
                || when.keyVaultNamed() != null && when.keyVaultNamed() != (credentials.keyVaultName() != null)) {
            return false;
        }
        // One matching flow is enough, and flows whose ends are alike match alike: on large plans, testing every
        // served flow against every row was a tenth of the engine's time (docs/benchmarks.md).
        return when.servedFlow() == null || condition(when.servedFlow()).metByAny(servedEnds);
    }

    /** The condition, decided once per kind of flow end ({@link ServedFlowKinds}). */
    private ServedFlowKinds.Condition condition(ServedFlowCondition condition) {
        return kinds.condition(condition, (flowAt, storeAt) -> endMatches(condition, flowAt, storeAt));
    }

    /**
     * Whether the flow at {@code flowAt} meets the condition through its store at {@code storeAt} (the flow's
     * source or sink): the condition holds for the flow when it holds for either end.
     */
    private boolean endMatches(ServedFlowCondition condition, int flowAt, int storeAt) {
        Flow flow = plan.flows().get(flowAt);
        if (condition.stagedCopy() != null && condition.stagedCopy() != flow.stagedCopy()) {
            return false;
        }
        if (condition.touches() == null && condition.writes() == null) {
            return true;
        }
        return reaches(condition, flow, storeAt);
    }

    /** True when the runtime itself connects to {@code store} for this flow and the store matches the condition. */
    private boolean reaches(ServedFlowCondition condition, Flow flow, int storeAt) {
        DataStore store = plan.dataStores().get(storeAt);
        Location location = access.network(storeAt);
        // A store reached through a private endpoint is not at its public host: throughPrivateEndpoints rules it.
        if (index.privateEndpointOf(storeAt) >= 0
                || !StagedCopy.selfHostedRuntimeConnects(flow, store, location)
                || condition.touches() != null && !condition.touches().contains(store.type())
                || condition.writes() != null
                        && (!flow.sink().equals(store.id()) || !condition.writes().contains(store.type()))) {
            return false;
        }
        boolean reachedPublicly = !location.kind().isPrivate();
        return condition.storeReachedPublicly() == null || condition.storeReachedPublicly() == reachedPublicly;
    }
}
