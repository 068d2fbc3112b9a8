package org.hybridplanner.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeOptions;

/**
 * Seeded random plans and random edits of them, as the editor makes them: change one field, remove an element with
 * everything that uses it, add an element. An edit may be limited to the elements one side "owns", so that two
 * sides' edits are disjoint.
 */
final class GeneratedEdits {
    static final List<String> STORE_TYPES = List.of("SQL_SERVER", "AZURE_BLOB_STORAGE", "AZURE_SQL_DATABASE",
            "AMAZON_S3");
    static final List<String> REGIONS = List.of("westeurope", "northeurope", "eastus", "uksouth");

    private final Random random;

    GeneratedEdits(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    Plan plan() {
        List<Location> locations = new ArrayList<>();
        int locationCount = 3 + random.nextInt(4);
        for (int i = 0; i < locationCount; i++) {
            locations.add(new Location("l" + i, "Location " + i, pick(List.of(LocationKind.values())),
                    random.nextBoolean() ? List.of("203.0.113." + i) : List.of(), List.of("10." + i + ".0.0/16")));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i + 1 < locationCount; i += 1 + random.nextInt(2)) {
            links.add(new Link("l" + i, "l" + (i + 1), pick(List.of(LinkType.values()))));
        }
        List<DataStore> stores = new ArrayList<>();
        int storeCount = 3 + random.nextInt(8);
        for (int i = 0; i < storeCount; i++) {
            stores.add(new DataStore("s" + i, "Store " + i, pick(STORE_TYPES), pick(locations).id()));
        }
        List<Flow> flows = new ArrayList<>();
        int flowCount = random.nextInt(9);
        for (int i = 0; i < flowCount; i++) {
            flows.add(new Flow("f" + i, pick(stores).id(), pick(stores).id(), random.nextBoolean()));
        }
        return new Plan(1, "Plan", new DataFactory("adf", pick(REGIONS), pick(List.of(EndpointStyle.values()))),
                locations, links, stores, flows, new RuntimeOptions(random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean()), new CredentialOptions(CredentialStore.AZURE_KEY_VAULT, "vault"));
    }

    /**
     * One random edit of {@code plan} that touches only what {@code owns} accepts (element keys as PlanChanges
     * matches them, and settings fields as {@code settings:FIELD}); new elements get ids starting with
     * {@code prefix} and are owned by the editing side.
     */
    Plan edit(Plan plan, Predicate<String> owns, String prefix) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Plan edited = switch (random.nextInt(10)) {
                case 0 -> settings(plan, owns);
                case 1, 2 -> changeStore(plan, owns);
                case 3 -> changeLocation(plan, owns);
                case 4 -> changeFlow(plan, owns);
                case 5 -> changeLink(plan, owns);
                case 6 -> remove(plan, owns);
                default -> add(plan, owns, prefix);
            };
            if (edited != null && !edited.equals(plan)) {
                return edited;
            }
        }
        return plan;
    }

    private Plan settings(Plan plan, Predicate<String> owns) {
        DataFactory factory = plan.dataFactory();
        RuntimeOptions runtime = plan.runtime();
        String field = pick(List.of("FACTORY_NAME", "REGION", "ENDPOINT_STYLE", "AUTO_UPDATE", "PLAN_NAME",
                "KEY_VAULT_NAME"));
        if (!owns.test("settings:" + field)) {
            return null;
        }
        int n = random.nextInt(1000);
        return switch (field) {
            case "FACTORY_NAME" -> with(plan, new DataFactory("adf-" + n, factory.region(), factory.endpointStyle()),
                    runtime, plan.credentials(), plan.name());
            case "REGION" -> with(plan, new DataFactory(factory.name(), pick(REGIONS), factory.endpointStyle()),
                    runtime, plan.credentials(), plan.name());
            case "ENDPOINT_STYLE" -> with(plan, new DataFactory(factory.name(), factory.region(),
                    pick(List.of(EndpointStyle.values()))), runtime, plan.credentials(), plan.name());
            case "AUTO_UPDATE" -> with(plan, factory, new RuntimeOptions(runtime.interactiveAuthoring(),
                    !runtime.autoUpdate(), runtime.remoteAccessFromIntranet()), plan.credentials(), plan.name());
            case "PLAN_NAME" -> with(plan, factory, runtime, plan.credentials(), "Plan " + n);
            default -> with(plan, factory, runtime, new CredentialOptions(CredentialStore.AZURE_KEY_VAULT,
                    "vault-" + n), plan.name());
        };
    }

    private Plan changeStore(Plan plan, Predicate<String> owns) {
        List<DataStore> own = plan.dataStores().stream().filter(store -> owns.test(store.id())).toList();
        List<Location> ownLocations = plan.locations().stream().filter(l -> owns.test(l.id())).toList();
        if (own.isEmpty()) {
            return null;
        }
        DataStore store = pick(own);
        DataStore changed = switch (random.nextInt(3)) {
            case 0 -> new DataStore(store.id(), "Store " + random.nextInt(1000), store.type(), store.location());
            case 1 -> new DataStore(store.id(), store.name(), pick(STORE_TYPES), store.location());
            default -> ownLocations.isEmpty() ? null
                    : new DataStore(store.id(), store.name(), store.type(), pick(ownLocations).id());
        };
        return changed == null ? null : withStores(plan, replace(plan.dataStores(), store, changed));
    }

    private Plan changeLocation(Plan plan, Predicate<String> owns) {
        List<Location> own = plan.locations().stream().filter(l -> owns.test(l.id())).toList();
        if (own.isEmpty()) {
            return null;
        }
        Location location = pick(own);
        int n = random.nextInt(200);
        Location changed = switch (random.nextInt(4)) {
            case 0 -> new Location(location.id(), "Location " + n, location.kind(), location.egressIps(),
                    location.addressSpaces());
            case 1 -> new Location(location.id(), location.name(), pick(List.of(LocationKind.values())),
                    location.egressIps(), location.addressSpaces());
            case 2 -> new Location(location.id(), location.name(), location.kind(), List.of("198.51.100." + n),
                    location.addressSpaces());
            default -> new Location(location.id(), location.name(), location.kind(), location.egressIps(),
                    List.of("10." + n + ".0.0/16"));
        };
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(),
                replace(plan.locations(), location, changed), plan.links(), plan.dataStores(), plan.flows(),
                plan.runtime(), plan.credentials());
    }

    private Plan changeFlow(Plan plan, Predicate<String> owns) {
        List<Flow> own = plan.flows().stream().filter(flow -> owns.test(flow.id())).toList();
        List<DataStore> ownStores = plan.dataStores().stream().filter(store -> owns.test(store.id())).toList();
        if (own.isEmpty()) {
            return null;
        }
        Flow flow = pick(own);
        Flow changed = switch (random.nextInt(3)) {
            case 0 -> ownStores.isEmpty() ? null : new Flow(flow.id(), pick(ownStores).id(), flow.sink(),
                    flow.stagedCopy());
            case 1 -> ownStores.isEmpty() ? null : new Flow(flow.id(), flow.source(), pick(ownStores).id(),
                    flow.stagedCopy());
            default -> new Flow(flow.id(), flow.source(), flow.sink(), !flow.stagedCopy());
        };
        return changed == null ? null : withFlows(plan, replace(plan.flows(), flow, changed));
    }

    private Plan changeLink(Plan plan, Predicate<String> owns) {
        List<KeyedLink> own = KeyedLink.of(plan.links()).stream().filter(keyed -> owns.test(keyed.key())).toList();
        if (own.isEmpty()) {
            return null;
        }
        Link link = pick(own).link();
        return withLinks(plan, replace(plan.links(), link, new Link(link.between(),
                pick(List.of(LinkType.values())))));
    }

    /** Removes an owned element with everything that uses it, when the editing side owns all of that too. */
    private Plan remove(Plan plan, Predicate<String> owns) {
        switch (random.nextInt(3)) {
            case 0 -> {
                List<Flow> own = plan.flows().stream().filter(flow -> owns.test(flow.id())).toList();
                return own.isEmpty() ? null : withFlows(plan, without(plan.flows(), pick(own)));
            }
            case 1 -> {
                List<DataStore> own = plan.dataStores().stream().filter(store -> owns.test(store.id())).toList();
                if (own.isEmpty()) {
                    return null;
                }
                DataStore store = pick(own);
                List<Flow> users = plan.flows().stream().filter(flow -> flow.source().equals(store.id())
                        || flow.sink().equals(store.id())).toList();
                if (!users.stream().allMatch(flow -> owns.test(flow.id()))) {
                    return null;
                }
                return withFlows(withStores(plan, without(plan.dataStores(), store)),
                        plan.flows().stream().filter(flow -> !users.contains(flow)).toList());
            }
            default -> {
                List<Location> own = plan.locations().stream().filter(l -> owns.test(l.id())).toList();
                if (own.isEmpty()) {
                    return null;
                }
                Location location = pick(own);
                Set<String> stores = plan.dataStores().stream().filter(s -> s.location().equals(location.id()))
                        .map(DataStore::id).collect(Collectors.toSet());
                List<Flow> flows = plan.flows().stream().filter(f -> stores.contains(f.source())
                        || stores.contains(f.sink())).toList();
                List<KeyedLink> links = KeyedLink.of(plan.links()).stream()
                        .filter(keyed -> keyed.link().between().contains(location.id())).toList();
                if (!stores.stream().allMatch(owns) || !flows.stream().map(Flow::id).allMatch(owns)
                        || !links.stream().map(KeyedLink::key).allMatch(owns)
                        || links.size() != plan.links().stream().filter(l -> l.between().contains(location.id()))
                                .count()) {
                    return null;
                }
                // Removing a link would renumber other links between the same ends; generated plans have none.
                return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(),
                        without(plan.locations(), location),
                        plan.links().stream().filter(l -> !l.between().contains(location.id())).toList(),
                        plan.dataStores().stream().filter(s -> !stores.contains(s.id())).toList(),
                        plan.flows().stream().filter(f -> !flows.contains(f)).toList(), plan.runtime(),
                        plan.credentials());
            }
        }
    }

    private Plan add(Plan plan, Predicate<String> owns, String prefix) {
        int n = random.nextInt(1_000_000);
        List<Location> ownLocations = plan.locations().stream().filter(l -> owns.test(l.id())).toList();
        List<DataStore> ownStores = plan.dataStores().stream().filter(s -> owns.test(s.id())).toList();
        switch (random.nextInt(4)) {
            case 0 -> {
                Location added = new Location(prefix + "l" + n, "New location " + n, LocationKind.ON_PREMISES);
                List<Location> locations = new ArrayList<>(plan.locations());
                locations.add(random.nextInt(locations.size() + 1), added);
                return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), locations, plan.links(),
                        plan.dataStores(), plan.flows(), plan.runtime(), plan.credentials());
            }
            case 1 -> {
                if (ownLocations.isEmpty()) {
                    return null;
                }
                List<DataStore> stores = new ArrayList<>(plan.dataStores());
                stores.add(random.nextInt(stores.size() + 1), new DataStore(prefix + "s" + n, "New store " + n,
                        pick(STORE_TYPES), pick(ownLocations).id()));
                return withStores(plan, stores);
            }
            case 2 -> {
                if (ownStores.isEmpty()) {
                    return null;
                }
                List<Flow> flows = new ArrayList<>(plan.flows());
                flows.add(new Flow(prefix + "f" + n, pick(ownStores).id(), pick(ownStores).id(), false));
                return withFlows(plan, flows);
            }
            default -> {
                if (ownLocations.size() < 2) {
                    return null;
                }
                Location one = pick(ownLocations);
                Location other = pick(ownLocations);
                boolean linked = plan.links().stream().anyMatch(link -> link.joins(one.id(), other.id()));
                if (one.equals(other) || linked) {
                    return null;
                }
                List<Link> links = new ArrayList<>(plan.links());
                links.add(new Link(one.id(), other.id(), pick(List.of(LinkType.values()))));
                return withLinks(plan, links);
            }
        }
    }

    /** The element keys and settings fields of a plan, each given to side A or side B at random. */
    Map<String, Boolean> ownership(Plan plan) {
        Map<String, Boolean> ownedByA = new java.util.HashMap<>();
        plan.locations().forEach(l -> ownedByA.put(l.id(), random.nextBoolean()));
        plan.dataStores().forEach(s -> ownedByA.put(s.id(), random.nextBoolean()));
        plan.flows().forEach(f -> ownedByA.put(f.id(), random.nextBoolean()));
        KeyedLink.of(plan.links()).forEach(keyed -> ownedByA.put(keyed.key(), random.nextBoolean()));
        for (String field : List.of("FACTORY_NAME", "REGION", "ENDPOINT_STYLE", "AUTO_UPDATE", "PLAN_NAME",
                "KEY_VAULT_NAME")) {
            ownedByA.put("settings:" + field, random.nextBoolean());
        }
        return ownedByA;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static Plan with(Plan plan, DataFactory factory, RuntimeOptions runtime, CredentialOptions credentials,
            String name) {
        return new Plan(plan.schemaVersion(), name, factory, plan.locations(), plan.links(), plan.dataStores(),
                plan.flows(), runtime, credentials);
    }

    static Plan withStores(Plan plan, List<DataStore> stores) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials());
    }

    static Plan withFlows(Plan plan, List<Flow> flows) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), plan.links(),
                plan.dataStores(), flows, plan.runtime(), plan.credentials());
    }

    static Plan withLinks(Plan plan, List<Link> links) {
        return new Plan(plan.schemaVersion(), plan.name(), plan.dataFactory(), plan.locations(), links,
                plan.dataStores(), plan.flows(), plan.runtime(), plan.credentials());
    }

    private static <T> List<T> replace(List<T> list, T old, T replacement) {
        return list.stream().map(element -> element.equals(old) ? replacement : element).toList();
    }

    private static <T> List<T> without(List<T> list, T removed) {
        return list.stream().filter(element -> !element.equals(removed)).toList();
    }
}
