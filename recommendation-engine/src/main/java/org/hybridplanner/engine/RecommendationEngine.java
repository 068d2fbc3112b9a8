package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hybridplanner.engine.SeedRows.AllowlistRow;
import org.hybridplanner.engine.SeedRows.CredentialAdviceRow;
import org.hybridplanner.engine.SeedRows.End;
import org.hybridplanner.engine.SeedRows.LocationKindRow;
import org.hybridplanner.engine.SeedRows.NetworkRule;
import org.hybridplanner.engine.SeedRows.PlacementRule;
import org.hybridplanner.engine.SeedRows.ScenarioSelector;
import org.hybridplanner.engine.SeedRows.StoreTypeRow;
import org.hybridplanner.engine.TopologyGraph.Hop;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.InvalidPlanException;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.PlanValidator;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.Warning;

/**
 * Turns a plan into a complete, cited network design. A pure function of the plan and the rule tables: the same
 * plan always gives the same recommendation, in the same order. Thread-safe; create it once.
 *
 * <p>The rules live in {@code seed-data} ({@link RuleBook}); this class holds the building blocks those rows name:
 * matching a placement row, finding the private path, choosing the network of the leg leaving the runtime,
 * evaluating firewall-rule conditions, and deriving allowlist entries, advice and warnings.
 */
public final class RecommendationEngine {
    /** The id of the Azure integration runtime in every recommendation that has cloud flows. */
    public static final String AZURE_RUNTIME_ID = "azure-ir";
    private static final String LINK_REFERENCE = "{link}";

    private final RuleBook rules;
    private final PlanReader reader;
    private final PlanValidator validator;

    public RecommendationEngine(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reader = new PlanReader(rules.catalog());
        this.validator = new PlanValidator(rules.catalog());
    }

    /** The engine over the rule tables shipped in {@code seed-data}, loaded once per class loader. */
    public static RecommendationEngine standard() {
        return Standard.ENGINE;
    }

    private static final class Standard {
        static final RecommendationEngine ENGINE = new RecommendationEngine(RuleBook.load());
    }

    public RuleBook rules() {
        return rules;
    }

    public Catalog catalog() {
        return rules.catalog();
    }

    /** A reader that validates plan documents against this engine's catalog. */
    public PlanReader reader() {
        return reader;
    }

    public PlanValidator validator() {
        return validator;
    }

    /**
     * The recommendation for a plan.
     *
     * @throws InvalidPlanException when the plan does not pass {@link PlanValidator} (ids, references, catalog)
     */
    public Recommendation recommend(Plan plan) {
        PlanEvaluation evaluation = evaluate(plan);
        if (!evaluation.isValid()) {
            throw new InvalidPlanException(evaluation.problems());
        }
        return evaluation.recommendation();
    }

    /**
     * Validates the plan once and recommends only when it is valid: for callers (such as an editor) that show the
     * problems of invalid plans rather than failing on them.
     */
    public PlanEvaluation evaluate(Plan plan) {
        List<Problem> problems = validator.validate(plan);
        return new PlanEvaluation(problems, problems.isEmpty() ? new Run(plan).recommend() : null);
    }

    /** The state of one recommendation: everything here is local to a single call. */
    private final class Run {
        private final Plan plan;
        private final AzureCloud cloud;
        private final Map<String, Location> locations;
        private final Map<String, DataStore> stores;
        private final Map<String, Flow> flows;
        private final TopologyGraph graph;
        private final Findings findings = new Findings(rules);
        private final TransportClaims transport;
        private final List<FlowDecision> decisions = new ArrayList<>();
        private final Map<String, RuntimeDraft> selfHosted = new HashMap<>();
        private RuntimeDraft azure;
        private final Set<String> usedLocations = new HashSet<>();
        private final Set<String> usedStores;
        private final Set<Integer> usedLinks = new HashSet<>();

        Run(Plan plan) {
            this.plan = plan;
            // Validation has accepted the region, so the catalog knows its cloud.
            this.cloud = rules.catalog().cloudOf(plan.dataFactory().region()).orElseThrow();
            // Sized up front: on large plans, growing these maps step by step costs a measurable share of the run.
            this.locations = HashMap.newHashMap(plan.locations().size());
            this.stores = HashMap.newHashMap(plan.dataStores().size());
            this.flows = HashMap.newHashMap(plan.flows().size());
            this.usedStores = HashSet.newHashSet(plan.dataStores().size());
            plan.locations().forEach(location -> locations.put(location.id(), location));
            plan.dataStores().forEach(store -> stores.put(store.id(), store));
            plan.flows().forEach(flow -> flows.put(flow.id(), flow));
            this.graph = new TopologyGraph(plan, rules.linkTypes);
            this.transport = new TransportClaims(rules.catalog(), findings);
        }

        Recommendation recommend() {
            plan.flows().forEach(this::decide);
            List<RuntimePlacement> runtimes = runtimes();
            List<FirewallRule> firewallRules = new FirewallRules(rules, plan, cloud, locations, stores, flows,
                    findings).of(runtimes);
            List<AllowlistEntry> allowlist = allowlist(runtimes);
            List<EncryptionAdvice> encryption = encryption();
            storeWarnings();
            unusedWarnings();
            CredentialAdvice credentials = credentials(runtimes);
            Scenario scenario = decisions.stream().anyMatch(d -> d.scenario() == Scenario.HYBRID)
                    ? Scenario.HYBRID
                    : Scenario.CLOUD;
            return new Recommendation(scenario, cloud, decisions, runtimes, firewallRules, allowlist, credentials,
                    encryption, findings.warnings(), findings.references());
        }

        // ---- flows ----------------------------------------------------------------------------------------

        private void decide(Flow flow) {
            DataStore source = stores.get(flow.source());
            DataStore sink = stores.get(flow.sink());
            Location from = locations.get(source.location());
            Location to = locations.get(sink.location());
            usedStores.add(source.id());
            usedStores.add(sink.id());
            usedLocations.add(from.id());
            usedLocations.add(to.id());
            PlacementRule rule = rules.placementRules.stream()
                    .filter(row -> matches(row, from, to))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No placement rule matches a flow from "
                            + from.kind() + " to " + to.kind() + "; placement-rules.json must cover every pair"));
            Map<String, String> values = new HashMap<>();
            values.put("flow", flow.id());
            values.put("source", source.name());
            values.put("sink", sink.name());
            values.put("sourceLocation", from.name());
            values.put("sinkLocation", to.name());
            List<String> endpoints = from.id().equals(to.id()) ? List.of(from.id()) : List.of(from.id(), to.id());

            if (rule.runtime() == RuntimeType.AZURE) {
                Reason reason = findings.reason(Templates.fill(rule.reason(), values), rule.reference(), rule.claim());
                List<Reason> reasons = new ArrayList<>();
                reasons.add(reason);
                reasons.addAll(transport.of(source, from, sink, to, false));
                decisions.add(new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.CLOUD, FlowStatus.OK,
                        AZURE_RUNTIME_ID, Network.INTERNET, endpoints, reasons));
                RuntimeDraft runtime = azureRuntime();
                if (runtime.flows.isEmpty()) {
                    runtime.reasons.add(findings.reason("The Azure integration runtime, managed by Azure for data"
                            + " factory " + plan.dataFactory().name() + ", runs every cloud flow.",
                            CitedReference.CLOUD_SCENARIO));
                }
                runtime.serve(flow, reason);
                return;
            }

            List<Hop> path = List.of();
            if (Boolean.TRUE.equals(rule.requiresPrivatePath())) {
                Optional<List<Hop>> found = graph.privatePath(from.id(), to.id());
                if (found.isEmpty()) {
                    block(flow, source, sink, from, to);
                    return;
                }
                path = found.get();
            }
            boolean atSource = rule.runtimeAt() == End.SOURCE;
            Location home = atSource ? from : to;
            Location far = atSource ? to : from;
            Hop leavingHop = path.isEmpty() ? null : atSource ? path.get(0) : path.get(path.size() - 1).reversed();

            List<Reason> reasons = new ArrayList<>();
            reasons.add(cited(Templates.fill(rule.reason(), values), rule.reference(), rule.claim(), leavingHop));

            NetworkRule networkRule = rules.networkRules.stream()
                    .filter(row -> matches(row, home, far))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No network rule matches the leg from "
                            + home.kind() + " to " + far.kind() + "; network-rules.json must cover every case"));
            Network network = networkRule.network() == NetworkChoice.FIRST_LINK_ON_PATH
                    ? Network.of(leavingHop.type())
                    : networkRule.network().fixed();
            values.put("runtimeLocation", home.name());
            values.put("farLocation", far.name());
            values.put("route", describeRoute(path, atSource));
            reasons.add(cited(Templates.fill(networkRule.reason(), values), networkRule.reference(),
                    networkRule.claim(), leavingHop));
            reasons.addAll(transport.of(source, from, sink, to, true));
            if (networkRule.requiresLink() != null) {
                graph.link(home.id(), far.id(), networkRule.requiresLink()).ifPresent(usedLinks::add);
            }

            List<String> locationPath = new ArrayList<>();
            if (path.isEmpty()) {
                locationPath.addAll(endpoints);
            } else {
                locationPath.add(path.get(0).from());
                path.forEach(hop -> locationPath.add(hop.to()));
            }
            usedLocations.addAll(locationPath);
            for (Hop hop : path) {
                usedLinks.add(hop.linkIndex());
                if (!linkType(hop.type()).carriesServerTraffic()) {
                    Link link = plan.links().get(hop.linkIndex());
                    findings.warn("POINT_TO_SITE_CARRIES_SERVER_TRAFFIC", flow.id(), Map.of("flow", flow.id(),
                            "oneEnd", locations.get(link.first()).name(),
                            "otherEnd", locations.get(link.second()).name()));
                }
            }

            RuntimeDraft runtime = selfHostedRuntime(home);
            if (flow.stagedCopy()) {
                reasons.add(stagedCopy(flow, source, from, sink, to, runtime));
            }
            runtime.serve(flow, reasons.get(0));
            if (networkRule.alternativeHost() != null) {
                alternativeHost(runtime, home, networkRule);
            }
            decisions.add(new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.HYBRID, FlowStatus.OK,
                    runtime.id, network, locationPath, reasons));
        }

        /** What staged copy changes for this flow: who connects to the stores, and who loads the sink. */
        private Reason stagedCopy(Flow flow, DataStore source, Location from, DataStore sink, Location to,
                RuntimeDraft runtime) {
            if (StagedCopy.azureRuntimeLoads(flow, sink, to)) {
                RuntimeDraft loader = azureRuntime();
                loader.reasons.add(findings.reason("The Azure integration runtime loads the staged data of flow "
                        + flow.id() + " from the interim storage account into " + sink.name()
                        + " (the second stage of staged copy).", CitedReference.STAGED_COPY));
                return findings.reason("Staged copy: runtime " + runtime.id + " writes the data to the interim Azure"
                        + " storage account over HTTPS (443), and the Azure integration runtime loads it into "
                        + sink.name() + "; the runtime opens no connection to " + sink.name() + ".",
                        CitedReference.STAGED_COPY);
            }
            if (!from.kind().isPrivate()) {
                return findings.reason("Staged copy: runtime " + runtime.id + " also reads and writes the interim"
                        + " Azure storage account, and still connects to " + source.name() + " itself: the article"
                        + " names staged copy as the way to avoid port 1433 only when copying to SQL Database or"
                        + " Synapse.", CitedReference.STAGED_COPY);
            }
            return findings.reason("Staged copy: runtime " + runtime.id + " also writes to and reads from the interim"
                    + " Azure storage account over HTTPS (443).", "Outbound: staged copy", ClaimKind.STAGED_COPY);
        }

        private void alternativeHost(RuntimeDraft runtime, Location home, NetworkRule networkRule) {
            String vnet = graph.privateNeighbour(home.id(), LocationKind.AZURE_VIRTUAL_NETWORK).orElse(null);
            if (vnet != null) {
                // The network named as the alternative host has a purpose: it is not reported unused.
                usedLocations.add(vnet);
                graph.privateLink(home.id(), vnet).ifPresent(usedLinks::add);
            }
            runtime.alternative(new RuntimeAlternative(networkRule.alternativeHost(), vnet), findings.reason(
                    vnet == null
                            ? "It could instead run on an Azure VM, once a virtual network is joined privately to "
                                    + home.name() + " so the VM can read its stores."
                            : "It could instead run on an Azure VM in " + locations.get(vnet).name()
                                    + ", which is joined privately to " + home.name() + ".",
                    CitedReference.ALTERNATIVE_HOST));
        }

        private void block(Flow flow, DataStore source, DataStore sink, Location from, Location to) {
            List<LinkType> fixes = rules.linkTypes.stream()
                    .filter(row -> row.privatePath() && row.carriesServerTraffic())
                    .filter(row -> rules.catalog().linkType(row.type()).orElseThrow().mayJoin(from.kind(), to.kind()))
                    .map(SeedRows.LinkTypeRow::type)
                    .toList();
            String linkTypes = fixes.isEmpty()
                    ? "private"
                    : fixes.stream().map(LinkType::name).collect(Collectors.joining(" or "));
            Warning warning = findings.warn("NO_PRIVATE_PATH", flow.id(), Map.of("flow", flow.id(),
                    "sourceLocation", from.name(), "sinkLocation", to.name(), "linkTypes", linkTypes));
            decisions.add(new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.HYBRID, FlowStatus.BLOCKED,
                    null, null, List.of(from.id(), to.id()), List.of(findings.reason(warning.message(),
                            warning.reference(), rules.warnings.get("NO_PRIVATE_PATH").claim()))));
        }

        /** The hops from the runtime's location to the far end, each with its link type, in travel order. */
        private String describeRoute(List<Hop> path, boolean atSource) {
            List<Hop> travel = new ArrayList<>();
            if (atSource) {
                travel.addAll(path);
            } else {
                for (int i = path.size() - 1; i >= 0; i--) {
                    travel.add(path.get(i).reversed());
                }
            }
            List<String> legs = new ArrayList<>();
            for (Hop hop : travel) {
                legs.add("over " + hop.type().displayName() + " to " + locations.get(hop.to()).name());
            }
            String route = String.join(", then ", legs);
            if (travel.size() > 1) {
                List<String> transit = travel.subList(0, travel.size() - 1).stream()
                        .map(hop -> locations.get(hop.to()).name()).toList();
                route += " (" + travel.size() + " links: " + String.join(" and ", transit)
                        + " must route traffic between its links)";
            }
            return route;
        }

        private SeedRows.LinkTypeRow linkType(LinkType type) {
            return rules.linkTypes.stream().filter(row -> row.type() == type).findFirst().orElseThrow();
        }

        /**
         * A reason citing the row's reference, or, for {@code {link}}, the link type the path leaves the runtime
         * by: its table row when the link joins the kinds of network that row was written for, otherwise the
         * decision for links the table does not list.
         */
        private Reason cited(String text, String reference, ClaimKind claim, Hop leavingHop) {
            if (!LINK_REFERENCE.equals(reference)) {
                return findings.reason(text, reference, claim);
            }
            SeedRows.LinkTypeRow link = linkType(leavingHop.type());
            return link.inTable(locations.get(leavingHop.from()).kind(), locations.get(leavingHop.to()).kind())
                    ? findings.reason(text, link.reference(), link.claim())
                    : findings.reason(text, link.beyondTableReference(), ClaimKind.LINK_BEYOND_THE_TABLE);
        }

        private boolean matches(PlacementRule rule, Location from, Location to) {
            if (rule.sameLocation() != null && rule.sameLocation() != from.id().equals(to.id())) {
                return false;
            }
            return rule.source().matches(from.kind()) && rule.sink().matches(to.kind());
        }

        private boolean matches(NetworkRule rule, Location home, Location far) {
            if (rule.farEnd() == LocationSelector.SAME_LOCATION) {
                return home.id().equals(far.id());
            }
            if (home.id().equals(far.id()) || !rule.farEnd().matches(far.kind())) {
                return false;
            }
            return rule.requiresLink() == null || graph.link(home.id(), far.id(), rule.requiresLink()).isPresent();
        }

        // ---- runtimes ---------------------------------------------------------------------------------------

        private RuntimeDraft selfHostedRuntime(Location home) {
            return selfHosted.computeIfAbsent(home.id(), id -> {
                LocationKindRow kind = rules.locationKinds.get(home.kind());
                RuntimeDraft draft = new RuntimeDraft("shir-" + id, RuntimeType.SELF_HOSTED, id, kind.runtimeHost());
                draft.reasons.add(findings.reason("A self-hosted integration runtime inside " + home.name()
                        + " runs on " + article(kind.runtimeHost()) + " there and serves every hybrid flow placed in "
                        + home.name() + ".", kind.reference(), ClaimKind.RUNTIME_PLACEMENT));
                draft.reasons.add(findings.reason("Other data factories can share this runtime (as a linked"
                        + " self-hosted runtime) instead of installing their own in " + home.name() + ".",
                        CitedReference.RUNTIME_SHARING));
                return draft;
            });
        }

        private RuntimeDraft azureRuntime() {
            if (azure == null) {
                azure = new RuntimeDraft(AZURE_RUNTIME_ID, RuntimeType.AZURE, null, RuntimeHost.AZURE_MANAGED);
            }
            return azure;
        }

        private List<RuntimePlacement> runtimes() {
            List<RuntimePlacement> placements = new ArrayList<>();
            for (Location location : plan.locations()) {
                RuntimeDraft draft = selfHosted.get(location.id());
                if (draft != null) {
                    placements.add(draft.toPlacement());
                }
            }
            if (azure != null) {
                placements.add(azure.toPlacement());
            }
            return placements;
        }

        // ---- allowlist --------------------------------------------------------------------------------------

        private List<AllowlistEntry> allowlist(List<RuntimePlacement> runtimes) {
            List<AllowlistEntry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (RuntimePlacement runtime : runtimes) {
                for (String flowId : runtime.flows()) {
                    Flow flow = flows.get(flowId);
                    for (String storeId : List.of(flow.source(), flow.sink())) {
                        DataStore store = stores.get(storeId);
                        AllowlistRow row = rules.allowlist.get(store.type());
                        if (row == null) {
                            continue;
                        }
                        Location location = locations.get(store.location());
                        if (runtime.type() == RuntimeType.SELF_HOSTED
                                && StagedCopy.azureRuntimeLoads(flow, store, location)) {
                            if (seen.add(AZURE_RUNTIME_ID + "\u0000" + storeId)) {
                                String reference = findings.cite(CitedReference.STAGED_COPY_LOAD_ALLOWLIST.id());
                                entries.add(new AllowlistEntry(store.id(), AZURE_RUNTIME_ID, serviceTag(),
                                        AddressBasis.SERVICE_TAG, reference, "The Azure integration runtime loads "
                                                + store.name() + " from the interim storage account (staged copy of"
                                                + " flow " + flow.id() + "): allow it through " + row.firewall()
                                                + "; runtime " + runtime.id() + " does not connect to it."));
                            }
                        } else if (seen.add(runtime.id() + "\u0000" + storeId)) {
                            entries.add(allowlistEntry(runtime, store, row));
                        }
                    }
                }
            }
            return entries;
        }

        private List<String> serviceTag() {
            return List.of("DataFactory." + plan.dataFactory().region());
        }

        private AllowlistEntry allowlistEntry(RuntimePlacement runtime, DataStore store, AllowlistRow row) {
            if (runtime.type() == RuntimeType.AZURE) {
                return new AllowlistEntry(store.id(), runtime.id(), serviceTag(), AddressBasis.SERVICE_TAG,
                        findings.cite(CitedReference.AZURE_RUNTIME_ALLOWLIST.id()), "Let the Azure integration runtime"
                                + " reach " + store.name() + " through " + row.firewall() + ": allow the ranges of the "
                                + serviceTag().get(0) + " service tag.");
            }
            Location home = locations.get(runtime.location());
            boolean overPublicEndpoint = !locations.get(store.location()).kind().isPrivate();
            List<String> addresses = overPublicEndpoint ? home.egressIps() : home.addressSpaces();
            if (addresses.isEmpty()) {
                findings.warn(overPublicEndpoint ? "MISSING_EGRESS_IP" : "MISSING_ADDRESS_SPACE", store.id(), Map.of(
                        "store", store.name(), "runtime", runtime.id(), "location", home.name()));
            }
            return new AllowlistEntry(store.id(), runtime.id(), addresses,
                    overPublicEndpoint ? AddressBasis.EGRESS_IPS : AddressBasis.ADDRESS_SPACES,
                    findings.cite(row.reference()), "Let runtime " + runtime.id() + " reach " + store.name()
                            + " through " + row.firewall() + ". The article notes that some of these stores might"
                            + " not require an allowlist entry by default: it is needed once the firewall restricts"
                            + " access.");
        }

        // ---- advice and warnings ----------------------------------------------------------------------------

        private List<EncryptionAdvice> encryption() {
            List<EncryptionAdvice> advice = new ArrayList<>();
            // Advice depends on the store type only: build each type's lists once and share them (records are immutable).
            Map<String, List<List<Advice>>> byType = new HashMap<>();
            for (DataStore store : plan.dataStores()) {
                List<List<Advice>> lists = byType.computeIfAbsent(store.type(), type -> {
                    StoreTypeRow row = rules.storeTypes.get(type);
                    return List.of(advice(row.inTransit()), advice(row.atRest()));
                });
                advice.add(new EncryptionAdvice(store.id(), store.type(), lists.get(0), lists.get(1)));
            }
            return advice;
        }

        private List<Advice> advice(List<String> ids) {
            return ids.stream().map(rules.encryptionAdvice::get)
                    .map(row -> findings.advice(row.text(), row.reference(), row.claim()))
                    .toList();
        }

        private CredentialAdvice credentials(List<RuntimePlacement> runtimes) {
            List<String> selfHostedIds = runtimes.stream().filter(r -> r.type() == RuntimeType.SELF_HOSTED)
                    .map(RuntimePlacement::id).toList();
            ScenarioSelector scenario = selfHostedIds.isEmpty() ? ScenarioSelector.CLOUD : ScenarioSelector.HYBRID;
            CredentialStore store = plan.credentials().store();
            if (store == CredentialStore.SELF_HOSTED_LOCAL && selfHostedIds.isEmpty()) {
                findings.warn("LOCAL_CREDENTIALS_WITHOUT_SELF_HOSTED_RUNTIME", "credentials", Map.of());
            }
            Map<String, String> values = Map.of(
                    "keyVaultName", Objects.requireNonNullElse(plan.credentials().keyVaultName(),
                            "(name the vault in the plan)"),
                    "runtimes", String.join(", ", selfHostedIds));
            List<Advice> advice = new ArrayList<>();
            for (CredentialAdviceRow row : rules.credentialAdvice) {
                boolean scenarioMatches = row.scenario() == ScenarioSelector.ANY || row.scenario() == scenario;
                boolean remoteMatches = row.remoteAccessFromIntranet() == null
                        || row.remoteAccessFromIntranet() == plan.runtime().remoteAccessFromIntranet();
                if (row.store().matches(store) && scenarioMatches && remoteMatches) {
                    advice.add(findings.advice(Templates.fill(row.text(), values), row.reference(), row.claim()));
                }
            }
            return new CredentialAdvice(store, plan.credentials().keyVaultName(), advice);
        }

        private void storeWarnings() {
            for (DataStore store : plan.dataStores()) {
                for (String code : rules.storeTypes.get(store.type()).warnings()) {
                    // "connector" names an OTHER_CONNECTOR store's Data Factory type (UNKNOWN_CONNECTOR's message).
                    findings.warn(code, store.id(), Map.of("store", store.name(),
                            "connector", Objects.requireNonNullElse(store.connector(), "(not named)")));
                }
            }
        }

        private void unusedWarnings() {
            for (Location location : plan.locations()) {
                if (!usedLocations.contains(location.id())) {
                    findings.warn("UNUSED_LOCATION", location.id(), Map.of("location", location.name()));
                }
            }
            for (DataStore store : plan.dataStores()) {
                if (!usedStores.contains(store.id())) {
                    findings.warn("UNUSED_DATA_STORE", store.id(), Map.of("store", store.name()));
                }
            }
            for (int i = 0; i < plan.links().size(); i++) {
                if (!usedLinks.contains(i)) {
                    Link link = plan.links().get(i);
                    findings.warn("UNUSED_LINK", "links[" + i + "]", Map.of("linkType", link.type().displayName(),
                            "oneEnd", locations.get(link.first()).name(),
                            "otherEnd", locations.get(link.second()).name()));
                }
            }
        }
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
    private static final class RuntimeDraft {
        final String id;
        final RuntimeType type;
        final String location;
        final RuntimeHost host;
        final Map<RuntimeAlternative, Reason> alternatives = new LinkedHashMap<>();
        final List<String> flows = new ArrayList<>();
        final Set<Reason> reasons = new LinkedHashSet<>();
        private final Set<String> placementReferences = new HashSet<>();

        RuntimeDraft(String id, RuntimeType type, String location, RuntimeHost host) {
            this.id = id;
            this.type = type;
            this.location = location;
            this.host = host;
        }

        /** Records the flow; keeps the first reason per cited reference, so reasons stay few on large plans. */
        void serve(Flow flow, Reason placementReason) {
            flows.add(flow.id());
            if (placementReferences.add(placementReason.reference())) {
                reasons.add(placementReason);
            }
        }

        void alternative(RuntimeAlternative alternative, Reason reason) {
            if (alternatives.putIfAbsent(alternative, reason) == null) {
                reasons.add(reason);
            }
        }

        RuntimePlacement toPlacement() {
            return new RuntimePlacement(id, type, location, host, List.copyOf(alternatives.keySet()), flows,
                    List.copyOf(reasons));
        }
    }
}
