package org.hybridplanner.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies test output to the folder named by {@code -Dexport.preview=DIR} so a person can look at it (PDF pages
 * through pdftoppm, SVG and PNG in a viewer). Does nothing in a normal run.
 */
public final class Preview {
    private Preview() {
    }

    public static void keep(Path file) {
        String dir = System.getProperty("export.preview");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir);
            Files.createDirectories(target);
            Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
