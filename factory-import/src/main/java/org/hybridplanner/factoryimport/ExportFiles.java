package org.hybridplanner.factoryimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The JSON files of an export, by their path inside it ('/'-separated), read within {@link ImportLimits}: from a
 * folder, from a zip, or one ARM template with its parameters file. Names with {@code ..}, absolute names, files
 * nested deeper than the limit and archives inside the archive are not read; they are listed in {@link #ignored}.
 */
final class ExportFiles {
    static final String ARM_TEMPLATE = "ARMTemplateForFactory.json";
    static final String ARM_PARAMETERS = "ARMTemplateParametersForFactory.json";

    /** One file of the export. {@code name} is what messages call it (the archive's name, then the entry's). */
    record ExportFile(String path, String name, byte[] bytes) {
    }

    private final List<ExportFile> files = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private long total;
    private boolean singleFile;

    /** Whether the input was one JSON file (not a folder or zip): then it can only be an ARM template. */
    boolean isSingleFile() {
        return singleFile;
    }

    List<ExportFile> files() {
        return files;
    }

    List<String> ignored() {
        return ignored;
    }

    /** Reads a path given on the command line: a folder, a zip, or a JSON file (an ARM template). */
    static ExportFiles read(Path path) throws ImportRefusedException {
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            return folder(path, shown);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportRefusedException(shown + ": no such file or folder");
        }
        byte[] bytes = readFile(path, shown);
        if (isZip(bytes)) {
            return zip(shown, bytes);
        }
        ExportFiles export = new ExportFiles();
        export.singleFile = true;
        export.add(path.getFileName().toString(), shown, bytes);
        // A publish template is deployed with its parameters file; read it when it stands beside the template.
        Path parameters = path.resolveSibling(ARM_PARAMETERS);
        if (Files.isRegularFile(parameters) && !parameters.equals(path)) {
            export.add(ARM_PARAMETERS, parameters.toString(), readFile(parameters, parameters.toString()));
        }
        return export;
    }

    /** Reads an uploaded file: a zip, or a JSON file (an ARM template). */
    static ExportFiles upload(String fileName, byte[] bytes) throws ImportRefusedException {
        if (bytes.length > ImportLimits.MAX_FILE_BYTES) {
            throw new ImportRefusedException(fileName + ": " + tooLarge());
        }
        if (isZip(bytes)) {
            return zip(fileName, bytes);
        }
        ExportFiles export = new ExportFiles();
        export.singleFile = true;
        export.add(baseName(fileName), fileName, bytes);
        return export;
    }

    static String tooLarge() {
        return "the file is larger than " + ImportLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB, the import's limit";
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)
                && (bytes[3] == 4 || bytes[3] == 6);
    }

    private static byte[] readFile(Path path, String shown) throws ImportRefusedException {
        try {
            if (Files.size(path) > ImportLimits.MAX_FILE_BYTES) {
                throw new ImportRefusedException(shown + ": " + tooLarge());
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ImportRefusedException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static ExportFiles folder(Path root, String shown) throws ImportRefusedException {
        ExportFiles export = new ExportFiles();
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root, ImportLimits.MAX_FOLDER_DEPTH)) {
            found = walk.filter(Files::isRegularFile).limit(ImportLimits.MAX_ENTRIES + 1L)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportRefusedException(shown + ": the folder cannot be read (" + e.getMessage() + ")");
        }
        if (found.size() > ImportLimits.MAX_ENTRIES) {
            throw new ImportRefusedException(shown + ": the folder has more than " + ImportLimits.MAX_ENTRIES
                    + " files, the import's limit");
        }
        for (Path file : found) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(".git/") || !relative.toLowerCase(Locale.ROOT).endsWith(".json")) {
                continue;
            }
            export.add(relative, file.toString(), readFile(file, file.toString()));
        }
        return export;
    }

    private static ExportFiles zip(String archive, byte[] bytes) throws ImportRefusedException {
        ExportFiles export = new ExportFiles();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > ImportLimits.MAX_ENTRIES) {
                    throw new ImportRefusedException(archive + ": the zip has more than " + ImportLimits.MAX_ENTRIES
                            + " entries, the import's limit");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                String refusal = refusedName(name);
                if (refusal != null) {
                    export.ignored.add(archive + "!" + name + ": " + refusal);
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".zip")) {
                    export.ignored.add(archive + "!" + name + ": an archive inside the archive is not opened");
                    continue;
                }
                if (!lower.endsWith(".json")) {
                    continue;
                }
                export.add(name, archive + "!" + name, readEntry(zip, archive + "!" + name, export));
            }
        } catch (ZipException e) {
            throw new ImportRefusedException(archive + ": not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportRefusedException(archive + ": not a readable zip (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new ImportRefusedException(archive + ": not a readable zip (it has no entries)");
        }
        return export;
    }

    /** Why an entry name is not read, or null when it may be. */
    private static String refusedName(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "an absolute name is not read";
        }
        List<String> parts = List.of(name.split("/"));
        if (parts.contains("..")) {
            return "a name with '..' is not read";
        }
        if (parts.size() - 1 > ImportLimits.MAX_FOLDER_DEPTH) {
            return "nested deeper than " + ImportLimits.MAX_FOLDER_DEPTH + " folders; not read";
        }
        return null;
    }

    /** The entry's bytes, counting what it really holds (never trusting the size its header declares). */
    private static byte[] readEntry(InputStream in, String shown, ExportFiles export) throws IOException,
            ImportRefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > ImportLimits.MAX_FILE_BYTES) {
                throw new ImportRefusedException(shown + ": " + tooLarge() + " (uncompressed)");
            }
            if (export.total + out.size() > ImportLimits.MAX_TOTAL_BYTES) {
                throw new ImportRefusedException(shown + ": the export's files hold more than "
                        + ImportLimits.MAX_TOTAL_BYTES / (1024 * 1024) + " MiB uncompressed, the import's limit");
            }
        }
        return out.toByteArray();
    }

    private void add(String path, String name, byte[] bytes) throws ImportRefusedException {
        total += bytes.length;
        if (total > ImportLimits.MAX_TOTAL_BYTES) {
            throw new ImportRefusedException(name + ": the export's files hold more than "
                    + ImportLimits.MAX_TOTAL_BYTES / (1024 * 1024) + " MiB, the import's limit");
        }
        files.add(new ExportFile(path, name, bytes));
    }

    private static String baseName(String fileName) {
        String normalised = fileName.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
