package org.hybridplanner.app.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.change.ElementNames;

/**
 * Removing one element together with everything that would point at nothing without it: a store's flows; a
 * location's stores, their flows and the links that join it (stores whose private endpoint is in a removed network
 * stay, on their public endpoint). Says in words who depends on the element, and what
 * the removal took away.
 *
 * @param element what is removed, in words ({@code data store "SQL VM"})
 * @param dependants one sentence per kind of dependant ({@code 2 flows use SQL VM: Orders → Warehouse, ...}),
 *     empty when nothing depends on the element
 * @param removedCount how many elements go, the element itself included
 * @param summary what the removal did, for the notification that offers to undo it
 * @param plan the plan without them
 */
record ElementRemoval(String element, List<String> dependants, int removedCount, String summary, Plan plan) {
    /** How many dependants a sentence names before it counts the rest. */
    static final int NAMED_PER_SENTENCE = 5;

    ElementRemoval {
        dependants = List.copyOf(dependants);
    }

    static ElementRemoval ofFlow(Plan plan, int index) {
        Flow flow = plan.flows().get(index);
        String name = ElementNames.flow(plan, flow);
        return new ElementRemoval("flow \"" + name + "\"", List.of(), 1, "Removed flow " + name,
                PlanEdits.removeFlow(plan, index));
    }

    static ElementRemoval ofLink(Plan plan, int index) {
        String name = ElementNames.link(plan, plan.links().get(index));
        return new ElementRemoval("link \"" + name + "\"", List.of(), 1, "Removed link " + name,
                PlanEdits.removeLink(plan, index));
    }

    static ElementRemoval ofDataStore(Plan plan, int index) {
        DataStore store = plan.dataStores().get(index);
        List<Flow> flows = plan.flows().stream().filter(flow -> uses(flow, Set.of(store.id()))).toList();
        List<String> dependants = flows.isEmpty() ? List.of()
                : List.of(sentence(Quantity.of(flows.size(), "flow") + (flows.size() == 1 ? " uses " : " use ")
                        + store.name(), flows.stream().map(flow -> ElementNames.flow(plan, flow)).toList()));
        Plan without = PlanEdits.removeDataStore(plan, index);
        without = withoutFlows(without, flows);
        return new ElementRemoval("data store \"" + store.name() + "\"", dependants, 1 + flows.size(),
                summary("data store " + store.name(), List.of(Quantity.of(flows.size(), "flow"))), without);
    }

    static ElementRemoval ofLocation(Plan plan, int index) {
        Location location = plan.locations().get(index);
        List<DataStore> stores = plan.dataStores().stream().filter(s -> s.location().equals(location.id())).toList();
        Set<String> storeIds = stores.stream().map(DataStore::id).collect(Collectors.toSet());
        List<Link> links = plan.links().stream().filter(link -> link.between().contains(location.id())).toList();
        List<Flow> flows = plan.flows().stream().filter(flow -> uses(flow, storeIds)).toList();
        List<String> dependants = new ArrayList<>();
        if (!stores.isEmpty()) {
            dependants.add(sentence(Quantity.of(stores.size(), "data store") + (stores.size() == 1 ? " stands in "
                    : " stand in ") + location.name(), stores.stream().map(DataStore::name).toList()));
        }
        if (!links.isEmpty()) {
            dependants.add(sentence(Quantity.of(links.size(), "link") + (links.size() == 1 ? " joins " : " join ")
                    + location.name(), links.stream().map(link -> ElementNames.link(plan, link)).toList()));
        }
        if (!flows.isEmpty()) {
            dependants.add(sentence(Quantity.of(flows.size(), "flow") + (flows.size() == 1 ? " uses " : " use ")
                    + (stores.size() == 1 ? "that store" : "those stores"),
                    flows.stream().map(flow -> ElementNames.flow(plan, flow)).toList()));
        }
        // Stores elsewhere whose private endpoint is in this network stay, back on their public endpoint.
        List<DataStore> endpoints = plan.dataStores().stream()
                .filter(s -> location.id().equals(s.privateEndpoint()) && !storeIds.contains(s.id())).toList();
        if (!endpoints.isEmpty()) {
            dependants.add(sentence(Quantity.of(endpoints.size(), "data store") + (endpoints.size() == 1
                    ? " has its private endpoint in " : " have their private endpoint in ") + location.name()
                    + " and will be reached on the public endpoint",
                    endpoints.stream().map(DataStore::name).toList()));
        }
        Plan without = PlanEdits.removeLocation(plan, index);
        without = new Plan(without.schemaVersion(), without.name(), without.dataFactory(), without.locations(),
                without.links().stream().filter(link -> !links.contains(link)).toList(),
                without.dataStores().stream().filter(store -> !storeIds.contains(store.id()))
                        .map(store -> endpoints.contains(store) ? store.withPrivateEndpoint(null) : store).toList(),
                without.flows().stream().filter(flow -> !flows.contains(flow)).toList(), without.runtime(),
                without.credentials(), without.layout());
        return new ElementRemoval("location \"" + location.name() + "\"", dependants,
                1 + stores.size() + links.size() + flows.size(),
                summary("location " + location.name(), List.of(Quantity.of(stores.size(), "data store"),
                        Quantity.of(links.size(), "link"), Quantity.of(flows.size(), "flow"))), without);
    }

    private static boolean uses(Flow flow, Set<String> storeIds) {
        return storeIds.contains(flow.source()) || storeIds.contains(flow.sink());
    }

    private static Plan withoutFlows(Plan plan, List<Flow> flows) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), plan.flows().stream().filter(flow -> !flows.contains(flow)).toList(),
                plan.runtime(), plan.credentials(), plan.layout());
    }

    /** {@code head: a, b, c} naming at most {@link #NAMED_PER_SENTENCE}, then {@code and N more}. */
    private static String sentence(String head, List<String> names) {
        List<String> shown = names.stream().limit(NAMED_PER_SENTENCE).toList();
        String list = String.join(", ", shown);
        int rest = names.size() - shown.size();
        return head + ": " + list + (rest > 0 ? " and " + rest + " more" : "");
    }

    /** {@code Removed data store SQL VM and 2 flows}, leaving out the kinds of which none went. */
    private static String summary(String element, List<String> counts) {
        List<String> parts = new ArrayList<>(List.of(element));
        counts.stream().filter(count -> !count.startsWith("0 ")).forEach(parts::add);
        if (parts.size() == 1) {
            return "Removed " + element;
        }
        String last = parts.removeLast();
        return "Removed " + String.join(", ", parts) + " and " + last;
    }



}
