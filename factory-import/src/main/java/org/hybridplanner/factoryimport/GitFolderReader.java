package org.hybridplanner.factoryimport;

import java.util.List;
import java.util.Map;
import org.hybridplanner.factoryimport.FactoryResources.Resource;
import tools.jackson.databind.JsonNode;

/**
 * Reads a factory's git-mode folder: one JSON file per resource ({@code {"name": ..., "properties": {...}}}) in
 * {@code factory/}, {@code linkedService/}, {@code dataset/}, {@code pipeline/}, {@code dataflow/},
 * {@code integrationRuntime/} and {@code managedVirtualNetwork/<name>/managedPrivateEndpoint/}, at any depth (a zip
 * of a repository has the repository's folder first). Other folders (triggers, credentials) are not read.
 */
final class GitFolderReader {
    static final List<String> FOLDERS = List.of("factory", "linkedService", "dataset", "pipeline", "dataflow",
            "integrationRuntime", "managedPrivateEndpoint");

    private GitFolderReader() {
    }

    /** The resource folder a file stands in (its parent folder's name), or null when it is not one of ours. */
    static String folderOf(String path) {
        String[] parts = path.split("/");
        if (parts.length < 2) {
            return null;
        }
        String parent = parts[parts.length - 2];
        return FOLDERS.contains(parent) ? parent : null;
    }

    static FactoryResources read(List<ExportFiles.ExportFile> files) throws ImportRefusedException {
        FactoryResources factory = new FactoryResources(ExportKind.GIT_FOLDER, Values.literal());
        for (ExportFiles.ExportFile file : files) {
            String folder = folderOf(file.path());
            if (folder == null) {
                continue;
            }
            JsonNode root = JsonFiles.parse(file);
            factory.files++;
            if (folder.equals("factory")) {
                factory.factoryName = root.path("name").asString(null);
                JsonNode location = root.get("location");
                factory.region = location != null && location.isString() ? location.stringValue() : null;
                continue;
            }
            JsonNode properties = root.get("properties");
            if (properties == null || !properties.isObject()) {
                throw new ImportRefusedException(file.name() + ": not a Data Factory " + folder + " file (it has no"
                        + " \"properties\" object)");
            }
            String name = root.path("name").asString(fileName(file.path()));
            Resource resource = new Resource(name, file.name(), properties);
            Map<String, Resource> target = switch (folder) {
                case "linkedService" -> factory.linkedServices;
                case "dataset" -> factory.datasets;
                case "pipeline" -> factory.pipelines;
                case "dataflow" -> factory.dataFlows;
                case "integrationRuntime" -> factory.runtimes;
                default -> null;
            };
            if (target == null) {
                factory.privateEndpoints.add(resource);
            } else {
                target.put(name, resource);
            }
        }
        return factory;
    }

    private static String fileName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    }
}
