package org.hybridplanner.factoryimport;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hybridplanner.model.Catalog;
import tools.jackson.databind.JsonNode;

/**
 * Imports a Data Factory export into a plan and its report. The export is a publish ARM template (with its
 * parameters file beside it, when present), a git-mode folder, or a zip of either; anything else is refused with
 * {@link ImportRefusedException}, naming the file. Thread-safe; create it once per catalog.
 */
public final class FactoryImporter {
    private final Catalog catalog;
    private final ConnectorMapping mapping;

    /** An importer that gives stores the catalog's types, through the shipped connector table. */
    public FactoryImporter(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mapping = ConnectorMapping.load(catalog);
    }

    /** Imports a file or folder: an ARM template (JSON), a zip, or a git-mode folder. */
    public FactoryImport importPath(Path path) throws ImportRefusedException {
        return assemble(ExportFiles.read(path), path.toString());
    }

    /** Imports an uploaded file: a zip of an export, or an ARM template. */
    public FactoryImport importUpload(String fileName, byte[] bytes) throws ImportRefusedException {
        return assemble(ExportFiles.upload(fileName, bytes), fileName);
    }

    /** How many Data Factory connector types the connector table maps. */
    public int knownConnectorTypes() {
        return mapping.size();
    }

    private FactoryImport assemble(ExportFiles export, String input) throws ImportRefusedException {
        FactoryResources resources = resources(export, input);
        return new PlanAssembler(catalog, mapping, resources).assemble(export.ignored());
    }

    private static FactoryResources resources(ExportFiles export, String input) throws ImportRefusedException {
        List<ExportFiles.ExportFile> files = export.files();
        ExportFiles.ExportFile template = files.stream()
                .filter(file -> baseName(file.path()).equals(ExportFiles.ARM_TEMPLATE))
                .min((a, b) -> Integer.compare(a.path().length(), b.path().length())).orElse(null);
        if (template == null && export.isSingleFile()) {
            // A single JSON file under another name: an ARM template, or nothing we can import.
            template = files.getFirst();
        }
        if (template != null) {
            String folder = folderOf(template.path());
            ExportFiles.ExportFile parameters = files.stream()
                    .filter(file -> file.path().equals(folder + ExportFiles.ARM_PARAMETERS)).findFirst().orElse(null);
            JsonNode root = JsonFiles.parse(template);
            if (!ArmTemplateReader.isDataFactoryTemplate(root) && root.has("schemaVersion")
                    && root.has("dataStores")) {
                throw new ImportRefusedException(template.name() + ": this is a planner plan, not a Data Factory"
                        + " export; open it with \"Import plan file\" (or validate it on the command line)");
            }
            return ArmTemplateReader.read(template, root, parameters,
                    parameters == null ? null : JsonFiles.parse(parameters));
        }
        if (files.stream().anyMatch(file -> GitFolderReader.folderOf(file.path()) != null)) {
            return GitFolderReader.read(files);
        }
        throw new ImportRefusedException(input + ": not a Data Factory export: expected "
                + ExportFiles.ARM_TEMPLATE + " or the git-mode folders factory/, linkedService/, dataset/,"
                + " pipeline/, integrationRuntime/ and dataflow/");
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
