package org.hybridplanner.app.plan.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.RuntimeOptions;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * The edits the planner's forms make, as pure functions from plan to plan. Renaming an id carries the new id into
 * everything that refers to it, so that a rename never leaves dangling references behind.
 */
final class PlanEdits {
    private PlanEdits() {
    }

    static Plan withName(Plan plan, String name) {
        return plan.withName(name);
    }

    /**
     * The plan with {@code factory}. Without a managed virtual network no store can be reached through a managed
     * private endpoint, so turning it off takes every store off its managed private endpoint (undo brings both back).
     */
    static Plan withDataFactory(Plan plan, DataFactory factory) {
        List<DataStore> stores = factory.managedVirtualNetwork()
                || plan.dataStores().stream().noneMatch(DataStore::managedPrivateEndpoint) ? plan.dataStores()
                : plan.dataStores().stream().map(s -> s.managedPrivateEndpoint() ? s.withManagedPrivateEndpoint(false)
                        : s).toList();
        return new Plan(plan.schemaVersion(), plan.name(), factory, plan.locations(), plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials(), plan.layout());
    }

    static Plan withOptions(Plan plan, RuntimeOptions runtime, CredentialOptions credentials) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), plan.flows(), runtime, credentials, plan.layout());
    }

    // ---- locations ----------------------------------------------------------------------------------------------

    static Plan addLocation(Plan plan) {
        String id = freeId("location", plan.locations().stream().map(Location::id).toList());
        return withLocations(plan, appended(plan.locations(), new Location(id, null, LocationKind.ON_PREMISES)));
    }

    static Plan replaceLocation(Plan plan, int index, Location location) {
        String oldId = plan.locations().get(index).id();
        Plan replaced = withLocations(plan, replaced(plan.locations(), index, location));
        if (oldId.equals(location.id())) {
            return replaced;
        }
        UnaryOperator<String> rename = id -> id.equals(oldId) ? location.id() : id;
        List<Link> links = replaced.links().stream()
                .map(link -> new Link(rename.apply(link.first()), rename.apply(link.second()), link.type())).toList();
        List<DataStore> stores = replaced.dataStores().stream()
                .map(s -> new DataStore(s.id(), s.name(), s.type(), rename.apply(s.location()), s.connector(),
                        s.privateEndpoint() == null ? null : rename.apply(s.privateEndpoint()),
                        s.managedPrivateEndpoint()))
                .toList();
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), replaced.locations(), links, stores,
                plan.flows(), plan.runtime(), plan.credentials(), plan.layout().withLocationIds(rename));
    }

    static Plan removeLocation(Plan plan, int index) {
        return withLocations(plan, removed(plan.locations(), index));
    }

    // ---- links --------------------------------------------------------------------------------------------------

    /** A link between the first pair of locations some link type can join; empty when no pair can be joined. */
    static Optional<Plan> addLink(Plan plan, Catalog catalog) {
        List<Location> locations = plan.locations();
        for (int i = 0; i < locations.size(); i++) {
            for (int j = i + 1; j < locations.size(); j++) {
                List<LinkType> types = catalog.linkTypesJoining(locations.get(i).kind(), locations.get(j).kind());
                if (!types.isEmpty()) {
                    Link link = new Link(locations.get(i).id(), locations.get(j).id(), types.get(0));
                    return Optional.of(withLinks(plan, appended(plan.links(), link)));
                }
            }
        }
        return Optional.empty();
    }

    static Plan replaceLink(Plan plan, int index, Link link) {
        return withLinks(plan, replaced(plan.links(), index, link));
    }

    static Plan removeLink(Plan plan, int index) {
        return withLinks(plan, removed(plan.links(), index));
    }

    // ---- data stores --------------------------------------------------------------------------------------------

    /** A store of the first type allowed at the first location; empty when the plan has no location yet. */
    static Optional<Plan> addDataStore(Plan plan, Catalog catalog) {
        for (Location location : plan.locations()) {
            List<StoreTypeSpec> types = catalog.storeTypesFor(location.kind());
            if (!types.isEmpty()) {
                String id = freeId("store", plan.dataStores().stream().map(DataStore::id).toList());
                DataStore store = new DataStore(id, null, types.get(0).type(), location.id());
                return Optional.of(withDataStores(plan, appended(plan.dataStores(), store)));
            }
        }
        return Optional.empty();
    }

    static Plan replaceDataStore(Plan plan, int index, DataStore store) {
        String oldId = plan.dataStores().get(index).id();
        Plan replaced = withDataStores(plan, replaced(plan.dataStores(), index, store));
        if (oldId.equals(store.id())) {
            return replaced;
        }
        UnaryOperator<String> rename = id -> id.equals(oldId) ? store.id() : id;
        List<Flow> flows = replaced.flows().stream()
                .map(f -> new Flow(f.id(), rename.apply(f.source()), rename.apply(f.sink()), f.stagedCopy(),
                        f.activities()))
                .toList();
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                replaced.dataStores(), flows, plan.runtime(), plan.credentials(),
                plan.layout().withDataStoreIds(rename));
    }

    static Plan removeDataStore(Plan plan, int index) {
        return withDataStores(plan, removed(plan.dataStores(), index));
    }

    // ---- flows --------------------------------------------------------------------------------------------------

    /** A flow from the first store to the second; empty when the plan has fewer than two stores. */
    static Optional<Plan> addFlow(Plan plan) {
        if (plan.dataStores().size() < 2) {
            return Optional.empty();
        }
        String id = freeId("flow", plan.flows().stream().map(Flow::id).toList());
        Flow flow = new Flow(id, plan.dataStores().get(0).id(), plan.dataStores().get(1).id(), false);
        return Optional.of(withFlows(plan, appended(plan.flows(), flow)));
    }

    static Plan replaceFlow(Plan plan, int index, Flow flow) {
        return withFlows(plan, replaced(plan.flows(), index, flow));
    }

    static Plan removeFlow(Plan plan, int index) {
        return withFlows(plan, removed(plan.flows(), index));
    }

    // ---- on the canvas --------------------------------------------------------------------------------------------

    /** A new location of {@code kind}, its zone at {@code at} (null: placed automatically), named for its kind. */
    static Plan addLocation(Plan plan, LocationKind kind, Position at) {
        String id = freeId("location", plan.locations().stream().map(Location::id).toList());
        long sameKind = plan.locations().stream().filter(location -> location.kind() == kind).count();
        Location location = new Location(id, kind.displayName() + " " + (sameKind + 1), kind);
        Plan added = withLocations(plan, appended(plan.locations(), location));
        return at == null ? added : added.withLayout(added.layout().withLocation(id, at));
    }

    /** A new store of {@code type} in location {@code locationId}, at {@code at} inside its zone (null: automatic). */
    static Plan addDataStore(Plan plan, String type, String locationId, String typeName, Position at) {
        String id = freeId("store", plan.dataStores().stream().map(DataStore::id).toList());
        long sameType = plan.dataStores().stream().filter(store -> store.type().equals(type)).count();
        DataStore store = new DataStore(id, typeName + " " + (sameType + 1), type, locationId);
        Plan added = withDataStores(plan, appended(plan.dataStores(), store));
        return at == null ? added : added.withLayout(added.layout().withDataStore(id, at));
    }

    static Plan addLink(Plan plan, String oneEnd, String otherEnd, LinkType type) {
        return withLinks(plan, appended(plan.links(), new Link(oneEnd, otherEnd, type)));
    }

    static Plan addFlow(Plan plan, String source, String sink) {
        String id = freeId("flow", plan.flows().stream().map(Flow::id).toList());
        return withFlows(plan, appended(plan.flows(), new Flow(id, source, sink, false)));
    }

    static Plan moveLocation(Plan plan, String id, Position to) {
        return plan.withLayout(plan.layout().withLocation(id, to));
    }

    /**
     * The store at {@code to} inside the zone of {@code locationId}, which becomes its location when it differs. A
     * store moved into a virtual network is reached through a private endpoint there, so it names none elsewhere.
     */
    static Plan moveDataStore(Plan plan, String id, String locationId, Position to) {
        Plan moved = plan.withLayout(plan.layout().withDataStore(id, to));
        boolean intoNetwork = plan.location(locationId).map(l -> l.kind() == LocationKind.AZURE_VIRTUAL_NETWORK)
                .orElse(false);
        List<DataStore> stores = moved.dataStores().stream()
                .map(s -> s.id().equals(id) && !s.location().equals(locationId)
                        ? new DataStore(s.id(), s.name(), s.type(), locationId, s.connector(),
                                intoNetwork ? null : s.privateEndpoint(), s.managedPrivateEndpoint()) : s)
                .toList();
        return withDataStores(moved, stores);
    }

    /** Every element back to the automatic layout. */
    static Plan arranged(Plan plan) {
        return plan.withLayout(PlanLayout.EMPTY);
    }

    // ---- building blocks ----------------------------------------------------------------------------------------

    private static Plan withLocations(Plan plan, List<Location> locations) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), locations, plan.links(),
                plan.dataStores(), plan.flows(), plan.runtime(), plan.credentials(), plan.layout());
    }

    private static Plan withLinks(Plan plan, List<Link> links) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), links,
                plan.dataStores(), plan.flows(), plan.runtime(), plan.credentials(), plan.layout());
    }

    private static Plan withDataStores(Plan plan, List<DataStore> stores) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials(), plan.layout());
    }

    private static Plan withFlows(Plan plan, List<Flow> flows) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), flows, plan.runtime(), plan.credentials(), plan.layout());
    }

    /**
     * The first free {@code prefix-N}: counting from the list's size would skip {@code store-2} after a removal and,
     * where ids were chosen by hand, number past the gaps the user left.
     */
    static String freeId(String prefix, List<String> taken) {
        Set<String> used = new HashSet<>(taken);
        for (int n = 1; ; n++) {
            if (!used.contains(prefix + "-" + n)) {
                return prefix + "-" + n;
            }
        }
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static <T> List<T> replaced(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    private static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
