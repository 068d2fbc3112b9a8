package org.hybridplanner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hybridplanner.model.MoreProblems;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.Problem;

/** Reads a plan file for a command, turning file-system trouble into a usage error that names the file. */
final class PlanFiles {
    private PlanFiles() {
    }

    static PlanReadResult read(PlanReader reader, String file) throws UsageException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UsageException(file + " is a directory, not a plan file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Prints the problems, one per line, prefixed with the file name: the first ones in full, then how many more of
     * each kind there were, then the total. Returns exit code 2.
     */
    static int reportProblems(String file, PlanReadResult result, CliConsole console) {
        for (Problem problem : result.problems()) {
            console.err().println(file + ": " + problem);
        }
        for (MoreProblems more : result.more()) {
            console.err().println(file + ": " + more);
        }
        if (!result.more().isEmpty()) {
            console.err().println(file + ": " + result.problemCount() + " problems in all");
        }
        return 2;
    }
}
