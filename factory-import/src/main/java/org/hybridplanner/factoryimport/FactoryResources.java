package org.hybridplanner.factoryimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a factory the import reads, whichever shape the export had: each resource by name with its
 * {@code properties} (as Data Factory defines them) and the file it came from, and how values are resolved.
 */
final class FactoryResources {
    /** One Data Factory resource: a linked service, dataset, pipeline, data flow, runtime or private endpoint. */
    record Resource(String name, String file, JsonNode properties) {
    }

    final ExportKind kind;
    final Values values;
    String factoryName;
    String region;
    int files;
    final Map<String, Resource> linkedServices = new LinkedHashMap<>();
    final Map<String, Resource> datasets = new LinkedHashMap<>();
    final Map<String, Resource> pipelines = new LinkedHashMap<>();
    final Map<String, Resource> dataFlows = new LinkedHashMap<>();
    final Map<String, Resource> runtimes = new LinkedHashMap<>();
    final List<Resource> privateEndpoints = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();

    FactoryResources(ExportKind kind, Values values) {
        this.kind = kind;
        this.values = values;
    }
}
