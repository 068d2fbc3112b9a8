package org.hybridplanner.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hybridplanner.engine.SeedRows.AllowlistRow;
import org.hybridplanner.engine.SeedRows.ComplianceRow;
import org.hybridplanner.engine.SeedRows.CredentialAdviceRow;
import org.hybridplanner.engine.SeedRows.EncryptionAdviceRow;
import org.hybridplanner.engine.SeedRows.FirewallRuleRow;
import org.hybridplanner.engine.SeedRows.LinkTypeRow;
import org.hybridplanner.engine.SeedRows.LocationKindRow;
import org.hybridplanner.engine.SeedRows.NetworkRule;
import org.hybridplanner.engine.SeedRows.PlacementRule;
import org.hybridplanner.engine.SeedRows.ReferenceRow;
import org.hybridplanner.engine.SeedRows.StoreTypeRow;
import org.hybridplanner.engine.SeedRows.WarningRow;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.LinkTypeSpec;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.RuleScope;
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
    private static final Set<String> KIND_SELECTORS = Set.of("PRIVATE", "PUBLIC", "ANY");

    final Map<String, ReferenceRow> references;
    final Map<LocationKind, LocationKindRow> locationKinds;
    final Map<String, StoreTypeRow> storeTypes;
    final Map<String, EncryptionAdviceRow> encryptionAdvice;
    final Map<String, AllowlistRow> allowlist;
    final List<LinkTypeRow> linkTypes;
    final List<PlacementRule> placementRules;
    final List<NetworkRule> networkRules;
    final List<FirewallRuleRow> firewallRules;
    final List<CredentialAdviceRow> credentialAdvice;
    final Map<String, WarningRow> warnings;
    final ComplianceRow compliance;
    private final Catalog catalog;

    /** Opens a seed file by name (for example {@code store-catalog.json}); null when there is none. */
    @FunctionalInterface
    interface SeedSource {
        InputStream open(String file) throws IOException;
    }

    private final SeedSource source;

    private RuleBook(JsonMapper mapper, SeedSource source) {
        this.source = source;
        references = byKey(read(mapper, "references.json", new TypeReference<List<ReferenceRow>>() { }),
                ReferenceRow::id, "references.json");
        locationKinds = byKey(read(mapper, "location-kinds.json", new TypeReference<List<LocationKindRow>>() { }),
                LocationKindRow::kind, "location-kinds.json");
        storeTypes = byKey(read(mapper, "store-catalog.json", new TypeReference<List<StoreTypeRow>>() { }),
                StoreTypeRow::type, "store-catalog.json");
        encryptionAdvice = byKey(read(mapper, "encryption-advice.json",
                new TypeReference<List<EncryptionAdviceRow>>() { }), EncryptionAdviceRow::id, "encryption-advice.json");
        allowlist = byKey(read(mapper, "allowlist-stores.json", new TypeReference<List<AllowlistRow>>() { }),
                AllowlistRow::type, "allowlist-stores.json");
        linkTypes = read(mapper, "link-types.json", new TypeReference<List<LinkTypeRow>>() { });
        placementRules = read(mapper, "placement-rules.json", new TypeReference<List<PlacementRule>>() { });
        networkRules = read(mapper, "network-rules.json", new TypeReference<List<NetworkRule>>() { });
        firewallRules = read(mapper, "firewall-rules.json", new TypeReference<List<FirewallRuleRow>>() { });
        credentialAdvice = read(mapper, "credential-advice.json", new TypeReference<List<CredentialAdviceRow>>() { });
        warnings = byKey(read(mapper, "warnings.json", new TypeReference<List<WarningRow>>() { }), WarningRow::code,
                "warnings.json");
        compliance = read(mapper, "compliance.json", new TypeReference<ComplianceRow>() { });
        List<String> problems = crossCheck();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The seed data is inconsistent:\n  " + String.join("\n  ", problems));
        }
        catalog = new Catalog(
                storeTypes.values().stream().map(row -> new StoreTypeSpec(row.type(), row.displayName(),
                        row.locationKinds(), row.placementNote())).toList(),
                linkTypes.stream().map(row -> new LinkTypeSpec(row.type(), row.privatePath(), row.preference(),
                        row.joins(), row.reference())).toList());
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

    static Reference toReference(ReferenceRow row) {
        return new Reference(row.id(), row.document(), row.section(), row.url(), row.quote());
    }

    private List<String> crossCheck() {
        List<String> problems = new ArrayList<>();
        locationKinds.values().forEach(row -> cite(problems, "location-kinds.json", row.kind().name(), row.reference()));
        for (LocationKind kind : LocationKind.values()) {
            if (kind.isPrivate() && !locationKinds.containsKey(kind)) {
                problems.add("location-kinds.json: no row for private kind " + kind);
            }
        }
        linkTypes.forEach(row -> cite(problems, "link-types.json", row.type().name(), row.reference()));
        for (StoreTypeRow row : storeTypes.values()) {
            String where = "store-catalog.json " + row.type();
            for (String id : concat(row.inTransit(), row.atRest())) {
                if (!encryptionAdvice.containsKey(id)) {
                    problems.add(where + ": unknown encryption advice '" + id + "'");
                }
            }
            for (String code : row.warnings()) {
                if (!warnings.containsKey(code)) {
                    problems.add(where + ": unknown warning code '" + code + "'");
                }
            }
        }
        encryptionAdvice.values().forEach(row -> cite(problems, "encryption-advice.json", row.id(), row.reference()));
        for (AllowlistRow row : allowlist.values()) {
            cite(problems, "allowlist-stores.json", row.type(), row.reference());
            knownStoreType(problems, "allowlist-stores.json", row.type());
        }
        for (PlacementRule rule : placementRules) {
            String where = "placement-rules.json " + rule.id();
            kindSelector(problems, where, rule.source());
            kindSelector(problems, where, rule.sink());
            if (!"{link}".equals(rule.reference())) {
                cite(problems, "placement-rules.json", rule.id(), rule.reference());
            }
            if (rule.runtime() == null || rule.runtime() == org.hybridplanner.model.RuntimeType.SELF_HOSTED
                    && rule.runtimeAt() == null) {
                problems.add(where + ": a self-hosted placement needs runtimeAt");
            }
        }
        for (NetworkRule rule : networkRules) {
            String where = "network-rules.json " + rule.id();
            if (!"SAME_LOCATION".equals(rule.farEnd())) {
                kindSelector(problems, where, rule.farEnd());
            }
            if (!"FIRST_LINK_ON_PATH".equals(rule.network())
                    && Arrays.stream(Network.values()).noneMatch(n -> n.name().equals(rule.network()))) {
                problems.add(where + ": unknown network '" + rule.network() + "'");
            }
            if (!"{link}".equals(rule.reference())) {
                cite(problems, "network-rules.json", rule.id(), rule.reference());
            }
        }
        for (FirewallRuleRow rule : firewallRules) {
            String where = "firewall-rules.json " + rule.id();
            cite(problems, "firewall-rules.json", rule.id(), rule.reference());
            if (!"LOCATION_BOUNDARY".equals(rule.scope())
                    && Arrays.stream(RuleScope.values()).noneMatch(s -> s.name().equals(rule.scope()))) {
                problems.add(where + ": unknown scope '" + rule.scope() + "'");
            }
            if (rule.port() < 1 || rule.port() > 65535) {
                problems.add(where + ": port " + rule.port() + " is out of range");
            }
            if (rule.when() != null && rule.when().servedFlow() != null
                    && rule.when().servedFlow().touches() != null) {
                rule.when().servedFlow().touches().forEach(type -> knownStoreType(problems, where, type));
            }
            if (rule.flowWarning() != null && !warnings.containsKey(rule.flowWarning())) {
                problems.add(where + ": unknown warning code '" + rule.flowWarning() + "'");
            }
        }
        for (CredentialAdviceRow row : credentialAdvice) {
            cite(problems, "credential-advice.json", row.text(), row.reference());
        }
        warnings.values().forEach(row -> cite(problems, "warnings.json", row.code(), row.reference()));
        cite(problems, "compliance.json", "certifications", compliance.reference());
        return problems;
    }

    private void cite(List<String> problems, String file, String row, String reference) {
        if (reference == null || !references.containsKey(reference)) {
            problems.add(file + " " + abbreviate(row) + ": cites unknown reference '" + reference + "'");
        }
    }

    private void knownStoreType(List<String> problems, String where, String type) {
        if (!storeTypes.containsKey(type)) {
            problems.add(where + ": unknown store type '" + type + "'");
        }
    }

    private static void kindSelector(List<String> problems, String where, String selector) {
        if (selector == null || !KIND_SELECTORS.contains(selector)
                && Arrays.stream(LocationKind.values()).noneMatch(kind -> kind.name().equals(selector))) {
            problems.add(where + ": unknown location selector '" + selector + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static List<String> concat(List<String> one, List<String> other) {
        List<String> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private <T> T read(JsonMapper mapper, String file, TypeReference<T> type) {
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
