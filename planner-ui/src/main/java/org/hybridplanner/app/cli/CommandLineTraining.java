package org.hybridplanner.app.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.export.ExportFormat;

/**
 * The training run of the command line's AOT cache ({@code bin/fast-start.sh}): one process that runs every command
 * the cache serves on one plan, {@code validate}, {@code recommend} and {@code export} in each format, so that the
 * cache holds the classes and method profiles of every path, not only those of one export. A JVM writes one cache
 * per run, hence one process for all of them. Usage: {@code CommandLineTraining PLAN.json DIRECTORY} (the exports
 * are written into DIRECTORY). Exits 1 naming the first command that failed.
 */
final class CommandLineTraining {
    private CommandLineTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CommandLineTraining PLAN.json DIRECTORY");
            System.exit(2);
        }
        PlannerCommandLine.headless(); // as a command runs, so that the cache holds the same Java2D classes
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PlannerCommandLine commandLine = PlannerCommandLine.standard(new CliConsole(discard, System.err));
        for (List<String> command : commands(args[0], Path.of(args[1]))) {
            if (commandLine.run(command.toArray(String[]::new)) != 0) {
                System.err.println("training failed: " + String.join(" ", command));
                System.exit(1);
            }
        }
    }

    static List<List<String>> commands(String plan, Path directory) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("validate", plan));
        commands.add(List.of("recommend", plan));
        for (ExportFormat format : ExportFormat.values()) {
            commands.add(List.of("export", plan, "--format", format.cliName(), "--out",
                    directory.resolve("training." + format.extension()).toString()));
        }
        return commands;
    }
}
