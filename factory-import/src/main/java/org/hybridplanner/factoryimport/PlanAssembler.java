package org.hybridplanner.factoryimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hybridplanner.factoryimport.Activities.Movement;
import org.hybridplanner.factoryimport.FactoryResources.Resource;
import org.hybridplanner.factoryimport.ImportReport.ChecklistItem;
import org.hybridplanner.factoryimport.ImportReport.ImportedFlow;
import org.hybridplanner.factoryimport.ImportReport.ImportedRuntime;
import org.hybridplanner.factoryimport.ImportReport.ImportedStore;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PrivateEndpointSpec;
import org.hybridplanner.model.PlanLimits;
import org.hybridplanner.model.PlanValidator;
import org.hybridplanner.model.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Turns the resources of a factory into a plan and its report (docs/importing.md, "What becomes what"): a store
 * per linked service that a Copy activity or a mapping data flow reads or writes, a flow per distinct source and
 * sink pair, a location per self-hosted runtime, public locations by connector, Key Vault as the credential store.
 * One instance per import.
 */
final class PlanAssembler {
    static final String AUTO_RESOLVE = "AutoResolveIntegrationRuntime";
    /** The region a plan gets when the export does not state one; the report asks for the real one. */
    static final String ASSUMED_REGION = "westeurope";
    static final String FALLBACK_FACTORY_NAME = "imported-factory";
    private static final Pattern DATA_FACTORY_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{1,61}[A-Za-z0-9])");
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{1,39}");
    private static final Pattern KEY_VAULT_NAME = Pattern.compile(
            "[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){1,22}[A-Za-z0-9]");
    private static final String KEY_VAULT = "AzureKeyVault";

    /** An integration runtime as the import sees it. */
    private record Runtime(String name, boolean selfHosted, String sharedFrom, boolean managedVirtualNetwork,
            boolean inExport) {
    }

    /** The activities of one source and sink pair, in the order they were found. */
    private static final class FlowDraft {
        final String source;
        final String sink;
        final List<String> activities = new ArrayList<>();
        final Set<String> staging = new java.util.TreeSet<>();
        int staged;

        FlowDraft(String source, String sink) {
            this.source = source;
            this.sink = sink;
        }
    }

    private final Catalog catalog;
    private final ConnectorMapping mapping;
    private final FactoryResources factory;
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final Map<String, Runtime> runtimes = new LinkedHashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<String, String> locationOfRuntime = new LinkedHashMap<>();
    private final Map<String, String> storeIds = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    /** Stores (by plan id) the Azure runtime reaches through a managed private endpoint the plan can model. */
    private final Set<String> managedEndpointStores = new HashSet<>();
    private final Map<String, FlowDraft> flowDrafts = new LinkedHashMap<>();

    PlanAssembler(Catalog catalog, ConnectorMapping mapping, FactoryResources factory) {
        this.catalog = catalog;
        this.mapping = mapping;
        this.factory = factory;
    }

    FactoryImport assemble(List<String> ignoredFiles) {
        String name = factoryName();
        String region = region();
        readRuntimes();
        for (Resource pipeline : sortedByName(factory.pipelines)) {
            for (Movement movement : Activities.of(pipeline.name(), pipeline.properties())) {
                record(pipeline, movement);
            }
        }
        List<DataStore> stores = new ArrayList<>();
        List<ImportedStore> importedStores = new ArrayList<>();
        Set<String> used = new java.util.LinkedHashSet<>();
        flowDrafts.values().forEach(draft -> {
            used.add(draft.source);
            used.add(draft.sink);
        });
        for (String linkedService : used) {
            ImportedStore store = store(factory.linkedServices.get(linkedService));
            importedStores.add(store);
            stores.add(new DataStore(store.id(), shortened(store.linkedService()), store.storeType(), store.location(),
                    store.storeType().equals(DataStore.OTHER_CONNECTOR) ? store.connector() : null)
                    .withManagedPrivateEndpoint(managedEndpointStores.contains(store.id())));
        }
        List<Flow> flows = new ArrayList<>();
        List<ImportedFlow> importedFlows = new ArrayList<>();
        for (FlowDraft draft : flowDrafts.values()) {
            Flow flow = flow(draft, flows.size() + 1);
            flows.add(flow);
            importedFlows.add(new ImportedFlow(flow.id(), draft.source, draft.sink, flow.stagedCopy(),
                    draft.activities));
        }
        CredentialOptions credentials = credentials();
        List<String> notUsed = factory.linkedServices.values().stream()
                .filter(ls -> !used.contains(ls.name()) && !KEY_VAULT.equals(type(ls)))
                .map(ls -> ls.name() + " (" + type(ls) + ")").toList();
        // The factory has a managed virtual network when one of its Azure runtimes runs in it.
        boolean managedNetwork = runtimes.values().stream().anyMatch(Runtime::managedVirtualNetwork);
        Plan plan = new Plan(Plan.SCHEMA_VERSION, name, new DataFactory(name, region, null, managedNetwork),
                List.copyOf(locations.values()), List.of(), stores, flows, null, credentials);
        List<Problem> problems = new PlanValidator(catalog).validate(plan);
        if (!problems.isEmpty()) {
            // The assembler builds plans within the format by construction; a problem here is a bug, not bad input.
            throw new IllegalStateException("the imported plan is not valid: " + problems.getFirst());
        }
        checklist.sort(Comparator.comparing(ChecklistItem::kind));
        List<ImportedRuntime> importedRuntimes = runtimes.values().stream()
                .map(r -> new ImportedRuntime(r.name(), r.selfHosted() ? "SelfHosted" : "Managed",
                        locationOfRuntime.get(r.name()), r.sharedFrom(), r.managedVirtualNetwork()))
                .toList();
        List<String> ignored = new ArrayList<>(ignoredFiles);
        ignored.addAll(factory.ignored);
        return new FactoryImport(plan, new ImportReport(name, region, region.equals(factory.region)
                && factory.region != null, factory.kind, factory.files, checklist, importedStores, importedRuntimes,
                importedFlows, notUsed, ignored));
    }

    // ---- the factory ------------------------------------------------------------------------------------------

    private String factoryName() {
        String name = factory.factoryName;
        if (name != null && DATA_FACTORY_NAME.matcher(name).matches()) {
            return name;
        }
        ask("factory", name == null
                ? "The export does not name the data factory; the plan calls it " + FALLBACK_FACTORY_NAME
                        + ". Set its name under Settings."
                : "The factory's name \"" + name + "\" is not a valid data factory name; the plan calls it "
                        + FALLBACK_FACTORY_NAME + ". Set its name under Settings.");
        return FALLBACK_FACTORY_NAME;
    }

    private String region() {
        String region = factory.region == null ? null
                : factory.region.toLowerCase(Locale.ROOT).replace(" ", "");
        if (region != null && REGION.matcher(region).matches()) {
            factory.region = region;
            return region;
        }
        ask("factory", "The export does not state the factory's region; the plan assumes " + ASSUMED_REGION
                + ". Set the real region under Settings: outbound rules and service tags name it.");
        factory.region = null;
        return ASSUMED_REGION;
    }

    // ---- runtimes ---------------------------------------------------------------------------------------------

    private void readRuntimes() {
        for (Resource resource : sortedByName(factory.runtimes)) {
            JsonNode properties = resource.properties();
            boolean selfHosted = "SelfHosted".equals(properties.path("type").asString(""));
            JsonNode linked = properties.path("typeProperties").get("linkedInfo");
            String sharedFrom = null;
            if (selfHosted && linked != null && linked.isObject()) {
                Resolved id = factory.values.resolve(linked.get("resourceId"), "the shared runtime's resource id");
                sharedFrom = id.isKnown() ? id.value() : "a shared runtime (" + id.source() + ")";
            }
            boolean managedNetwork = properties.has("managedVirtualNetwork");
            runtimes.put(resource.name(), new Runtime(resource.name(), selfHosted, sharedFrom, managedNetwork, true));
        }
    }

    private Runtime runtimeOf(Resource linkedService) {
        String name = linkedService.properties().path("connectVia").path("referenceName").asString(AUTO_RESOLVE);
        Runtime runtime = runtimes.get(name);
        if (runtime != null) {
            return runtime;
        }
        if (name.equals(AUTO_RESOLVE)) {
            runtime = new Runtime(AUTO_RESOLVE, false, null, false, false);
        } else {
            // A runtime the export lacks: asking where it is costs less than hiding a self-hosted runtime.
            runtime = new Runtime(name, true, null, false, false);
            ask(name, "Linked service " + linkedService.name() + " connects via integration runtime " + name
                    + ", which is not in the export; the plan takes it for a self-hosted runtime. Confirm, or move"
                    + " its stores to where the Azure runtime reaches them.");
        }
        runtimes.put(name, runtime);
        return runtime;
    }

    private Location selfHostedLocation(Runtime runtime) {
        String id = locationOfRuntime.get(runtime.name());
        if (id != null) {
            return locations.get(id);
        }
        id = freeId(runtime.name(), "runtime");
        Location location = new Location(id, shortened(runtime.name()), LocationKind.ON_PREMISES);
        locations.put(id, location);
        locationOfRuntime.put(runtime.name(), id);
        ask(id, "Self-hosted integration runtime " + runtime.name() + " stands in location " + id + ", on premises"
                + " by default. Is it on premises, in an Azure virtual network or in an AWS VPC? Set its kind, its"
                + " public egress addresses and its private address ranges: the export does not say.");
        if (runtime.sharedFrom() != null) {
            confirm(id, "Self-hosted integration runtime " + runtime.name() + " is a linked runtime: it shares "
                    + runtime.sharedFrom() + ", whose machines belong to the factory that shares it. The location"
                    + " stands for where those machines are.");
        }
        return location;
    }

    private Location publicLocation(LocationKind kind) {
        return switch (kind) {
            case AZURE_PUBLIC -> fixedLocation("azure-public", "Azure public endpoints", kind);
            default -> fixedLocation("internet", "Internet and SaaS", LocationKind.PUBLIC_INTERNET);
        };
    }

    private boolean managedEndpointPossible(String storeType) {
        return catalog.privateEndpoint(storeType).map(PrivateEndpointSpec::managedPrivateEndpoint).orElse(false);
    }

    private Location privateEndpointLocation() {
        return fixedLocation("managed-private-endpoints", "Azure, reached privately through managed private"
                + " endpoints", LocationKind.AZURE_PUBLIC);
    }

    private Location fixedLocation(String id, String name, LocationKind kind) {
        Location existing = locations.values().stream().filter(l -> l.name().equals(name) && l.kind() == kind)
                .findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        Location location = new Location(freeId(id, "location"), name, kind);
        locations.put(location.id(), location);
        return location;
    }

    // ---- activities -------------------------------------------------------------------------------------------

    private void record(Resource pipeline, Movement movement) {
        List<String> sources = new ArrayList<>();
        List<String> sinks = new ArrayList<>();
        String activity = movement.name();
        if (movement.dataFlow() != null) {
            Resource dataFlow = factory.dataFlows.get(movement.dataFlow());
            if (dataFlow == null) {
                warn(activity, activity + " runs data flow " + movement.dataFlow() + ", which is not in the"
                        + " export; its stores are not imported.");
                return;
            }
            activity = activity + " (data flow " + dataFlow.name() + ")";
            JsonNode typeProperties = dataFlow.properties().path("typeProperties");
            dataFlowEnds(typeProperties.path("sources"), activity, sources);
            dataFlowEnds(typeProperties.path("sinks"), activity, sinks);
        } else {
            for (String dataset : movement.inputs()) {
                linkedServiceOfDataset(dataset, activity, sources);
            }
            for (String dataset : movement.outputs()) {
                linkedServiceOfDataset(dataset, activity, sinks);
            }
        }
        for (String source : sources) {
            for (String sink : sinks) {
                FlowDraft draft = flowDrafts.computeIfAbsent(source + "\u0000" + sink,
                        key -> new FlowDraft(source, sink));
                draft.activities.add(activity);
                if (movement.staged()) {
                    draft.staged++;
                    if (movement.stagingLinkedService() != null) {
                        draft.staging.add(movement.stagingLinkedService());
                    }
                }
            }
        }
    }

    private void dataFlowEnds(JsonNode ends, String activity, List<String> into) {
        for (JsonNode end : ends) {
            String dataset = end.path("dataset").path("referenceName").asString(null);
            String inline = end.path("linkedService").path("referenceName").asString(null);
            if (dataset != null) {
                linkedServiceOfDataset(dataset, activity, into);
            } else if (inline != null) {
                linkedService(inline, activity, into);
            }
        }
    }

    private void linkedServiceOfDataset(String dataset, String activity, List<String> into) {
        Resource resource = factory.datasets.get(dataset);
        if (resource == null) {
            warn(activity, activity + " uses dataset " + dataset + ", which is not in the export; that side of the"
                    + " activity is not imported.");
            return;
        }
        String linkedService = resource.properties().path("linkedServiceName").path("referenceName").asString(null);
        if (linkedService == null) {
            warn(activity, "Dataset " + dataset + " (" + resource.file() + ") names no linked service; " + activity
                    + " is not imported on that side.");
            return;
        }
        linkedService(linkedService, activity, into);
    }

    private void linkedService(String name, String activity, List<String> into) {
        if (!factory.linkedServices.containsKey(name)) {
            warn(activity, activity + " uses linked service " + name + ", which is not in the export; that side of"
                    + " the activity is not imported.");
            return;
        }
        if (!into.contains(name)) {
            into.add(name);
        }
    }

    // ---- stores -----------------------------------------------------------------------------------------------

    private ImportedStore store(Resource linkedService) {
        String connector = type(linkedService);
        String id = storeIds.computeIfAbsent(linkedService.name(), name -> freeId(name, "store"));
        ConnectorMapping.Row row = mapping.row(connector).orElse(null);
        String storeType = row == null ? null : row.storeType();
        Runtime runtime = runtimeOf(linkedService);
        JsonNode typeProperties = linkedService.properties().path("typeProperties");
        Resolved endpoint = Endpoints.of(connector, typeProperties.isObject() ? typeProperties
                : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(), factory.values);
        String privateEndpoint = runtime.managedVirtualNetwork() ? privateEndpointFor(endpoint) : null;
        String subject = id;
        Location location;
        if (runtime.selfHosted()) {
            Location home = selfHostedLocation(runtime);
            location = home;
            if (storeType != null && !mayStand(storeType, home.kind())) {
                if (mayStand(storeType, row.azureRuntimeLocation())) {
                    location = publicLocation(row.azureRuntimeLocation());
                    confirm(subject, linkedService.name() + " connects via self-hosted runtime " + runtime.name()
                            + ", but " + display(storeType) + " cannot stand in " + home.id() + " ("
                            + home.kind().displayName() + "); it stands on its public endpoint in " + location.id()
                            + ". If the runtime reaches it through a private endpoint in an Azure virtual network,"
                            + " make " + home.id() + " that virtual network and move the store there.");
                } else {
                    storeType = null;
                    warn(subject, linkedService.name() + " (" + connector + ") connects via self-hosted runtime "
                            + runtime.name() + ", where the catalog's " + display(row.storeType()) + " cannot stand;"
                            + " it is kept as a connector without rules.");
                }
            }
        } else {
            LocationKind kind = row == null ? LocationKind.PUBLIC_INTERNET : row.azureRuntimeLocation();
            if (privateEndpoint != null && storeType != null && managedEndpointPossible(storeType)) {
                location = publicLocation(LocationKind.AZURE_PUBLIC);
                managedEndpointStores.add(id);
                confirm(subject, linkedService.name() + " is reached privately, through managed private endpoint "
                        + privateEndpoint + " of the factory's managed virtual network: the plan marks it"
                        + " managedPrivateEndpoint, so the design runs its cloud flows in that network and allows"
                        + " no public address for the Azure runtime. Approve the endpoint's connection on the store.");
            } else if (privateEndpoint != null
                    && (storeType == null || mayStand(storeType, LocationKind.AZURE_PUBLIC))) {
                location = privateEndpointLocation();
                confirm(subject, linkedService.name() + " is reached privately, through managed private endpoint "
                        + privateEndpoint + " of the factory's managed virtual network. The design treats the"
                        + " managed virtual network's runtime as the Azure runtime; the store's firewall need not"
                        + " allow public addresses for it.");
            } else {
                location = publicLocation(kind);
                if (storeType != null && !mayStand(storeType, kind)) {
                    warn(subject, linkedService.name() + " (" + connector + ") is reached by the Azure runtime, so it"
                            + " has a public endpoint, where the catalog's " + display(storeType) + " cannot stand;"
                            + " it is kept as a connector without rules. If it is in a private network, connect it"
                            + " through a self-hosted runtime.");
                    storeType = null;
                }
                if (runtime.managedVirtualNetwork()) {
                    confirm(subject, linkedService.name() + " connects via " + runtime.name() + " in the managed"
                            + " virtual network, but no managed private endpoint of the export matches its endpoint;"
                            + " the plan takes it to be reached over its public endpoint.");
                }
            }
        }
        if (row == null) {
            warn(subject, linkedService.name() + " uses connector " + connector + ", which the planner's connector"
                    + " table does not know: it gets no store rules" + (runtime.selfHosted() ? "."
                    : ", and stands in " + location.id() + " until you say where it is (Azure public endpoint,"
                            + " internet or SaaS)."));
        } else if (row.storeType() == null) {
            warn(subject, linkedService.name() + " uses connector " + connector + ", for which the catalog has no"
                    + " store type yet: it gets no store rules.");
        }
        if (!endpoint.isKnown()) {
            ask(subject, "Where is " + linkedService.name() + "? Its endpoint is not in the export: "
                    + endpoint.source() + ".");
        }
        JsonNode parameters = linkedService.properties().get("parameters");
        if (parameters != null && parameters.isObject() && !parameters.isEmpty()) {
            ask(subject, linkedService.name() + " is parameterised (" + String.join(", ", parameters.propertyNames())
                    + "): the plan has one store for it. If it reaches several servers or accounts, add a store for"
                    + " each.");
        }
        return new ImportedStore(id, linkedService.name(), connector,
                storeType == null ? DataStore.OTHER_CONNECTOR : storeType, location.id(), runtime.name(),
                endpoint.value(), endpoint.source(), privateEndpoint, linkedService.file());
    }

    /** The managed private endpoint whose target is the store's endpoint, by its host names or resource name. */
    private String privateEndpointFor(Resolved endpoint) {
        if (!endpoint.isKnown()) {
            return null;
        }
        String host = endpoint.value().replaceAll(":[0-9]+$", "");
        String firstLabel = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        for (Resource privateEndpoint : factory.privateEndpoints) {
            JsonNode properties = privateEndpoint.properties();
            for (JsonNode fqdn : properties.path("fqdns")) {
                Resolved name = factory.values.resolve(fqdn, "a host name");
                if (name.isKnown() && name.value().equalsIgnoreCase(host)) {
                    return privateEndpoint.name();
                }
            }
            Resolved target = factory.values.resolve(properties.get("privateLinkResourceId"), "its target");
            if (target.isKnown()) {
                String resource = target.value().substring(target.value().lastIndexOf('/') + 1);
                if (resource.equalsIgnoreCase(firstLabel)) {
                    return privateEndpoint.name();
                }
            }
        }
        return null;
    }

    // ---- flows and credentials --------------------------------------------------------------------------------

    private Flow flow(FlowDraft draft, int number) {
        String source = storeIds.get(draft.source);
        String sink = storeIds.get(draft.sink);
        String id = source.equals(sink) ? source + "-within" : source + "-to-" + sink;
        id = id.length() <= PlanLimits.MAX_ID_LENGTH && usedIds.add("flow:" + id) ? id : freeFlowId(number);
        boolean staged = draft.staged > 0 && draft.staged == draft.activities.size();
        if (draft.staged > 0 && !staged) {
            confirm(id, draft.staged + " of the " + draft.activities.size() + " activities of flow " + id
                    + " stage their copy; the plan takes the flow as not staged. Split it if the staged ones need"
                    + " their own rules.");
        }
        if (!draft.staging.isEmpty()) {
            confirm(id, "Flow " + id + " stages through " + String.join(", ", draft.staging)
                    + ": the staging store is not a store of the plan; the engine's staged-copy rules stand for it.");
        }
        List<String> activities = draft.activities.size() <= PlanLimits.MAX_ACTIVITIES_PER_FLOW ? draft.activities
                : draft.activities.subList(0, PlanLimits.MAX_ACTIVITIES_PER_FLOW);
        return new Flow(id, source, sink, staged, activities.stream().map(PlanAssembler::shortened).toList());
    }

    private String freeFlowId(int number) {
        for (int n = number; ; n++) {
            if (usedIds.add("flow:flow-" + n)) {
                return "flow-" + n;
            }
        }
    }

    private CredentialOptions credentials() {
        List<Resource> vaults = factory.linkedServices.values().stream().filter(ls -> KEY_VAULT.equals(type(ls)))
                .toList();
        if (vaults.isEmpty()) {
            return null;
        }
        String named = null;
        String from = null;
        for (Resource vault : vaults) {
            Resolved url = factory.values.resolve(vault.properties().path("typeProperties").get("baseUrl"),
                    "its base URL");
            String host = url.isKnown() ? Endpoints.host(url.value()) : null;
            String name = host == null ? null : host.split("\\.")[0];
            if (name != null && KEY_VAULT_NAME.matcher(name).matches()) {
                named = name;
                from = vault.name();
                break;
            }
        }
        if (named == null) {
            ask("credentials", "Credentials are kept in Key Vault (linked service " + vaults.getFirst().name()
                    + "), but the export does not state the vault's name: add it under Settings.");
        } else {
            confirm("credentials", "Credentials are kept in Key Vault " + named + " (linked service " + from + ")"
                    + (vaults.size() > 1 ? "; the factory also uses " + (vaults.size() - 1) + " more vault linked"
                            + " service(s), which the plan does not name." : "."));
        }
        return new CredentialOptions(CredentialStore.AZURE_KEY_VAULT, named);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private boolean mayStand(String storeType, LocationKind kind) {
        return catalog.storeType(storeType).map(spec -> spec.mayStandIn(kind)).orElse(false);
    }

    private String display(String storeType) {
        return catalog.storeType(storeType).map(spec -> spec.displayName()).orElse(storeType);
    }

    private static String type(Resource linkedService) {
        return linkedService.properties().path("type").asString("(no type)");
    }

    /** A plan id from a Data Factory name: disallowed characters become '-', unique among ids of its kind. */
    private String freeId(String name, String fallback) {
        String base = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        base = base.isEmpty() ? fallback : base.substring(0, Math.min(base.length(), PlanLimits.MAX_ID_LENGTH - 4));
        String kind = fallback.equals("store") ? "store:" : "location:";
        String id = base;
        for (int n = 2; !usedIds.add(kind + id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * A Data Factory name as a plan name: control characters (which Data Factory does not allow, but a hand-made
     * export may hold) become spaces, and a name over the plan's limit is shortened.
     */
    static String shortened(String name) {
        StringBuilder clean = new StringBuilder(Math.min(name.length(), PlanLimits.MAX_NAME_LENGTH));
        for (int i = 0; i < name.length() && clean.length() < PlanLimits.MAX_NAME_LENGTH - 1; i++) {
            char c = name.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pairedSurrogate) {
                clean.append(c).append(name.charAt(++i));
            } else {
                clean.append(Character.isISOControl(c) || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        String text = clean.length() < name.length() && clean.length() >= PlanLimits.MAX_NAME_LENGTH - 1
                ? clean + "…" : clean.toString();
        return text.isBlank() ? "(unnamed)" : text;
    }

    private static List<Resource> sortedByName(Map<String, Resource> resources) {
        return resources.values().stream().sorted(Comparator.comparing(Resource::name)).toList();
    }

    private void ask(String subject, String message) {
        checklist.add(new ChecklistItem(ItemKind.NEEDS_INPUT, subject, message));
    }

    private void confirm(String subject, String message) {
        checklist.add(new ChecklistItem(ItemKind.CONFIRM, subject, message));
    }

    private void warn(String subject, String message) {
        checklist.add(new ChecklistItem(ItemKind.WARNING, subject, message));
    }
}
