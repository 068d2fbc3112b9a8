package org.hybridplanner.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hybridplanner.engine.SeedRows.AllowlistRow;
import org.hybridplanner.engine.SeedRows.CloudRow;
import org.hybridplanner.engine.SeedRows.ComplianceRow;
import org.hybridplanner.engine.SeedRows.CredentialAdviceRow;
import org.hybridplanner.engine.SeedRows.DisablePublicAccessRow;
import org.hybridplanner.engine.SeedRows.EncryptionAdviceRow;
import org.hybridplanner.engine.SeedRows.FirewallRuleRow;
import org.hybridplanner.engine.SeedRows.LinkTypeRow;
import org.hybridplanner.engine.SeedRows.LocationKindRow;
import org.hybridplanner.engine.SeedRows.NetworkRule;
import org.hybridplanner.engine.SeedRows.PlacementRule;
import org.hybridplanner.engine.SeedRows.PrivateEndpointRow;
import org.hybridplanner.engine.SeedRows.ReferenceRow;
import org.hybridplanner.engine.SeedRows.StoreTypeRow;
import org.hybridplanner.engine.SeedRows.WarningRow;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.LinkTypeSpec;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.DisablePublicAccess;
import org.hybridplanner.model.PrivateEndpointSpec;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.StoreTypeSpec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule tables of {@code seed-data}, loaded and cross-checked: every reference a row cites exists, every store
 * type, advice id and warning code a row names exists. Inconsistent seed data refuses to load with a message that
 * names the file and row. Immutable once loaded.
 */
public final class RuleBook {
    static final String SEED_ROOT = "/org/hybridplanner/seed/";
    private static final String LINK_REFERENCE = "{link}";
    private static final String DATA_FACTORY_SERVICE_TAG = "DataFactoryManagement";

    final Map<String, ReferenceRow> references;
    final Map<AzureCloud, CloudRow> clouds;
    final Map<LocationKind, LocationKindRow> locationKinds;
    final Map<String, StoreTypeRow> storeTypes;
    final Map<String, EncryptionAdviceRow> encryptionAdvice;
    final Map<String, AllowlistRow> allowlist;
    final Map<String, PrivateEndpointRow> privateEndpoints;
    final List<LinkTypeRow> linkTypes;
    final List<PlacementRule> placementRules;
    final List<NetworkRule> networkRules;
    final List<FirewallRuleRow> firewallRules;
    final List<CredentialAdviceRow> credentialAdvice;
    final Map<String, WarningRow> warnings;
    final ComplianceRow compliance;
    final List<SeedRows.ConnectorRow> connectors;
    /** Credential advice for store types, by id (credential-advice.json rows with an id). */
    final Map<String, CredentialAdviceRow> storeCredentialAdvice;
    private final Catalog catalog;

    /** Opens a seed file by name (for example {@code store-catalog.json}); null when there is none. */
    @FunctionalInterface
    interface SeedSource {
        InputStream open(String file) throws IOException;
    }

    private final SeedSource source;
    /** Tables being read on a second thread, by file name (see {@link #READ_ALONGSIDE}). */
    private final Map<String, FutureTask<Object>> readAlongside = new HashMap<>();

    /**
     * Tables read on a second thread while this one reads the others. On a cold JVM each table's record type costs
     * Jackson its first introspection and method handles (a command-line run waits on the rule book at every start,
     * about a third of it); the second core would idle meanwhile. These five are about 40 % of the reading on a cold
     * JVM, so that both threads finish at about the same time (this one also pays for Jackson's first use).
     */
    private static final Map<String, TypeReference<?>> READ_ALONGSIDE = Map.of(
            "store-catalog.json", new TypeReference<List<StoreTypeRow>>() { },
            "encryption-advice.json", new TypeReference<List<EncryptionAdviceRow>>() { },
            "private-endpoints.json", new TypeReference<List<PrivateEndpointRow>>() { },
            "firewall-rules.json", new TypeReference<List<FirewallRuleRow>>() { },
            "credential-advice.json", new TypeReference<List<CredentialAdviceRow>>() { });

    private RuleBook(JsonMapper mapper, SeedSource source) {
        this.source = source;
        READ_ALONGSIDE.forEach((file, type) -> readAlongside.put(file, new FutureTask<>(() -> read(mapper, file,
                type, false))));
        Thread.ofPlatform().daemon().name("seed-tables").start(() -> readAlongside.values().forEach(FutureTask::run));
        references = byKey(read(mapper, "references.json", new TypeReference<List<ReferenceRow>>() { }),
                ReferenceRow::id, "references.json");
        clouds = byKey(read(mapper, "azure-clouds.json", new TypeReference<List<CloudRow>>() { }), CloudRow::cloud,
                "azure-clouds.json");
        locationKinds = byKey(read(mapper, "location-kinds.json", new TypeReference<List<LocationKindRow>>() { }),
                LocationKindRow::kind, "location-kinds.json");
        storeTypes = byKey(read(mapper, "store-catalog.json", new TypeReference<List<StoreTypeRow>>() { }),
                StoreTypeRow::type, "store-catalog.json");
        encryptionAdvice = byKey(read(mapper, "encryption-advice.json",
                new TypeReference<List<EncryptionAdviceRow>>() { }), EncryptionAdviceRow::id, "encryption-advice.json");
        allowlist = byKey(read(mapper, "allowlist-stores.json", new TypeReference<List<AllowlistRow>>() { }),
                AllowlistRow::type, "allowlist-stores.json");
        privateEndpoints = byKey(read(mapper, "private-endpoints.json",
                new TypeReference<List<PrivateEndpointRow>>() { }), PrivateEndpointRow::type, "private-endpoints.json");
        linkTypes = read(mapper, "link-types.json", new TypeReference<List<LinkTypeRow>>() { });
        placementRules = read(mapper, "placement-rules.json", new TypeReference<List<PlacementRule>>() { });
        networkRules = read(mapper, "network-rules.json", new TypeReference<List<NetworkRule>>() { });
        firewallRules = read(mapper, "firewall-rules.json", new TypeReference<List<FirewallRuleRow>>() { });
        credentialAdvice = read(mapper, "credential-advice.json", new TypeReference<List<CredentialAdviceRow>>() { });
        warnings = byKey(read(mapper, "warnings.json", new TypeReference<List<WarningRow>>() { }), WarningRow::code,
                "warnings.json");
        compliance = read(mapper, "compliance.json", new TypeReference<ComplianceRow>() { });
        connectors = read(mapper, "data-factory-connectors.json", new TypeReference<List<SeedRows.ConnectorRow>>() { });
        storeCredentialAdvice = byKey(credentialAdvice.stream().filter(row -> row.id() != null).toList(),
                CredentialAdviceRow::id, "credential-advice.json");
        List<String> problems = crossCheck();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The seed data is inconsistent:\n  " + String.join("\n  ", problems));
        }
        Map<String, AzureCloud> regions = new LinkedHashMap<>();
        clouds.values().forEach(row -> row.regions().forEach(region -> regions.put(region, row.cloud())));
        catalog = new Catalog(
                storeTypes.values().stream().map(row -> new StoreTypeSpec(row.type(), row.displayName(),
                        row.locationKinds(), row.placementNote(), row.clouds(), row.transport(), row.firewall(),
                        row.category())).toList(),
                linkTypes.stream().map(row -> new LinkTypeSpec(row.type(), row.privatePath(), row.preference(),
                        row.joins(), row.reference())).toList(),
                regions, connectorTypes(connectors),
                privateEndpoints.values().stream().map(row -> new PrivateEndpointSpec(row.type(), row.resource(),
                        row.subResource(), row.privateDnsZones(), row.managedPrivateEndpoint(),
                        Boolean.TRUE.equals(row.virtualNetworkIntegration()), row.disablePublicAccess() == null ? null
                                : new DisablePublicAccess(row.disablePublicAccess().azureCli(),
                                        row.disablePublicAccess().azurePowerShell(),
                                        row.disablePublicAccess().instead()))).toList());
    }

    private static Map<String, String> connectorTypes(List<SeedRows.ConnectorRow> rows) {
        Map<String, String> types = new LinkedHashMap<>();
        rows.stream().filter(row -> row.storeType() != null)
                .forEach(row -> types.put(row.dataFactoryType(), row.storeType()));
        return types;
    }

    /** Loads the tables shipped in the seed-data module from the class path. */
    public static RuleBook load() {
        return load(file -> RuleBook.class.getResourceAsStream(SEED_ROOT + file));
    }

    /** Loads the tables from another source (tests feed it broken tables to prove they are refused). */
    static RuleBook load(SeedSource source) {
        JsonMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        return new RuleBook(strict, source);
    }

    /** What a plan may contain, for the plan reader and the editor's choices. */
    public Catalog catalog() {
        return catalog;
    }

    /** The certifications the article lists, with the reference they are cited from. */
    public List<String> complianceCertifications() {
        return compliance.certifications();
    }

    public String complianceReference() {
        return compliance.reference();
    }

    /**
     * The host a self-hosted runtime of this factory connects to for the Data Factory service: the outbound row
     * whose service tag is {@code DataFactoryManagement} and that applies to the endpoint style, in the cloud of the
     * region, with the factory's name and region filled in. Empty for a region no cloud has. The planner's forms
     * show it, so that they name the same host as the recommendation (docs/decisions.md, "Sovereign cloud
     * endpoints").
     */
    public Optional<String> dataFactoryServiceHost(String factoryName, String region, EndpointStyle style) {
        Optional<AzureCloud> cloud = region == null || region.isBlank() ? Optional.empty() : catalog.cloudOf(region);
        if (cloud.isEmpty()) {
            return Optional.empty();
        }
        for (FirewallRuleRow row : firewallRules) {
            boolean dataFactoryService = row.serviceTag() != null
                    && DATA_FACTORY_SERVICE_TAG.equals(row.serviceTag().name());
            boolean forStyle = row.when() == null || row.when().endpointStyle() == null
                    || row.when().endpointStyle() == style;
            String template = row.hosts().get(cloud.get());
            if (dataFactoryService && forStyle && template != null) {
                return Optional.of(Templates.fill(template, HostTemplateValues.of(factoryName, region, null)));
            }
        }
        return Optional.empty();
    }

    public Optional<Reference> reference(String id) {
        return Optional.ofNullable(references.get(id)).map(RuleBook::toReference);
    }

    /** Every reference, in the order of references.json, with the file each is quoted from. */
    public List<Reference> references() {
        return references.values().stream().map(RuleBook::toReference).toList();
    }

    /** The repository-relative file a reference is quoted from (for the contract test). */
    public String sourceOf(String referenceId) {
        return references.get(referenceId).source();
    }

    /** The kinds of claim a reference was written for (empty for an unknown id). */
    public List<ClaimKind> claimsSupportedBy(String referenceId) {
        ReferenceRow row = references.get(referenceId);
        return row == null ? List.of() : row.supports();
    }

    static Reference toReference(ReferenceRow row) {
        return new Reference(row.id(), row.document(), row.section(), row.url(), row.quote());
    }

    private List<String> crossCheck() {
        List<String> problems = new ArrayList<>();
        checkClouds(problems);
        for (LocationKindRow row : locationKinds.values()) {
            cite(problems, "location-kinds.json", row.kind().name(), row.reference(), ClaimKind.RUNTIME_PLACEMENT);
            if (!row.firewallScope().matchesDomainNames()
                    && (row.nameAwareScope() == null || !row.nameAwareScope().matchesDomainNames())) {
                problems.add("location-kinds.json " + row.kind() + ": " + row.firewallScope()
                        + " filters by address, so nameAwareScope must name a boundary that matches domain names");
            }
        }
        for (LocationKind kind : LocationKind.values()) {
            if (kind.isPrivate() && !locationKinds.containsKey(kind)) {
                problems.add("location-kinds.json: no row for private kind " + kind);
            }
        }
        for (LinkTypeRow row : linkTypes) {
            cite(problems, "link-types.json", row.type().name(), row.reference(), row.claim());
            cite(problems, "link-types.json", row.type().name(), row.beyondTableReference(),
                    ClaimKind.LINK_BEYOND_THE_TABLE);
            for (List<LocationKind> pair : row.tableJoins()) {
                if (pair.size() != 2 || row.joins().stream().noneMatch(join -> join.containsAll(pair)
                        && pair.containsAll(join))) {
                    problems.add("link-types.json " + row.type() + ": table pair " + pair + " is not one it joins");
                }
            }
        }
        for (StoreTypeRow row : storeTypes.values()) {
            String where = "store-catalog.json " + row.type();
            if (row.clouds() == null || row.clouds().isEmpty() || row.transport() == null || row.firewall() == null
                    || row.category() == null || row.locationKinds() == null || row.locationKinds().isEmpty()) {
                problems.add(where + ": category, locationKinds, clouds, transport and firewall are required");
            }
            if (row.sources().isEmpty() || row.sources().stream().anyMatch(source -> source == null
                    || source.isBlank())) {
                problems.add(where + ": sources must name the documents its facts come from");
            }
            row.inTransit().forEach(id -> advice(problems, where, id, ClaimKind.ENCRYPTION_IN_TRANSIT));
            row.atRest().forEach(id -> advice(problems, where, id, ClaimKind.ENCRYPTION_AT_REST));
            for (String id : row.credentials()) {
                if (!storeCredentialAdvice.containsKey(id)) {
                    problems.add(where + ": unknown credential advice '" + id + "'");
                }
            }
            for (String code : row.warnings()) {
                if (!warnings.containsKey(code)) {
                    problems.add(where + ": unknown warning code '" + code + "'");
                }
            }
        }
        encryptionAdvice.values().forEach(row -> cite(problems, "encryption-advice.json", row.id(), row.reference(),
                row.claim()));
        for (AllowlistRow row : allowlist.values()) {
            cite(problems, "allowlist-stores.json", row.type(), row.reference(), ClaimKind.ALLOWLIST_ENTRY);
            knownStoreType(problems, "allowlist-stores.json", row.type());
        }
        Set<String> connectorTypes = new HashSet<>();
        for (SeedRows.ConnectorRow row : connectors) {
            if (!connectorTypes.add(row.dataFactoryType())) {
                problems.add("data-factory-connectors.json: " + row.dataFactoryType() + " is listed twice");
            }
            if (row.storeType() != null) {
                knownStoreType(problems, "data-factory-connectors.json " + row.dataFactoryType(), row.storeType());
            }
        }
        for (PrivateEndpointRow row : privateEndpoints.values()) {
            String where = "private-endpoints.json " + row.type();
            cite(problems, "private-endpoints.json", row.type(), row.reference(), ClaimKind.PRIVATE_ENDPOINT);
            knownStoreType(problems, "private-endpoints.json", row.type());
            if (row.resource() == null || row.subResource() == null || row.subResource().isBlank()
                    || row.sources().isEmpty()) {
                problems.add(where + ": resource, subResource and sources are required");
            }
            StoreTypeRow type = storeTypes.get(row.type());
            if (type != null && (type.clouds() == null || !row.privateDnsZones().keySet().containsAll(type.clouds()))) {
                problems.add(where + ": needs a private DNS zone in every cloud that offers the type");
            }
            DisablePublicAccessRow off = row.disablePublicAccess();
            if (off == null || off.sources().isEmpty()
                    || (off.azureCli() == null || off.azurePowerShell() == null) && off.instead() == null) {
                problems.add(where + ": disablePublicAccess needs the Azure CLI and Azure PowerShell commands, or what"
                        + " to do instead, and the sources they come from");
            }
            row.privateDnsZones().forEach((cloud, zone) -> {
                if (zone == null || !zone.startsWith("privatelink.")) {
                    problems.add(where + ": the private DNS zone of " + cloud + " must be a privatelink.* zone");
                }
            });
        }
        for (PlacementRule rule : placementRules) {
            String where = "placement-rules.json " + rule.id();
            if (rule.source() == null || rule.sink() == null || rule.source() == LocationSelector.SAME_LOCATION
                    || rule.sink() == LocationSelector.SAME_LOCATION) {
                problems.add(where + ": source and sink must select location kinds");
            }
            linkOrCite(problems, "placement-rules.json", rule.id(), rule.reference(), rule.claim());
            if (rule.runtime() == null || rule.runtime() == org.hybridplanner.model.RuntimeType.SELF_HOSTED
                    && rule.runtimeAt() == null) {
                problems.add(where + ": a self-hosted placement needs runtimeAt");
            }
        }
        for (NetworkRule rule : networkRules) {
            if (rule.farEnd() == null || rule.network() == null) {
                problems.add("network-rules.json " + rule.id() + ": farEnd and network are required");
            }
            linkOrCite(problems, "network-rules.json", rule.id(), rule.reference(), rule.claim());
        }
        for (FirewallRuleRow rule : firewallRules) {
            checkFirewallRule(problems, rule);
        }
        for (CredentialAdviceRow row : credentialAdvice) {
            if (row.store() == null || row.scenario() == null) {
                problems.add("credential-advice.json " + abbreviate(row.text()) + ": store and scenario are required");
            }
            cite(problems, "credential-advice.json", row.text(), row.reference(), row.claim());
        }
        warnings.values().forEach(row -> cite(problems, "warnings.json", row.code(), row.reference(), row.claim()));
        cite(problems, "compliance.json", "certifications", compliance.reference(), ClaimKind.COMPLIANCE);
        for (CitedReference cited : CitedReference.values()) {
            cite(problems, "the engine's code", cited.name(), cited.id(), cited.claim());
        }
        return problems;
    }

    private void checkClouds(List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (AzureCloud cloud : AzureCloud.values()) {
            CloudRow row = clouds.get(cloud);
            if (row == null || row.regions() == null || row.regions().isEmpty()) {
                problems.add("azure-clouds.json: no regions for " + cloud);
                continue;
            }
            for (String region : row.regions()) {
                if (!region.matches("[a-z][a-z0-9]{1,39}") || !seen.add(region)) {
                    problems.add("azure-clouds.json " + cloud + ": region '" + region
                            + "' is malformed or listed twice");
                }
            }
        }
    }

    private void checkFirewallRule(List<String> problems, FirewallRuleRow rule) {
        String where = "firewall-rules.json " + rule.id();
        boolean outbound = rule.direction() == Direction.OUTBOUND;
        cite(problems, "firewall-rules.json", rule.id(), rule.reference(),
                outbound ? ClaimKind.OUTBOUND_RULE : ClaimKind.INBOUND_RULE);
        if (rule.site() == null || outbound == (rule.site() == SeedRows.RuleSite.RUNTIME_MACHINE)) {
            problems.add(where + ": outbound rules go to LOCATION_BOUNDARY, inbound rules to RUNTIME_MACHINE");
        }
        if (outbound == rule.hosts().isEmpty()) {
            problems.add(where + ": an outbound rule names its host in each cloud it applies in; an inbound rule"
                    + " names none");
        }
        rule.hostReferences().forEach((cloud, reference) -> {
            if (!rule.hosts().containsKey(cloud)) {
                problems.add(where + ": hostReferences names " + cloud + ", which has no host");
            }
            cite(problems, "firewall-rules.json", rule.id() + " " + cloud, reference, ClaimKind.OUTBOUND_RULE);
        });
        if (rule.serviceTag() != null && (rule.serviceTag().name() == null || rule.serviceTag().name().isBlank())) {
            problems.add(where + ": a service tag needs a name");
        }
        if (rule.port() < 1 || rule.port() > 65535) {
            problems.add(where + ": port " + rule.port() + " is out of range");
        }
        if (rule.when() != null) {
            servedFlowTypes(problems, where, rule.when().servedFlow());
        }
        servedFlowTypes(problems, where, rule.flowWarningWhen());
        if ((rule.flowWarning() == null) != (rule.flowWarningWhen() == null)) {
            problems.add(where + ": flowWarning and flowWarningWhen go together");
        }
        if (rule.flowWarning() != null && !warnings.containsKey(rule.flowWarning())) {
            problems.add(where + ": unknown warning code '" + rule.flowWarning() + "'");
        }
    }

    private void servedFlowTypes(List<String> problems, String where, SeedRows.ServedFlowCondition condition) {
        if (condition == null) {
            return;
        }
        for (List<String> types : Arrays.asList(condition.touches(), condition.writes())) {
            if (types != null) {
                types.forEach(type -> knownStoreType(problems, where, type));
            }
        }
    }

    private void advice(List<String> problems, String where, String id, ClaimKind expected) {
        EncryptionAdviceRow row = encryptionAdvice.get(id);
        if (row == null) {
            problems.add(where + ": unknown encryption advice '" + id + "'");
        } else if (row.claim() != expected) {
            problems.add(where + ": encryption advice '" + id + "' is " + row.claim() + ", listed as " + expected);
        }
    }

    private void linkOrCite(List<String> problems, String file, String row, String reference, ClaimKind claim) {
        if (LINK_REFERENCE.equals(reference)) {
            if (claim != null) {
                problems.add(file + " " + row + ": a {link} reference takes its claim kind from the link type");
            }
        } else {
            cite(problems, file, row, reference, claim);
        }
    }

    private void cite(List<String> problems, String file, String row, String reference, ClaimKind claim) {
        ReferenceRow cited = reference == null ? null : references.get(reference);
        if (cited == null) {
            problems.add(file + " " + abbreviate(row) + ": cites unknown reference '" + reference + "'");
        } else if (claim == null) {
            problems.add(file + " " + abbreviate(row) + ": states no claim kind for reference '" + reference + "'");
        } else if (!cited.supports().contains(claim)) {
            problems.add(file + " " + abbreviate(row) + ": cites '" + reference + "' for a " + claim
                    + " claim; it supports only " + cited.supports());
        }
    }

    private void knownStoreType(List<String> problems, String where, String type) {
        if (!storeTypes.containsKey(type)) {
            problems.add(where + ": unknown store type '" + type + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private <T> T read(JsonMapper mapper, String file, TypeReference<T> type) {
        return read(mapper, file, type, true);
    }

    /** Reads a table, or takes it from the second thread when that one reads it (and for the same type). */
    @SuppressWarnings("unchecked")
    private <T> T read(JsonMapper mapper, String file, TypeReference<T> type, boolean mayTakeFromAlongside) {
        FutureTask<Object> alongside = mayTakeFromAlongside ? readAlongside.get(file) : null;
        if (alongside != null && READ_ALONGSIDE.get(file).getType().equals(type.getType())) {
            try {
                alongside.run(); // reads it here when the second thread has not started it yet
                return (T) alongside.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException("Seed file " + file + " cannot be read: " + e.getCause(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading seed file " + file, e);
            }
        }
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new IllegalStateException("Seed file " + file + " is missing from the class path");
            }
            return mapper.readValue(in, type);
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("Seed file " + file + " cannot be read: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key, String file) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V row : rows) {
            if (map.put(key.apply(row), row) != null) {
                throw new IllegalStateException(file + ": duplicate key " + key.apply(row));
            }
        }
        return map;
    }

    static <T> String joined(List<T> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
