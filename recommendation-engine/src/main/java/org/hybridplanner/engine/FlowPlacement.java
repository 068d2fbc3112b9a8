package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.engine.Routes.Citation;
import org.hybridplanner.engine.SeedRows.End;
import org.hybridplanner.engine.SeedRows.NetworkRule;
import org.hybridplanner.engine.SeedRows.PlacementRule;
import org.hybridplanner.engine.TopologyGraph.Hop;
import org.hybridplanner.engine.TopologyGraph.Path;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.ValidatedPlan;
import org.hybridplanner.model.Warning;

/**
 * The placement concern: for each flow, the first row of placement-rules.json that matches its two locations
 * decides cloud or hybrid and, for a hybrid flow, the end whose location hosts the self-hosted runtime; the first
 * row of network-rules.json that matches the leg leaving the runtime names its network. Everything that depends
 * only on the two locations (the rows, the private path, the network, the route's reason) is decided once per pair
 * of locations and shared by every flow between them; what names the flow's own stores is written per flow.
 */
final class FlowPlacement {
    /** The values a placement row's sentence may name, in the order {@link #placementText} gives them. */
    private static final List<String> PLACEMENT_VALUES = List.of("flow", "source", "sink", "sourceLocation",
            "sinkLocation");
    /** The values a network row's sentence may name, in the order {@link #networkReason} gives them. */
    private static final List<String> NETWORK_VALUES = List.of("flow", "source", "sink", "sourceLocation",
            "sinkLocation", "runtimeLocation", "farLocation", "route");
    /** The position of {@code route} in {@link #NETWORK_VALUES}. */
    private static final int ROUTE = NETWORK_VALUES.indexOf("route");
    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final Findings findings;
    private final Routes routes;
    private final Runtimes runtimes;
    private final StagedCopy stagedCopy;
    private final TransportClaims transport;
    private final PlanWarnings warnings;
    private final StoreAccess access;
    private final NetworkSanity sanity;
    /** {@link #placementRule} by whether the two are one location, then the two kinds. */
    private final PlacementRule[] placementByKinds = new PlacementRule[2 * LocationKind.values().length
            * LocationKind.values().length];
    /** By the positions of the source's and the sink's locations; a row is made when its first flow comes. */
    private final Leg[][] legs;
    /** {@link #managedNetworkReaches} by the store's position: 0 until decided, then 1 (no) or 2 (yes). */
    private final byte[] managedReach;
    /** {@link #privateEndpointReason} by the store's position; null until the store's first flow. */
    private final Reason[] endpointReasons;
    /** Each placement and network row's sentence, bound once per row (the rows' own objects are the keys). */
    private final Map<Object, Templates.Bound> boundTexts = new IdentityHashMap<>();
    /** The reasons of the flow being decided: one list, reused from flow to flow ({@link #frozen}). */
    private final List<Reason> reasonsOfFlow = new ArrayList<>(8);
    /** {@link Network#of} by link type: it looks the name up, once per pair of locations otherwise. */
    private final Map<LinkType, Network> networks = new EnumMap<>(LinkType.class);

    FlowPlacement(RuleBook rules, ValidatedPlan plan, Findings findings, Routes routes, Runtimes runtimes,
            PlanWarnings warnings, StoreAccess access, NetworkSanity sanity) {
        this.access = access;
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
        this.routes = routes;
        this.runtimes = runtimes;
        this.stagedCopy = new StagedCopy(findings, runtimes);
        this.transport = new TransportClaims(rules.catalog(), plan.plan().dataStores().size(), findings);
        this.warnings = warnings;
        this.sanity = sanity;
        this.legs = new Leg[plan.plan().locations().size()][];
        this.managedReach = new byte[plan.plan().dataStores().size()];
        this.endpointReasons = new Reason[plan.plan().dataStores().size()];
    }

    /** The decision for every flow, in plan order. */
    List<FlowDecision> decideAll() {
        List<Flow> flows = plan.plan().flows();
        // An array handed to List.of: the recommendation keeps that list as it is, where it copied an ArrayList
        // twice (two arrays of every flow).
        FlowDecision[] decisions = new FlowDecision[flows.size()];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = decide(i, flows.get(i));
        }
        return List.of(decisions);
    }

    private FlowDecision decide(int position, Flow flow) {
        // Positions from the validated plan's index: no lookup by id for the flow's ends.
        int sourceAt = plan.sourceOf(position);
        int sinkAt = plan.sinkOf(position);
        DataStore source = plan.plan().dataStores().get(sourceAt);
        DataStore sink = plan.plan().dataStores().get(sinkAt);
        // A store with a private endpoint is placed in the endpoint's virtual network (docs/decisions.md).
        int fromAt = plan.networkOf(sourceAt);
        int toAt = plan.networkOf(sinkAt);
        Location from = plan.plan().locations().get(fromAt);
        Location to = plan.plan().locations().get(toAt);
        warnings.usedStore(sourceAt);
        warnings.usedStore(sinkAt);
        if (fromAt != plan.locationOf(sourceAt)) {
            warnings.usedLocation(plan.locationOf(sourceAt));
        }
        if (toAt != plan.locationOf(sinkAt)) {
            warnings.usedLocation(plan.locationOf(sinkAt));
        }
        if (access.managedPrivateEndpoint(sourceAt) || access.managedPrivateEndpoint(sinkAt)) {
            if (access.azureRuntimeReaches(sourceAt) && access.azureRuntimeReaches(sinkAt)) {
                return inManagedNetwork(position, flow, sourceAt, sinkAt);
            }
        }
        if (legs[fromAt] == null) {
            legs[fromAt] = new Leg[legs.length];
        }
        Leg leg = legs[fromAt][toAt];
        if (leg == null) {
            leg = leg(flow, fromAt, from, toAt, to);
            legs[fromAt][toAt] = leg;
        }
        if (leg.rule.runtime() == RuntimeType.AZURE) {
            Reason reason = findings.reason(placementText(leg, flow, source, sink, from, to), leg.rule.reference(),
                    leg.rule.claim());
            List<Reason> reasons = reasonsOfFlow;
            reasons.clear();
            reasons.add(reason);
            transport.of(sourceAt, source, from, sinkAt, sink, to, false, reasons);
            runtimes.azureForCloudFlow().serve(position, flow, reason);
            return new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.CLOUD, FlowStatus.OK,
                    RecommendationEngine.AZURE_RUNTIME_ID, Network.INTERNET, leg.endpoints, frozen(reasons));
        }
        if (leg.blocked) {
            Warning warning = findings.warn("NO_PRIVATE_PATH", flow.id(), Map.of("flow", flow.id(),
                    "sourceLocation", from.name(), "sinkLocation", to.name(), "linkTypes", leg.linkTypesThatCouldJoin));
            return new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.HYBRID, FlowStatus.BLOCKED, null,
                    null, List.of(from.id(), to.id()), List.of(findings.reason(warning.message(),
                            warning.reference(), rules.warnings.get("NO_PRIVATE_PATH").claim())));
        }

        List<Reason> reasons = reasonsOfFlow;
        reasons.clear();
        reasons.add(findings.reason(placementText(leg, flow, source, sink, from, to),
                leg.placementCitation.reference(), leg.placementCitation.claim()));
        reasons.add(leg.networkReason != null ? leg.networkReason : networkReason(leg, flow, source, sink));
        transport.of(sourceAt, source, from, sinkAt, sink, to, true, reasons);
        // By index: most legs have no such link, and an iterator per flow was a measurable share of the garbage.
        for (int i = 0; i < leg.clientLinks.size(); i++) {
            Link link = leg.clientLinks.get(i);
            findings.warn("POINT_TO_SITE_CARRIES_SERVER_TRAFFIC", flow.id(), Map.of("flow", flow.id(),
                    "oneEnd", plan.location(link.first()).name(), "otherEnd", plan.location(link.second()).name()));
        }
        privateEndpointReason(sourceAt, source, from, reasons);
        if (sinkAt != sourceAt) {
            privateEndpointReason(sinkAt, sink, to, reasons);
        }
        // The leg's runtime and its alternative are the same for every flow of the pair: looked up, and the
        // alternative recorded, with the pair's first flow.
        Runtimes.Draft runtime = leg.runtime;
        boolean firstFlow = runtime == null;
        if (firstFlow) {
            runtime = runtimes.selfHosted(leg.home);
            leg.runtime = runtime;
            sanity.leaves(runtime, leg.home, leg.leavingHop,
                    leg.leavingHop == null || routes.carriesServerTraffic(leg.leavingHop.type()));
        }
        managedNetworkWouldFit(flow, sourceAt, sinkAt, runtime);
        if (flow.stagedCopy()) {
            reasons.add(stagedCopy.reason(flow, source, from, sink, to, runtime));
        }
        runtime.serve(position, flow, reasons.get(0));
        if (firstFlow && leg.alternative != null) {
            runtime.alternative(leg.alternative, leg.alternativeReason);
        }
        return new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.HYBRID, FlowStatus.OK, runtime.id,
                leg.network, leg.locationPath, frozen(reasons));
    }

    /**
     * The reasons as an immutable list that {@link FlowDecision} keeps as it is: it copies any other list, and a
     * copy of an {@code ArrayList} took two arrays and a list per flow on top of the list itself.
     */
    private static List<Reason> frozen(List<Reason> reasons) {
        return switch (reasons.size()) {
            case 1 -> List.of(reasons.get(0));
            case 2 -> List.of(reasons.get(0), reasons.get(1));
            case 3 -> List.of(reasons.get(0), reasons.get(1), reasons.get(2));
            case 4 -> List.of(reasons.get(0), reasons.get(1), reasons.get(2), reasons.get(3));
            case 5 -> List.of(reasons.get(0), reasons.get(1), reasons.get(2), reasons.get(3), reasons.get(4));
            default -> List.copyOf(reasons);
        };
    }

    /**
     * A flow whose ends the Azure runtime reaches in the factory's managed virtual network, at least one through a
     * managed private endpoint: a cloud flow run there.
     */
    private FlowDecision inManagedNetwork(int position, Flow flow, int sourceAt, int sinkAt) {
        DataStore source = plan.plan().dataStores().get(sourceAt);
        DataStore sink = plan.plan().dataStores().get(sinkAt);
        Location from = plan.locationOf(source);
        Location to = plan.locationOf(sink);
        warnings.usedLocation(plan.locationOf(sourceAt));
        warnings.usedLocation(plan.locationOf(sinkAt));
        List<String> privately = new ArrayList<>(2);
        List<String> publicly = new ArrayList<>(2);
        (access.managedPrivateEndpoint(sourceAt) ? privately : publicly).add(source.name());
        if (sinkAt != sourceAt) {
            (access.managedPrivateEndpoint(sinkAt) ? privately : publicly).add(sink.name());
        }
        Reason reason = findings.reason("Data factory " + plan.plan().dataFactory().name() + " has a managed virtual"
                + " network: its Azure integration runtime reaches " + String.join(" and ", privately)
                + " through managed private endpoints" + (publicly.isEmpty() ? ""
                        : " and " + String.join(" and ", publicly) + " on its public endpoint")
                + ", so flow " + flow.id() + " is a cloud flow run in that network.",
                CitedReference.MANAGED_NETWORK_SCENARIO);
        List<Reason> reasons = new ArrayList<>(3);
        reasons.add(reason);
        transport.of(sourceAt, source, from, sinkAt, sink, to, false, reasons);
        runtimes.azureForCloudFlow().serve(position, flow, reason);
        List<String> path = from == to ? List.of(from.id()) : List.of(from.id(), to.id());
        return new FlowDecision(flow.id(), source.id(), sink.id(), Scenario.CLOUD, FlowStatus.OK,
                RecommendationEngine.AZURE_RUNTIME_ID, Network.MANAGED_PRIVATE_ENDPOINT, path, reasons);
    }

    /** For a store reached through its private endpoint: where the endpoint is and what that means. */
    private void privateEndpointReason(int storeAt, DataStore store, Location network, List<Reason> reasons) {
        if (plan.privateEndpointOf(storeAt) < 0) {
            return;
        }
        // The same for every flow of the store: its network is its private endpoint's.
        Reason reason = endpointReasons[storeAt];
        if (reason == null) {
            reason = findings.reason(store.name() + " is reached through its private endpoint in " + network.name()
                    + ": the runtime's traffic to it stays on private addresses.",
                    CitedReference.PRIVATE_ENDPOINT_PATH);
            endpointReasons[storeAt] = reason;
        }
        reasons.add(reason);
    }

    /**
     * A hybrid flow that needs its self-hosted runtime only because a cloud store allows private access only, where
     * a managed private endpoint could reach every such store: say that a managed virtual network would do.
     */
    private void managedNetworkWouldFit(Flow flow, int sourceAt, int sinkAt, Runtimes.Draft runtime) {
        boolean sourceEndpoint = plan.privateEndpointOf(sourceAt) >= 0;
        boolean sinkEndpoint = sinkAt != sourceAt && plan.privateEndpointOf(sinkAt) >= 0;
        // Without a private endpoint at either end there is nothing a managed private endpoint would replace: most
        // flows of a large plan stop here, before any store's type is looked up.
        if (!sourceEndpoint && !sinkEndpoint || !managedNetworkReaches(sourceAt)
                || sinkAt != sourceAt && !managedNetworkReaches(sinkAt)) {
            return;
        }
        String stores = !sinkEndpoint ? plan.plan().dataStores().get(sourceAt).name()
                : !sourceEndpoint ? plan.plan().dataStores().get(sinkAt).name()
                : plan.plan().dataStores().get(sourceAt).name() + " and " + plan.plan().dataStores().get(sinkAt).name();
        findings.warn("MANAGED_VIRTUAL_NETWORK_FITS", flow.id(), Map.of("flow", flow.id(), "runtime", runtime.id,
                "stores", stores, "dataFactory", plan.plan().dataFactory().name()));
    }

    /**
     * Whether the Azure runtime in a managed virtual network could reach the store at {@code storeAt}: through a
     * managed private endpoint where the store has a private endpoint and its type allows a managed one, otherwise
     * as it reaches it today. Decided once per store.
     */
    private boolean managedNetworkReaches(int storeAt) {
        byte known = managedReach[storeAt];
        if (known == 0) {
            boolean reaches;
            if (plan.privateEndpointOf(storeAt) >= 0) {
                reaches = rules.catalog().privateEndpoint(plan.plan().dataStores().get(storeAt).type())
                        .map(spec -> spec.managedPrivateEndpoint()).orElse(false);
            } else {
                reaches = access.azureRuntimeReaches(storeAt);
            }
            known = (byte) (reaches ? 2 : 1);
            managedReach[storeAt] = known;
        }
        return known == 2;
    }

    /** The placement row's sentence for this flow: it names the flow's own stores. */
    private static String placementText(Leg leg, Flow flow, DataStore source, DataStore sink, Location from,
            Location to) {
        return leg.placementText.fill(flow.id(), source.name(), sink.name(), from.name(), to.name());
    }

    /**
     * What every flow from {@code from} to {@code to} shares; records the locations and links it uses, and has the
     * locations its private path joins checked for overlapping address spaces ({@code flow}, the pair's first, is
     * the one a warning names).
     */
    private Leg leg(Flow flow, int fromAt, Location from, int toAt, Location to) {
        warnings.usedLocation(fromAt);
        warnings.usedLocation(toAt);
        Leg leg = new Leg();
        leg.rule = placementRule(from, to);
        leg.placementText = boundTexts.computeIfAbsent(leg.rule, row -> Templates.bind(leg.rule.reason(),
                PLACEMENT_VALUES));
        leg.endpoints = from == to ? List.of(from.id()) : List.of(from.id(), to.id());
        if (leg.rule.runtime() == RuntimeType.AZURE) {
            return leg;
        }
        Path path = Path.NONE;
        if (Boolean.TRUE.equals(leg.rule.requiresPrivatePath())) {
            Optional<Path> found = routes.privatePath(fromAt, toAt);
            if (found.isEmpty()) {
                leg.blocked = true;
                leg.linkTypesThatCouldJoin = routes.linkTypesThatCouldJoin(from, to);
                return leg;
            }
            path = found.get();
            sanity.joinedPrivately(flow, path);
        }
        boolean atSource = leg.rule.runtimeAt() == End.SOURCE;
        leg.home = atSource ? from : to;
        leg.far = atSource ? to : from;
        leg.from = from;
        leg.to = to;
        leg.leavingHop = Routes.leavingHop(path, atSource);
        leg.placementCitation = routes.cite(leg.rule.reference(), leg.rule.claim(), leg.leavingHop);
        leg.homeAt = atSource ? fromAt : toAt;
        leg.farAt = atSource ? toAt : fromAt;
        for (NetworkRule row : rules.networkRules) {
            if (matches(row, leg.home, leg.homeAt, leg.far, leg.farAt)) {
                leg.networkRule = row;
                break;
            }
        }
        if (leg.networkRule == null) {
            throw new IllegalStateException("No network rule matches the leg from " + leg.home.kind() + " to "
                    + leg.far.kind() + "; network-rules.json must cover every case");
        }
        leg.network = leg.networkRule.network() == NetworkChoice.FIRST_LINK_ON_PATH
                ? networks.computeIfAbsent(leg.leavingHop.type(), Network::of)
                : leg.networkRule.network().fixed();
        leg.networkCitation = routes.cite(leg.networkRule.reference(), leg.networkRule.claim(), leg.leavingHop);
        leg.networkText = boundTexts.computeIfAbsent(leg.networkRule, row -> Templates.bind(
                leg.networkRule.reason(), NETWORK_VALUES));
        // The route is described only for a row whose sentence names it: a pair of locations is one of thousands.
        if (leg.networkText.uses(ROUTE)) {
            leg.routeParts = routes.describe(path, atSource);
        }
        if (!leg.networkText.uses(0) && !leg.networkText.uses(1) && !leg.networkText.uses(2)) {
            leg.networkReason = networkReason(leg, null, null, null);
        }
        if (leg.networkRule.requiresLink() != null) {
            int link = routes.link(leg.homeAt, leg.farAt, leg.networkRule.requiresLink());
            if (link >= 0) {
                warnings.usedLink(link);
            }
        }
        leg.locationPath = routes.locations(path, leg.endpoints);
        for (int i = 0; i < path.hops(); i++) {
            warnings.usedLocation(path.locations()[i]);
            warnings.usedLocation(path.locations()[i + 1]);
            warnings.usedLink(path.links()[i]);
        }
        leg.clientLinks = routes.clientLinks(path);
        if (leg.networkRule.alternativeHost() != null) {
            alternativeHost(leg);
        }
        return leg;
    }

    /** The reason for the leg's network; {@code flow} and its stores are null when the text names none of them. */
    private Reason networkReason(Leg leg, Flow flow, DataStore source, DataStore sink) {
        String text = flow == null
                ? leg.networkText.fill(ROUTE, leg.routeParts, null, null, null, leg.from.name(), leg.to.name(),
                        leg.home.name(), leg.far.name(), null)
                : leg.networkText.fill(ROUTE, leg.routeParts, flow.id(), source.name(), sink.name(), leg.from.name(),
                        leg.to.name(), leg.home.name(), leg.far.name(), null);
        return findings.reason(text, leg.networkCitation.reference(), leg.networkCitation.claim());
    }

    /**
     * The first placement row that matches the two locations. It depends only on their kinds and whether they are
     * one location, so it is chosen once per such combination rather than once per pair of locations.
     */
    private PlacementRule placementRule(Location from, Location to) {
        int same = from.id().equals(to.id()) ? 1 : 0;
        int kinds = LocationKind.values().length;
        int key = (same * kinds + from.kind().ordinal()) * kinds + to.kind().ordinal();
        PlacementRule rule = placementByKinds[key];
        if (rule == null) {
            rule = rules.placementRules.stream()
                    .filter(row -> matches(row, from, to))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No placement rule matches a flow from "
                            + from.kind() + " to " + to.kind() + "; placement-rules.json must cover every pair"));
            placementByKinds[key] = rule;
        }
        return rule;
    }

    /**
     * The runtime could also run on an Azure VM: in a virtual network already joined privately to its location,
     * which (with that link) then has a purpose and is not reported unused.
     */
    private void alternativeHost(Leg leg) {
        Location vnet = routes.privateNeighbour(leg.home, LocationKind.AZURE_VIRTUAL_NETWORK).orElse(null);
        if (vnet != null) {
            warnings.usedLocation(routes.positionOf(vnet));
            routes.privateLink(leg.home, vnet).ifPresent(warnings::usedLink);
        }
        leg.alternative = new RuntimeAlternative(leg.networkRule.alternativeHost(), vnet == null ? null : vnet.id());
        leg.alternativeReason = findings.reason(vnet == null
                ? "It could instead run on an Azure VM, once a virtual network is joined privately to "
                        + leg.home.name() + " so the VM can read its stores."
                : "It could instead run on an Azure VM in " + vnet.name() + ", which is joined privately to "
                        + leg.home.name() + ".",
                CitedReference.ALTERNATIVE_HOST);
    }

    private static boolean matches(PlacementRule rule, Location from, Location to) {
        if (rule.sameLocation() != null && rule.sameLocation() != from.id().equals(to.id())) {
            return false;
        }
        return rule.source().matches(from.kind()) && rule.sink().matches(to.kind());
    }

    private boolean matches(NetworkRule rule, Location home, int homeAt, Location far, int farAt) {
        if (rule.farEnd() == LocationSelector.SAME_LOCATION) {
            return home.id().equals(far.id());
        }
        if (home.id().equals(far.id()) || !rule.farEnd().matches(far.kind())) {
            return false;
        }
        return rule.requiresLink() == null || routes.link(homeAt, farAt, rule.requiresLink()) >= 0;
    }

    /** What the flows between one pair of locations share, decided by {@link #leg}. */
    private static final class Leg {
        PlacementRule rule;
        Templates.Bound placementText;
        List<String> endpoints;
        boolean blocked;
        String linkTypesThatCouldJoin;
        Location from;
        Location to;
        Location home;
        Location far;
        int homeAt;
        int farAt;
        Hop leavingHop;
        Citation placementCitation;
        NetworkRule networkRule;
        Network network;
        /** The route's text in parts ({@link Routes#describe}); null when the network rule's text does not name it. */
        String[] routeParts;
        Citation networkCitation;
        /** Null when the network rule's text names the flow or its stores, and is written per flow. */
        Reason networkReason;
        Templates.Bound networkText;
        List<String> locationPath;
        List<Link> clientLinks;
        RuntimeAlternative alternative;
        Reason alternativeReason;
        /** The self-hosted runtime in {@link #home}, once the pair's first flow has been placed. */
        Runtimes.Draft runtime;
    }
}
