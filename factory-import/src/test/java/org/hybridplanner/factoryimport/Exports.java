package org.hybridplanner.factoryimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hybridplanner.engine.RecommendationEngine;

/** The test factory in both export shapes (written for these tests, in the shapes Data Factory documents). */
final class Exports {
    static final FactoryImporter IMPORTER = new FactoryImporter(RecommendationEngine.standard().catalog());

    private Exports() {
    }

    /** The git-mode folder of factory contoso-git-adf. */
    static Path gitFolder() {
        return resource("git");
    }

    /** The publish ARM template of factory contoso-adf, with its parameters file beside it. */
    static Path armTemplate() {
        return resource("arm").resolve("ARMTemplateForFactory.json");
    }

    private static Path resource(String name) {
        try {
            return Path.of(Exports.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under the folder, by its path relative to it, prefixed with {@code prefix}. */
    static Map<String, byte[]> filesOf(Path folder, String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The words that the fixtures' credentials contain: none may appear in a plan, report or message. */
    static final List<String> SECRET_MARKERS = List.of("LEAK", "AccountKey", "sig=", "Password=", "**********");
}
