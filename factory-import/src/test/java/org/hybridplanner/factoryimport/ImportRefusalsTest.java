package org.hybridplanner.factoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: every refusal names the file and what is wrong; zip limits hold; odd entries are not read. */
class ImportRefusalsTest {
    private static final FactoryImporter IMPORTER = Exports.IMPORTER;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportRefusedException refusal(String fileName, byte[] bytes) {
        try {
            IMPORTER.importUpload(fileName, bytes);
        } catch (ImportRefusedException e) {
            return e;
        }
        throw new AssertionError("not refused: " + fileName);
    }

    @Test
    void aJsonFileThatIsNotADataFactoryExportIsRefusedByName() {
        assertThat(refusal("notes.json", utf8("{\"hello\": \"world\"}")).problems()).singleElement().asString()
                .startsWith("notes.json: not a Data Factory export");
        assertThat(refusal("other.json", utf8("{\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\"}]}"))
                .getMessage()).startsWith("other.json: not a Data Factory export");
    }

    @Test
    void aPlannerPlanIsRefusedWithAHintToImportItAsAPlan() {
        assertThat(refusal("plan.json", utf8("{\"schemaVersion\": 1, \"dataStores\": []}")).getMessage())
                .contains("plan.json: this is a planner plan, not a Data Factory export");
    }

    @Test
    void malformedJsonIsRefusedWithItsFileLineAndColumn() {
        assertThat(refusal("ARMTemplateForFactory.json", utf8("{\n  \"resources\": [\n  oops ]}")).getMessage())
                .startsWith("ARMTemplateForFactory.json: malformed JSON at line 3, column");
        Map<String, byte[]> entries = Exports.filesOf(Exports.gitFolder(), "adf/");
        entries.put("adf/pipeline/pl_broken.json", utf8("{\"name\": \"pl_broken\", \"properties\": {"));
        assertThat(refusal("export.zip", Exports.zip(entries)).getMessage())
                .startsWith("export.zip!adf/pipeline/pl_broken.json: malformed JSON");
    }

    @Test
    void aGitFileWithoutPropertiesIsRefused() {
        Map<String, byte[]> entries = Exports.filesOf(Exports.gitFolder(), "");
        entries.put("linkedService/ls_odd.json", utf8("{\"name\": \"ls_odd\"}"));

        assertThat(refusal("repo.zip", Exports.zip(entries)).getMessage())
                .isEqualTo("repo.zip!linkedService/ls_odd.json: not a Data Factory linkedService file (it has no"
                        + " \"properties\" object)");
    }

    @Test
    void anUnreadableZipIsRefused() {
        byte[] broken = Exports.zip(Exports.filesOf(Exports.gitFolder(), ""));
        byte[] truncated = java.util.Arrays.copyOf(broken, 200);

        assertThat(refusal("export.zip", truncated).getMessage()).startsWith("export.zip: not a readable zip");
        assertThat(refusal("empty.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0}).getMessage()).startsWith("empty.zip: not a readable zip");
    }

    @Test
    void aZipWithNothingOfAFactoryIsRefused() {
        assertThat(refusal("photos.zip", Exports.zip(Map.of("a/b.json", utf8("{}"), "c.txt", utf8("x"))))
                .getMessage()).startsWith("photos.zip: not a Data Factory export: expected ARMTemplateForFactory.json"
                        + " or the git-mode folders");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= ImportLimits.MAX_ENTRIES; i++) {
            entries.put("x/" + i + ".txt", new byte[0]);
        }

        assertThat(refusal("many.zip", Exports.zip(entries)).getMessage())
                .isEqualTo("many.zip: the zip has more than 10000 entries, the import's limit");
    }

    @Test
    void aFileThatInflatesBeyondTheLimitIsRefusedWhileReading() {
        byte[] bomb = Exports.zip(Map.of("pipeline/huge.json", new byte[ImportLimits.MAX_FILE_BYTES + 1]));

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(refusal("bomb.zip", bomb).getMessage())
                .startsWith("bomb.zip!pipeline/huge.json: the file is larger than 16 MiB, the import's limit");
    }

    @Test
    void filesThatTogetherInflateBeyondTheTotalLimitAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("pipeline/p" + i + ".json", new byte[15 * 1024 * 1024]);
        }

        assertThat(refusal("big.zip", Exports.zip(entries)).getMessage())
                .isEqualTo("big.zip!pipeline/p4.json: the export's files hold more than 64 MiB uncompressed, the"
                        + " import's limit");
    }

    @Test
    void anUploadOverTheFileLimitIsRefusedBeforeItIsRead() {
        assertThat(refusal("huge.json", new byte[ImportLimits.MAX_FILE_BYTES + 1]).getMessage())
                .isEqualTo("huge.json: the file is larger than 16 MiB, the import's limit");
    }

    @Test
    void namesWithDotDotAbsoluteNamesDeepNestingAndInnerArchivesAreNotRead() throws Exception {
        Map<String, byte[]> entries = Exports.filesOf(Exports.gitFolder(), "repo/");
        byte[] evil = utf8("{\"name\": \"ls_evil\", \"properties\": {\"type\": \"SqlServer\"}}");
        entries.put("repo/../linkedService/ls_evil.json", evil);
        entries.put("/etc/linkedService/ls_abs.json", evil);
        entries.put("C:/linkedService/ls_drive.json", evil);
        entries.put("a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/linkedService/ls_deep.json", evil);
        entries.put("repo/inner.zip", Exports.zip(Map.of("linkedService/ls_inner.json", evil)));

        FactoryImport imported = IMPORTER.importUpload("repo.zip", Exports.zip(entries));

        assertThat(imported.report().ignoredFiles()).containsExactlyInAnyOrder(
                "repo.zip!repo/../linkedService/ls_evil.json: a name with '..' is not read",
                "repo.zip!/etc/linkedService/ls_abs.json: an absolute name is not read",
                "repo.zip!C:/linkedService/ls_drive.json: an absolute name is not read",
                "repo.zip!a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/linkedService/ls_deep.json: nested deeper than 16"
                        + " folders; not read",
                "repo.zip!repo/inner.zip: an archive inside the archive is not opened");
        assertThat(imported.report().notUsed()).noneMatch(name -> name.contains("evil") || name.contains("abs")
                || name.contains("deep") || name.contains("inner"));
        assertThat(imported.plan().dataStores()).hasSize(8);
    }

    @Test
    void aZipOfTheArmTemplateReadsTheParametersBesideIt() throws Exception {
        Map<String, byte[]> entries = Exports.filesOf(Exports.armTemplate().getParent(), "contoso-adf/");
        entries.put("linkedTemplates/ArmTemplate_0.json", utf8("{\"resources\": []}"));

        FactoryImport imported = IMPORTER.importUpload("adf_publish.zip", Exports.zip(entries));

        assertThat(imported.report().exportKind()).isEqualTo(ExportKind.ARM_TEMPLATE);
        assertThat(imported.plan().dataFactory().name()).isEqualTo("contoso-adf-prod");
        assertThat(imported.report().files()).isEqualTo(2);
    }

    @Test
    void theCommandLinesRefusalsNameThePath(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> IMPORTER.importPath(folder.resolve("missing.zip")))
                .isInstanceOf(ImportRefusedException.class).hasMessageEndingWith("missing.zip: no such file or folder");
        assertThatThrownBy(() -> IMPORTER.importPath(folder)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining(folder + ": not a Data Factory export");
        Path broken = Files.writeString(folder.resolve("ARMTemplateForFactory.json"), "{\"resources\": [}");
        assertThatThrownBy(() -> IMPORTER.importPath(broken)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith(broken + ": malformed JSON at line 1");
    }

    @Test
    void anExportWithHundredsOfPipelinesImportsCompletely() throws Exception {
        Map<String, byte[]> entries = Exports.filesOf(Exports.gitFolder(), "");
        for (int i = 0; i < 400; i++) {
            entries.put("pipeline/pl_bulk_" + i + ".json", utf8("""
                    {"name": "pl_bulk_%d", "properties": {"activities": [
                      {"name": "Copy %d", "type": "Copy", "inputs": [{"referenceName": "ds_orders",
                       "type": "DatasetReference"}], "outputs": [{"referenceName": "ds_lake",
                       "type": "DatasetReference"}], "typeProperties": {}}]}}
                    """.formatted(i, i)));
        }

        FactoryImport imported = IMPORTER.importUpload("big-factory.zip", Exports.zip(entries));

        assertThat(imported.plan().flow("ls_sqlserver_orders-to-ls_lake").orElseThrow().activities()).hasSize(401)
                .contains("pl_bulk_0 / Copy 0", "pl_bulk_399 / Copy 399");
        // publish_config.json, the trigger and the managed virtual network's own file are not read.
        assertThat(imported.report().files()).isEqualTo(entries.size() - 3);
    }
}
