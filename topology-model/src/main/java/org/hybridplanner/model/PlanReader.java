package org.hybridplanner.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads plan-format JSON (version 2, and version 1, which it migrates) into a {@link Plan}, reporting every
 * problem at once with its JSON path: malformed JSON (with line and column), wrong types, unknown properties and
 * enum values, properties newer than the document's version, and everything {@link PlanValidator} checks. Inputs
 * beyond {@link PlanLimits} are refused early. A version 1 plan comes back as version 2 with the same meaning
 * (docs/plan-format.md, "Migration"). Thread-safe.
 */
public final class PlanReader {
    private static final Set<String> PLAN_PROPERTIES = Set.of("schemaVersion", "name", "dataFactory", "locations",
            "links", "dataStores", "flows", "runtime", "credentials", "layout");

    private final JsonMapper mapper;
    private final Catalog catalog;
    private final PlanValidator validator;

    public PlanReader(Catalog catalog) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(PlanLimits.MAX_DOCUMENT_BYTES)
                .maxNestingDepth(PlanLimits.MAX_NESTING_DEPTH)
                .maxStringLength(PlanLimits.MAX_STRING_LENGTH)
                .maxNameLength(256)
                .maxNumberLength(32)
                .maxTokenCount(8_000_000)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
        this.catalog = catalog;
        this.validator = new PlanValidator(catalog);
    }

    public PlanReadResult read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads at most {@link PlanLimits#MAX_DOCUMENT_BYTES} from the stream; a longer document is refused. */
    public PlanReadResult read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            if (total > PlanLimits.MAX_DOCUMENT_BYTES) {
                return tooLarge();
            }
            buffer.write(chunk, 0, n);
        }
        return read(buffer.toByteArray());
    }

    public PlanReadResult read(byte[] json) {
        if (json.length > PlanLimits.MAX_DOCUMENT_BYTES) {
            return tooLarge();
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            return failure(new Problem("$", null, "the document exceeds a limit: " + constraintMessage(e)));
        } catch (JacksonException e) {
            return failure(new Problem("$", null, "malformed JSON " + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return failure(new Problem("$", null, "the document is empty; expected a plan object"));
        }
        Walk walk = new Walk();
        PlanValidator.Draft draft = walk.plan(root);
        CatalogedConnectors.apply(draft, catalog);
        ProblemList problems = walk.problems;
        PlanValidator.Index index = validator.validate(draft, problems);
        if (!problems.isEmpty()) {
            return new PlanReadResult(null, problems);
        }
        return new PlanReadResult(index.of(draft.toPlan(), catalog));
    }

    private static PlanReadResult tooLarge() {
        return failure(new Problem("$", null, "the document is larger than the limit of "
                + PlanLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB"));
    }

    private static PlanReadResult failure(Problem problem) {
        return new PlanReadResult(null, List.of(problem));
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "arrays and objects nest deeper than " + PlanLimits.MAX_NESTING_DEPTH + " levels";
        }
        if (message.contains("String value length")) {
            return "a string is longer than " + PlanLimits.MAX_STRING_LENGTH + " characters";
        }
        if (message.contains("Document length")) {
            return "the document is larger than " + PlanLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB";
        }
        return message.replaceAll("\\s*\\(from `[^`]*`\\)", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** One structural walk over the tree; collects problems instead of stopping at the first. */
    private static final class Walk {
        private final ProblemList problems = new ProblemList();
        /** The version the document declares; properties newer than it are refused (they would change meaning). */
        private int documentVersion = Plan.SCHEMA_VERSION;

        PlanValidator.Draft plan(JsonNode root) {
            PlanValidator.Draft draft = new PlanValidator.Draft();
            if (!root.isObject()) {
                problem("$", root, "expected a plan object");
                return draft;
            }
            unknownProperties("$", root, PLAN_PROPERTIES);
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                problems.add("$.schemaVersion", null, "is required (this build reads versions "
                        + Plan.OLDEST_READABLE_VERSION + " to " + Plan.SCHEMA_VERSION + ")");
            } else if (!version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() < Plan.OLDEST_READABLE_VERSION
                    || version.intValue() > Plan.SCHEMA_VERSION) {
                problem("$.schemaVersion", version, "unsupported plan-format version; this build reads versions "
                        + Plan.OLDEST_READABLE_VERSION + " to " + Plan.SCHEMA_VERSION);
            } else {
                documentVersion = version.intValue();
            }
            draft.name = requiredString("$.name", root.get("name"));
            draft.dataFactory = dataFactory(root.get("dataFactory"));
            draft.locations = array("$.locations", root.get("locations"), PlanLimits.MAX_LOCATIONS, true,
                    this::location, draft.locationIds);
            // When the list itself is refused, its ids are unknown rather than absent: references to them are not
            // reported (25,006 stores over the limit must give one problem, not one per flow end).
            draft.locationIdsKnown = isReadableArray(root.get("locations"), PlanLimits.MAX_LOCATIONS);
            draft.links = array("$.links", root.get("links"), PlanLimits.MAX_LINKS, false, this::link, null);
            draft.dataStores = array("$.dataStores", root.get("dataStores"), PlanLimits.MAX_DATA_STORES, true,
                    this::dataStore, draft.dataStoreIds);
            draft.dataStoreIdsKnown = isReadableArray(root.get("dataStores"), PlanLimits.MAX_DATA_STORES);
            draft.flows = array("$.flows", root.get("flows"), PlanLimits.MAX_FLOWS, true, this::flow,
                    draft.flowIds);
            draft.runtime = runtime(root.get("runtime"));
            draft.credentials = credentials(root.get("credentials"));
            draft.layout = layout(root.get("layout"));
            return draft;
        }

        private DataFactory dataFactory(JsonNode node) {
            String path = "$.dataFactory";
            if (!requireObject(path, node, Set.of("name", "region", "endpointStyle", "managedVirtualNetwork"))) {
                return null;
            }
            String name = requiredString(path + ".name", node.get("name"));
            String region = requiredString(path + ".region", node.get("region"));
            EndpointStyle style = optionalEnum(path + ".endpointStyle", node.get("endpointStyle"),
                    EndpointStyle.class);
            boolean managedNetwork = optionalBoolean(path + ".managedVirtualNetwork",
                    sinceVersion2(path, node, "managedVirtualNetwork"), false);
            return name == null || region == null ? null : new DataFactory(name, region, style, managedNetwork);
        }

        private Location location(String path, JsonNode node) {
            if (!requireObject(path, node, Set.of("id", "name", "kind", "egressIps", "addressSpaces",
                    "runtimeNodes"))) {
                return null;
            }
            String id = requiredString(path + ".id", node.get("id"));
            String name = optionalString(path + ".name", node.get("name"));
            LocationKind kind = requiredEnum(path + ".kind", node.get("kind"), LocationKind.class);
            List<String> egress = stringList(path + ".egressIps", node.get("egressIps"));
            List<String> spaces = stringList(path + ".addressSpaces", node.get("addressSpaces"));
            RuntimeNodes nodes = runtimeNodes(path + ".runtimeNodes", sinceVersion2(path, node, "runtimeNodes"));
            return id == null || kind == null ? null : new Location(id, name, kind, egress, spaces, nodes);
        }

        private RuntimeNodes runtimeNodes(String path, JsonNode node) {
            if (node == null || node.isNull() || !requireObject(path, node, Set.of("count", "addresses"))) {
                return null;
            }
            JsonNode count = node.get("count");
            if (count == null) {
                problems.add(path + ".count", null, "is required: how many machines run the self-hosted runtime"
                        + " (1 to " + RuntimeNodes.MAX_NODES + ")");
                return null;
            }
            if (!count.isIntegralNumber() || !count.canConvertToInt()) {
                problem(path + ".count", count, "must be a whole number of nodes (1 to " + RuntimeNodes.MAX_NODES
                        + ")");
                return null;
            }
            return new RuntimeNodes(count.intValue(), stringList(path + ".addresses", node.get("addresses")));
        }

        private Link link(String path, JsonNode node) {
            if (!requireObject(path, node, Set.of("between", "type"))) {
                return null;
            }
            JsonNode between = node.get("between");
            List<String> ends = null;
            if (between == null) {
                problems.add(path + ".between", null, "is required: the ids of the two locations");
            } else if (!between.isArray() || between.size() != 2) {
                problem(path + ".between", between, "must list exactly two location ids");
            } else {
                ends = stringList(path + ".between", between);
                if (ends.size() != 2) {
                    ends = null;
                }
            }
            LinkType type = requiredEnum(path + ".type", node.get("type"), LinkType.class);
            return ends == null || type == null ? null : new Link(ends, type);
        }

        private DataStore dataStore(String path, JsonNode node) {
            if (!requireObject(path, node, Set.of("id", "name", "type", "location", "connector", "privateEndpoint",
                    "managedPrivateEndpoint"))) {
                return null;
            }
            String id = requiredString(path + ".id", node.get("id"));
            String name = optionalString(path + ".name", node.get("name"));
            String type = requiredString(path + ".type", node.get("type"));
            String location = requiredString(path + ".location", node.get("location"));
            String connector = optionalString(path + ".connector", node.get("connector"));
            String privateEndpoint = optionalString(path + ".privateEndpoint",
                    sinceVersion2(path, node, "privateEndpoint"));
            boolean managed = optionalBoolean(path + ".managedPrivateEndpoint",
                    sinceVersion2(path, node, "managedPrivateEndpoint"), false);
            return id == null || type == null || location == null ? null
                    : new DataStore(id, name, type, location, connector, privateEndpoint, managed);
        }

        private Flow flow(String path, JsonNode node) {
            if (!requireObject(path, node, Set.of("id", "source", "sink", "stagedCopy", "activities"))) {
                return null;
            }
            String id = requiredString(path + ".id", node.get("id"));
            String source = requiredString(path + ".source", node.get("source"));
            String sink = requiredString(path + ".sink", node.get("sink"));
            boolean staged = optionalBoolean(path + ".stagedCopy", node.get("stagedCopy"), false);
            List<String> activities = activities(path + ".activities", node.get("activities"));
            return id == null || source == null || sink == null ? null
                    : new Flow(id, source, sink, staged, activities);
        }

        private RuntimeOptions runtime(JsonNode node) {
            String path = "$.runtime";
            if (node == null) {
                return RuntimeOptions.DEFAULTS;
            }
            if (!requireObject(path, node, Set.of("interactiveAuthoring", "autoUpdate", "remoteAccessFromIntranet"))) {
                return RuntimeOptions.DEFAULTS;
            }
            return new RuntimeOptions(
                    optionalBoolean(path + ".interactiveAuthoring", node.get("interactiveAuthoring"), true),
                    optionalBoolean(path + ".autoUpdate", node.get("autoUpdate"), true),
                    optionalBoolean(path + ".remoteAccessFromIntranet", node.get("remoteAccessFromIntranet"), false));
        }

        private CredentialOptions credentials(JsonNode node) {
            String path = "$.credentials";
            if (node == null) {
                return CredentialOptions.DEFAULTS;
            }
            if (!requireObject(path, node, Set.of("store", "keyVaultName"))) {
                return CredentialOptions.DEFAULTS;
            }
            CredentialStore store = optionalEnum(path + ".store", node.get("store"), CredentialStore.class);
            String keyVault = optionalString(path + ".keyVaultName", node.get("keyVaultName"));
            return new CredentialOptions(store, keyVault);
        }

        private PlanLayout layout(JsonNode node) {
            String path = "$.layout";
            if (node == null || !requireObject(path, node, Set.of("locations", "dataStores"))) {
                return PlanLayout.EMPTY;
            }
            return new PlanLayout(
                    positions(path + ".locations", node.get("locations"), PlanLimits.MAX_LOCATIONS),
                    positions(path + ".dataStores", node.get("dataStores"), PlanLimits.MAX_DATA_STORES));
        }

        /** An object of element id to {@code {"x": .., "y": ..}}; ids are checked against the plan later. */
        private Map<String, Position> positions(String path, JsonNode node, int limit) {
            Map<String, Position> positions = new java.util.LinkedHashMap<>();
            if (node == null) {
                return positions;
            }
            if (!node.isObject()) {
                problem(path, node, "must be an object of element ids to positions");
                return positions;
            }
            if (node.size() > limit) {
                problems.add(path, null, "has " + node.size() + " positions; the limit is " + limit);
                return positions;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String at = path + "." + entry.getKey();
                if (!requireObject(at, entry.getValue(), Set.of("x", "y"))) {
                    continue;
                }
                Integer x = coordinate(at + ".x", entry.getValue().get("x"));
                Integer y = coordinate(at + ".y", entry.getValue().get("y"));
                if (x != null && y != null) {
                    positions.put(entry.getKey(), new Position(x, y));
                }
            }
            return positions;
        }

        private Integer coordinate(String path, JsonNode node) {
            if (node == null || node.isNull()) {
                problems.add(path, null, "is required");
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0
                    || node.intValue() > PlanLayout.MAX_COORDINATE) {
                problem(path, node, "must be a whole number from 0 to " + PlanLayout.MAX_COORDINATE);
                return null;
            }
            return node.intValue();
        }

        /**
         * Reads an array of objects, keeping positions: an element that cannot be built is null, and its id
         * (when readable) still goes into {@code idsSeen} so that references to it are not reported twice.
         */
        private <T> List<T> array(String path, JsonNode node, int limit, boolean required,
                ElementReader<T> reader, Set<String> idsSeen) {
            List<T> result = new ArrayList<>();
            if (node == null) {
                if (required) {
                    problems.add(path, null, "is required (an array, possibly empty)");
                }
                return result;
            }
            if (!node.isArray()) {
                problem(path, node, "must be an array");
                return result;
            }
            if (node.size() > limit) {
                problems.add(path, null, "has " + node.size() + " elements; the limit is " + limit);
                return result;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                T value = reader.read(path + "[" + i + "]", element);
                result.add(value);
                if (idsSeen != null && element.isObject() && element.get("id") != null
                        && element.get("id").isString()) {
                    idsSeen.add(element.get("id").stringValue());
                }
            }
            return result;
        }

        /**
         * The property's value, or, in a version 1 document, null and a problem: a version 1 reader would refuse
         * the property, so a document that uses it must say it is version 2.
         */
        private JsonNode sinceVersion2(String path, JsonNode node, String property) {
            JsonNode value = node.get(property);
            if (value != null && documentVersion < 2) {
                problems.add(path + "." + property, null, "is new in plan-format version 2, but the plan says"
                        + " schemaVersion " + documentVersion + "; set schemaVersion to 2");
                return null;
            }
            return value;
        }

        private static boolean isReadableArray(JsonNode node, int limit) {
            return node != null && node.isArray() && node.size() <= limit;
        }

        private boolean requireObject(String path, JsonNode node, Set<String> allowed) {
            if (node == null) {
                problems.add(path, null, "is required");
                return false;
            }
            if (!node.isObject()) {
                problem(path, node, "must be an object");
                return false;
            }
            unknownProperties(path, node, allowed);
            return true;
        }

        private void unknownProperties(String path, JsonNode node, Set<String> allowed) {
            String message = null;
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!allowed.contains(property.getKey())) {
                    if (message == null) {
                        message = "unknown property; expected one of " + allowed.stream().sorted().toList();
                    }
                    problems.add(path + "." + property.getKey(), null, message);
                }
            }
        }

        private String requiredString(String path, JsonNode node) {
            if (node == null || node.isNull()) {
                problems.add(path, null, "is required");
                return null;
            }
            return optionalString(path, node);
        }

        private String optionalString(String path, JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                problem(path, node, "must be a string");
                return null;
            }
            return node.stringValue();
        }

        private boolean optionalBoolean(String path, JsonNode node, boolean fallback) {
            if (node == null || node.isNull()) {
                return fallback;
            }
            if (!node.isBoolean()) {
                problem(path, node, "must be true or false");
                return fallback;
            }
            return node.booleanValue();
        }

        private List<String> stringList(String path, JsonNode node) {
            return stringList(path, node, PlanLimits.MAX_ADDRESSES_PER_LOCATION);
        }

        private List<String> activities(String path, JsonNode node) {
            return stringList(path, node, PlanLimits.MAX_ACTIVITIES_PER_FLOW);
        }

        private List<String> stringList(String path, JsonNode node, int limit) {
            List<String> values = new ArrayList<>();
            if (node == null || node.isNull()) {
                return values;
            }
            if (!node.isArray()) {
                problem(path, node, "must be an array of strings");
                return values;
            }
            if (node.size() > limit) {
                problems.add(path, null, "has " + node.size() + " elements; the limit is " + limit);
                return values;
            }
            for (int i = 0; i < node.size(); i++) {
                String value = optionalString(path + "[" + i + "]", node.get(i));
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        private <E extends Enum<E>> E requiredEnum(String path, JsonNode node, Class<E> type) {
            if (node == null || node.isNull()) {
                problems.add(path, null, "is required; one of " + names(type));
                return null;
            }
            return optionalEnum(path, node, type);
        }

        private <E extends Enum<E>> E optionalEnum(String path, JsonNode node, Class<E> type) {
            String text = optionalString(path, node);
            if (text == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            problems.add(path, text, "unknown value; expected one of " + names(type));
            return null;
        }

        private void problem(String path, JsonNode node, String message) {
            String shown = node == null ? null : node.isString() ? node.stringValue() : abbreviate(node);
            problems.add(path, shown, message);
        }

        private static String abbreviate(JsonNode node) {
            if (node.isArray() || node.isObject()) {
                return node.isArray() ? "[…]" : "{…}";
            }
            return node.toString();
        }

        private static <E extends Enum<E>> List<String> names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(String path, JsonNode node);
    }
}
