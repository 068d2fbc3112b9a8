package org.hybridplanner.factoryimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.LocationKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed table {@code data-factory-connectors.json}: for each Data Factory linked-service type, the planner's
 * store type (null while the catalog has none), where such a store stands when the Azure runtime reaches it, and
 * the source of both facts. Loaded strictly: unknown keys, store types the catalog lacks and duplicates refuse.
 */
final class ConnectorMapping {
    static final String FILE = "/org/hybridplanner/seed/data-factory-connectors.json";
    private static final Set<String> KEYS = Set.of("dataFactoryType", "storeType", "azureRuntimeLocation", "source",
            "note");

    /** One row: {@code storeType} is null when the catalog has no type for the connector yet. */
    record Row(String dataFactoryType, String storeType, LocationKind azureRuntimeLocation, String source) {
    }

    private final Map<String, Row> rows;

    private ConnectorMapping(Map<String, Row> rows) {
        this.rows = rows;
    }

    Optional<Row> row(String dataFactoryType) {
        return Optional.ofNullable(rows.get(dataFactoryType));
    }

    int size() {
        return rows.size();
    }

    static ConnectorMapping load(Catalog catalog) {
        try (InputStream in = ConnectorMapping.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            return parse(JsonMapper.builder().build().readTree(in), catalog);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ConnectorMapping parse(JsonNode root, Catalog catalog) {
        if (!root.isArray()) {
            throw new IllegalStateException(FILE + ": expected an array of rows");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode row = root.get(i);
            String at = FILE + " row " + (i + 1);
            for (String key : row.propertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new IllegalStateException(at + ": unknown key '" + key + "'; expected one of " + KEYS);
                }
            }
            String type = row.path("dataFactoryType").asString("");
            String storeType = row.path("storeType").isNull() ? null : row.path("storeType").asString(null);
            String kind = row.path("azureRuntimeLocation").asString("");
            String source = row.path("source").asString("");
            if (!type.matches("[A-Za-z][A-Za-z0-9]{0,63}")) {
                throw new IllegalStateException(at + ": dataFactoryType '" + type + "' is not a type name");
            }
            if (storeType != null && catalog.storeType(storeType).isEmpty()) {
                throw new IllegalStateException(at + " " + type + ": unknown store type '" + storeType + "'");
            }
            if (!kind.equals(LocationKind.AZURE_PUBLIC.name()) && !kind.equals(LocationKind.PUBLIC_INTERNET.name())) {
                throw new IllegalStateException(at + " " + type + ": azureRuntimeLocation must be AZURE_PUBLIC or"
                        + " PUBLIC_INTERNET, not '" + kind + "'");
            }
            if (source.isBlank()) {
                throw new IllegalStateException(at + " " + type + ": the source of the row is missing");
            }
            if (rows.put(type, new Row(type, storeType, LocationKind.valueOf(kind), source)) != null) {
                throw new IllegalStateException(at + ": " + type + " is listed twice");
            }
        }
        return new ConnectorMapping(rows);
    }
}
