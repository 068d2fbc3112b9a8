package org.hybridplanner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a well-formed plan must also satisfy: unique ids, references that resolve, store types and link
 * types where the catalog allows them, valid addresses and CIDRs, names within limits. Every problem carries the
 * JSON path the element has in the plan document. Thread-safe.
 */
public final class PlanValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Azure's rule for data factory names: letters, digits and hyphens, starting and ending with a letter or digit. */
    private static final Pattern DATA_FACTORY_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{1,61}[A-Za-z0-9])");
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{1,39}");
    /** A Data Factory linked-service type name, such as {@code AzureBlobFS} or {@code SnowflakeV2}. */
    private static final Pattern CONNECTOR = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    /** Azure's rule for vault names: 3-24 characters, letters, digits and single hyphens, starting with a letter. */
    private static final Pattern KEY_VAULT_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){1,22}[A-Za-z0-9]");

    private final Catalog catalog;

    public PlanValidator(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Every problem of an already-built plan (for example one edited in forms), with document paths. */
    public List<Problem> validate(Plan plan) {
        return check(plan).problems();
    }

    /**
     * Validates an already-built plan once: every problem, with document paths, or, when there are none, the plan
     * indexed for whoever uses it next (the engine recommends from it without validating again).
     */
    public PlanCheck check(Plan plan) {
        Draft draft = new Draft();
        draft.name = plan.name();
        draft.dataFactory = plan.dataFactory();
        draft.locations = plan.locations();
        draft.links = plan.links();
        draft.dataStores = plan.dataStores();
        draft.flows = plan.flows();
        draft.runtime = plan.runtime();
        draft.credentials = plan.credentials();
        draft.layout = plan.layout();
        plan.locations().forEach(location -> draft.locationIds.add(location.id()));
        plan.dataStores().forEach(store -> draft.dataStoreIds.add(store.id()));
        plan.flows().forEach(flow -> draft.flowIds.add(flow.id()));
        // A plan in memory is within the limits, so its problems are too: report every one.
        ProblemList problems = new ProblemList(Integer.MAX_VALUE);
        Index index = validate(draft, problems);
        return problems.isEmpty()
                ? new PlanCheck(List.of(), index.of(plan, catalog))
                : new PlanCheck(problems.reported(), null);
    }

    /** Checks the draft; what it indexed on the way is a {@link ValidatedPlan} when no problem was found. */
    Index validate(Draft draft, ProblemList problems) {
        if (draft.name != null) {
            checkName("$.name", draft.name, problems);
        }
        AzureCloud cloud = draft.dataFactory == null ? null : checkDataFactory(draft.dataFactory, problems);
        Map<String, Integer> locations = checkLocations(draft.locations, problems);
        Set<String> locationIds = draft.locationIdsKnown ? draft.locationIds : null;
        checkLinks(draft.links, draft.locations, locations, locationIds, problems);
        int[] storeLocations = new int[draft.dataStores.size()];
        int[] privateEndpoints = new int[draft.dataStores.size()];
        Map<String, Integer> stores = checkDataStores(draft.dataStores, draft.locations, locations, locationIds,
                cloud, storeLocations, problems);
        checkPrivateAccess(draft, locations, locationIds, cloud, privateEndpoints, problems);
        int[] sources = new int[draft.flows.size()];
        int[] sinks = new int[draft.flows.size()];
        Map<String, Integer> flows = checkFlows(draft.flows, stores,
                draft.dataStoreIdsKnown ? draft.dataStoreIds : null, sources, sinks, problems);
        if (draft.credentials != null) {
            checkCredentials(draft.credentials, problems);
        }
        checkLayout(draft, problems);
        return new Index(cloud, locations, stores, flows, storeLocations, privateEndpoints, sources, sinks);
    }

    /**
     * What validation found on the way: the position of each element by id, the position of each store's location,
     * of the virtual network holding its private endpoint (-1: none) and of each flow's source and sink (-1 where a
     * reference does not resolve).
     */
    record Index(AzureCloud cloud, Map<String, Integer> locations, Map<String, Integer> stores,
            Map<String, Integer> flows, int[] storeLocations, int[] privateEndpoints, int[] sources, int[] sinks) {
        ValidatedPlan of(Plan plan, Catalog catalog) {
            return new ValidatedPlan(plan, catalog, this);
        }
    }

    /**
     * Positions must belong to the plan's elements: a position for an id the plan lacks is refused rather than kept
     * silently, since it usually means an id was renamed outside the planner and the element lost its place.
     */
    private static void checkLayout(Draft draft, ProblemList problems) {
        if (draft.locationIdsKnown) {
            draft.layout.locations().keySet().stream().filter(id -> !draft.locationIds.contains(id))
                    .forEach(id -> problems.add(new Problem("$.layout.locations." + id, id,
                            "no location has this id; positions are kept only for the plan's locations")));
        }
        if (draft.dataStoreIdsKnown) {
            draft.layout.dataStores().keySet().stream().filter(id -> !draft.dataStoreIds.contains(id))
                    .forEach(id -> problems.add(new Problem("$.layout.dataStores." + id, id,
                            "no data store has this id; positions are kept only for the plan's data stores")));
        }
    }

    private static <T> T at(List<T> elements, Integer position) {
        return position == null ? null : elements.get(position);
    }

    /** Checks the factory and returns its cloud, or null when the region is not one a cloud has. */
    private AzureCloud checkDataFactory(DataFactory factory, ProblemList problems) {
        if (!DATA_FACTORY_NAME.matcher(factory.name()).matches()) {
            problems.add(new Problem("$.dataFactory.name", factory.name(),
                    "is not a valid data factory name (3 to 63 letters, digits and hyphens, starting and ending"
                            + " with a letter or digit)"));
        }
        if (!REGION.matcher(factory.region()).matches()) {
            problems.add(new Problem("$.dataFactory.region", factory.region(),
                    "is not an Azure region name (lowercase letters and digits, for example westeurope)"));
            return null;
        }
        AzureCloud cloud = catalog.cloudOf(factory.region()).orElse(null);
        if (cloud == null) {
            problems.add(new Problem("$.dataFactory.region", factory.region(), "is not a region of any Azure cloud;"
                    + " for example westeurope or eastus (Azure public cloud), usgovvirginia (Azure Government),"
                    + " chinanorth3 (Azure China)"));
        }
        return cloud;
    }

    private static Map<String, Integer> checkLocations(List<Location> locations, ProblemList problems) {
        Map<String, Integer> byId = HashMap.newHashMap(locations.size());
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            if (location == null) {
                continue;
            }
            String path = "$.locations[" + i + "]";
            if (checkId(path + ".id", location.id(), problems) && byId.putIfAbsent(location.id(), i) != null) {
                problems.add(new Problem(path + ".id", location.id(), "duplicate location id"));
            }
            checkName(path + ".name", location.name(), problems);
            if (!location.kind().isPrivate()) {
                if (!location.egressIps().isEmpty()) {
                    problems.add(new Problem(path + ".egressIps", null, "only private locations (ON_PREMISES,"
                            + " AZURE_VIRTUAL_NETWORK, AWS_VPC) have egress IPs; " + location.kind()
                            + " is a public endpoint location"));
                }
                if (!location.addressSpaces().isEmpty()) {
                    problems.add(new Problem(path + ".addressSpaces", null, "only private locations have address"
                            + " spaces; " + location.kind() + " is a public endpoint location"));
                }
            }
            checkAddresses(path + ".egressIps", location.egressIps(), IpLiterals::addressProblem, problems);
            checkAddresses(path + ".addressSpaces", location.addressSpaces(), IpLiterals::cidrProblem, problems);
            if (location.runtimeNodes() != null) {
                checkRuntimeNodes(path + ".runtimeNodes", location, problems);
            }
        }
        return byId;
    }

    private static void checkRuntimeNodes(String path, Location location, ProblemList problems) {
        RuntimeNodes nodes = location.runtimeNodes();
        if (!location.kind().isPrivate()) {
            problems.add(new Problem(path, null, "only private locations (ON_PREMISES, AZURE_VIRTUAL_NETWORK,"
                    + " AWS_VPC) host a self-hosted runtime; " + location.kind() + " is a public endpoint location"));
            return;
        }
        if (nodes.count() < 1 || nodes.count() > RuntimeNodes.MAX_NODES) {
            problems.add(new Problem(path + ".count", String.valueOf(nodes.count()), "a self-hosted integration"
                    + " runtime has 1 to " + RuntimeNodes.MAX_NODES + " nodes; " + location.id() + " asks for "
                    + nodes.count()));
            return;
        }
        if (!nodes.addresses().isEmpty() && nodes.addresses().size() != nodes.count()) {
            problems.add(new Problem(path + ".addresses", null, "lists " + nodes.addresses().size()
                    + (nodes.addresses().size() == 1 ? " address" : " addresses") + " for " + nodes.count()
                    + " nodes; give every node's address, or none"));
        }
        checkAddresses(path + ".addresses", nodes.addresses(), IpLiterals::addressProblem, problems);
    }

    /**
     * Private endpoints and managed private endpoints: each names a virtual network of the plan, a store type that
     * has one, and (managed) a factory with a managed virtual network. Fills {@code privateEndpoints} with the
     * position of the network holding each store's private endpoint, or -1.
     */
    private void checkPrivateAccess(Draft draft, Map<String, Integer> locations, Set<String> knownLocationIds,
            AzureCloud cloud, int[] privateEndpoints, ProblemList problems) {
        boolean managedNetwork = draft.dataFactory != null && draft.dataFactory.managedVirtualNetwork();
        for (int i = 0; i < draft.dataStores.size(); i++) {
            privateEndpoints[i] = -1;
            DataStore store = draft.dataStores.get(i);
            if (store == null) {
                continue;
            }
            String path = "$.dataStores[" + i + "]";
            PrivateEndpointSpec spec = catalog.privateEndpoint(store.type()).orElse(null);
            boolean typeKnown = catalog.storeType(store.type()).isPresent();
            Location standsIn = at(draft.locations, locations.get(store.location()));
            if (store.privateEndpoint() != null) {
                checkPrivateEndpoint(path, store, spec, typeKnown, standsIn, draft.locations, locations,
                        knownLocationIds, cloud, privateEndpoints, i, problems);
            } else if (spec != null && !spec.virtualNetworkIntegration() && standsIn != null
                    && standsIn.kind() == LocationKind.AZURE_VIRTUAL_NETWORK) {
                // As in version 1: a store of a type with a private endpoint stands in a network through one; a
                // type deployed into the network (virtual network integration) is reached at its own address.
                privateEndpoints[i] = locations.get(store.location());
            }
            if (store.managedPrivateEndpoint()) {
                if (!managedNetwork) {
                    problems.add(new Problem(path + ".managedPrivateEndpoint", "true", store.id() + " is reached"
                            + " through a managed private endpoint, which needs the factory's managed virtual"
                            + " network: set dataFactory.managedVirtualNetwork to true"));
                }
                if (typeKnown && (spec == null || !spec.managedPrivateEndpoint())) {
                    problems.add(new Problem(path + ".managedPrivateEndpoint", "true", "a Data Factory managed"
                            + " private endpoint cannot reach a store of type " + store.type() + " (" + store.id()
                            + "); types it can reach: " + managedTypes()));
                }
            }
        }
    }

    private void checkPrivateEndpoint(String path, DataStore store, PrivateEndpointSpec spec, boolean typeKnown,
            Location standsIn, List<Location> locationList, Map<String, Integer> locations,
            Set<String> knownLocationIds, AzureCloud cloud, int[] privateEndpoints, int i, ProblemList problems) {
        String network = store.privateEndpoint();
        Integer networkAt = locations.get(network);
        if (knownLocationIds != null && !knownLocationIds.contains(network)) {
            problems.add(new Problem(path + ".privateEndpoint", network, "unknown location id: the private endpoint"
                    + " of " + store.id() + " must be in one of the plan's Azure virtual networks"));
        }
        Location holder = at(locationList, networkAt);
        if (holder != null && holder.kind() != LocationKind.AZURE_VIRTUAL_NETWORK) {
            problems.add(new Problem(path + ".privateEndpoint", network, "the private endpoint of " + store.id()
                    + " must be in an Azure virtual network; " + network + " is " + holder.kind()));
            holder = null;
        }
        if (typeKnown && spec == null) {
            problems.add(new Problem(path + ".privateEndpoint", network, "a store of type " + store.type() + " ("
                    + store.id() + ") has no Azure private endpoint; types with one: " + privateEndpointTypes()));
        } else if (spec != null && cloud != null && spec.privateDnsZone(cloud).isEmpty()) {
            problems.add(new Problem(path + ".privateEndpoint", network, "a store of type " + store.type()
                    + " has no private endpoint in " + cloud.displayName()));
        }
        if (standsIn != null && standsIn.kind() == LocationKind.AZURE_VIRTUAL_NETWORK
                && !standsIn.id().equals(network)) {
            problems.add(new Problem(path + ".privateEndpoint", network, store.id() + " stands in the virtual"
                    + " network " + standsIn.id() + ", so its private endpoint is there; name " + standsIn.id()
                    + " or remove privateEndpoint"));
        }
        if (holder != null) {
            privateEndpoints[i] = networkAt;
        }
    }

    private List<String> privateEndpointTypes() {
        return catalog.privateEndpoints().stream().map(PrivateEndpointSpec::storeType).toList();
    }

    private List<String> managedTypes() {
        return catalog.privateEndpoints().stream().filter(PrivateEndpointSpec::managedPrivateEndpoint)
                .map(PrivateEndpointSpec::storeType).toList();
    }

    /** {@code knownLocationIds} is null when the locations were refused whole: references are then not checked. */
    private void checkLinks(List<Link> links, List<Location> locationList, Map<String, Integer> locations,
            Set<String> knownLocationIds, ProblemList problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link == null) {
                continue;
            }
            String path = "$.links[" + i + "]";
            for (int end = 0; end < 2; end++) {
                String id = link.between().get(end);
                if (knownLocationIds != null && !knownLocationIds.contains(id)) {
                    problems.add(new Problem(path + ".between[" + end + "]", id, "unknown location id"));
                }
            }
            if (link.first().equals(link.second())) {
                problems.add(new Problem(path + ".between", link.first(), "a link must join two different locations"));
                continue;
            }
            Location one = at(locationList, locations.get(link.first()));
            Location other = at(locationList, locations.get(link.second()));
            if (one != null && other != null) {
                LinkTypeSpec spec = catalog.linkType(link.type()).orElse(null);
                if (spec == null || !spec.mayJoin(one.kind(), other.kind())) {
                    List<LinkType> allowed = catalog.linkTypesJoining(one.kind(), other.kind());
                    problems.add(new Problem(path + ".type", link.type().name(), link.type() + " cannot join "
                            + one.kind() + " and " + other.kind() + (allowed.isEmpty()
                                    ? "; no link type joins these kinds"
                                    : "; link types that can: " + allowed)));
                }
            }
            String key = link.type() + ":" + (link.first().compareTo(link.second()) < 0
                    ? link.first() + "|" + link.second()
                    : link.second() + "|" + link.first());
            if (!seen.add(key)) {
                problems.add(new Problem(path, link.first() + " - " + link.second(),
                        "duplicate link: the same two locations are already joined by " + link.type()));
            }
        }
    }

    private Map<String, Integer> checkDataStores(List<DataStore> stores, List<Location> locationList,
            Map<String, Integer> locations, Set<String> knownLocationIds, AzureCloud cloud, int[] storeLocations,
            ProblemList problems) {
        Map<String, Integer> byId = HashMap.newHashMap(stores.size());
        for (int i = 0; i < stores.size(); i++) {
            DataStore store = stores.get(i);
            if (store == null) {
                continue;
            }
            String path = "$.dataStores[" + i + "]";
            if (checkId(path + ".id", store.id(), problems) && byId.putIfAbsent(store.id(), i) != null) {
                problems.add(new Problem(path + ".id", store.id(), "duplicate data store id"));
            }
            checkName(path + ".name", store.name(), problems);
            if (store.connector() != null && !CONNECTOR.matcher(store.connector()).matches()) {
                problems.add(new Problem(path + ".connector", store.connector(), "is not a Data Factory connector"
                        + " type name (1 to 64 letters and digits, starting with a letter, for example Snowflake)"));
            }
            StoreTypeSpec spec = catalog.storeType(store.type()).orElse(null);
            if (spec == null) {
                problems.add(new Problem(path + ".type", store.type(), "unknown data store type; expected one of "
                        + catalog.storeTypes().stream().map(StoreTypeSpec::type).toList()));
            }
            if (knownLocationIds != null && !knownLocationIds.contains(store.location())) {
                problems.add(new Problem(path + ".location", store.location(), "unknown location id"));
            }
            Integer locationAt = locations.get(store.location());
            storeLocations[i] = locationAt == null ? -1 : locationAt;
            Location location = at(locationList, locationAt);
            if (spec != null && location != null && !spec.mayStandIn(location.kind())) {
                problems.add(new Problem(path + ".type", store.type(), spec.displayName() + " cannot stand in a "
                        + location.kind() + " location (" + location.id() + "); it may stand in "
                        + spec.locationKinds()));
            }
            if (spec != null && cloud != null && !spec.offeredIn(cloud)) {
                problems.add(new Problem(path + ".type", store.type(), spec.displayName() + " is not offered in "
                        + cloud.displayName() + ", the cloud of the data factory's region; it is offered in "
                        + spec.clouds().stream().map(AzureCloud::displayName).toList()));
            }
        }
        return byId;
    }

    private static Map<String, Integer> checkFlows(List<Flow> flows, Map<String, Integer> stores,
            Set<String> knownStoreIds, int[] sources, int[] sinks, ProblemList problems) {
        Map<String, Integer> byId = HashMap.newHashMap(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            if (flow == null) {
                continue;
            }
            String path = "$.flows[" + i + "]";
            if (checkId(path + ".id", flow.id(), problems) && byId.putIfAbsent(flow.id(), i) != null) {
                problems.add(new Problem(path + ".id", flow.id(), "duplicate flow id"));
            }
            // The id of a store refused for another reason is known but not indexed: not reported again here.
            Integer source = stores.get(flow.source());
            if (source == null && knownStoreIds != null && !knownStoreIds.contains(flow.source())) {
                problems.add(new Problem(path + ".source", flow.source(), "unknown data store id"));
            }
            Integer sink = stores.get(flow.sink());
            if (sink == null && knownStoreIds != null && !knownStoreIds.contains(flow.sink())) {
                problems.add(new Problem(path + ".sink", flow.sink(), "unknown data store id"));
            }
            sources[i] = source == null ? -1 : source;
            sinks[i] = sink == null ? -1 : sink;
            // A flow whose sink is its source is allowed: a copy within one store still puts the store on its
            // runtime's path (docs/plan-format.md).
            for (int a = 0; a < flow.activities().size(); a++) {
                checkName(path + ".activities[" + a + "]", flow.activities().get(a), problems);
            }
        }
        return byId;
    }

    private static void checkCredentials(CredentialOptions credentials, ProblemList problems) {
        String name = credentials.keyVaultName();
        if (name == null) {
            return;
        }
        if (credentials.store() != CredentialStore.AZURE_KEY_VAULT) {
            problems.add(new Problem("$.credentials.keyVaultName", name, "is set but credentials.store is "
                    + credentials.store() + "; set store to AZURE_KEY_VAULT or remove the name"));
        } else if (!KEY_VAULT_NAME.matcher(name).matches()) {
            problems.add(new Problem("$.credentials.keyVaultName", name, "is not a valid Key Vault name (3 to 24"
                    + " letters, digits and single hyphens, starting with a letter, ending with a letter or digit)"));
        }
    }

    private static boolean checkId(String path, String id, ProblemList problems) {
        if (id.length() > PlanLimits.MAX_ID_LENGTH) {
            problems.add(new Problem(path, id, "is longer than " + PlanLimits.MAX_ID_LENGTH + " characters"));
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(new Problem(path, id, "is not a valid id (letters, digits, '.', '_' and '-', starting with"
                    + " a letter or digit)"));
            return false;
        }
        return true;
    }

    private static void checkName(String path, String name, ProblemList problems) {
        if (name.isBlank()) {
            problems.add(new Problem(path, name, "must not be blank"));
        } else if (name.length() > PlanLimits.MAX_NAME_LENGTH) {
            problems.add(new Problem(path, name, "is longer than " + PlanLimits.MAX_NAME_LENGTH + " characters"));
        } else if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(new Problem(path, name, "contains control characters (such as line breaks)"));
        } else if (hasUnpairedSurrogate(name)) {
            // JSON escapes such as \\ud800 can carry one; it cannot be written as UTF-8, so the plan would not
            // read back the same.
            problems.add(new Problem(path, name, "is not valid Unicode text (it contains an unpaired surrogate"
                    + " escape such as \\ud800)"));
        } else {
            String problem = NameRule.problem(name);
            if (problem != null) {
                problems.add(new Problem(path, name, problem));
            }
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void checkAddresses(String path, List<String> values,
            java.util.function.Function<String, String> check, ProblemList problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String problem = check.apply(value);
            if (problem != null) {
                problems.add(new Problem(path + "[" + i + "]", value, problem));
            } else if (!seen.add(value)) {
                problems.add(new Problem(path + "[" + i + "]", value, "is listed twice"));
            }
        }
    }

    /** A plan under construction by the reader: lists keep positions, with null for unreadable elements. */
    static final class Draft {
        String name;
        DataFactory dataFactory;
        List<Location> locations = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<DataStore> dataStores = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        RuntimeOptions runtime = RuntimeOptions.DEFAULTS;
        CredentialOptions credentials = CredentialOptions.DEFAULTS;
        PlanLayout layout = PlanLayout.EMPTY;
        final Set<String> locationIds = new HashSet<>();
        final Set<String> dataStoreIds = new HashSet<>();
        final Set<String> flowIds = new HashSet<>();
        /** False when a list was refused whole (over its limit, not an array): its ids are then unknown. */
        boolean locationIdsKnown = true;
        boolean dataStoreIdsKnown = true;

        /** Only called when no problem was found, so every element is present. */
        Plan toPlan() {
            return new Plan(Plan.SCHEMA_VERSION, name, dataFactory, locations, links, dataStores, flows, runtime,
                    credentials, layout);
        }
    }
}
