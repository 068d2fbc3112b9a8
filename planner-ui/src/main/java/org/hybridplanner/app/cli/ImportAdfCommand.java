package org.hybridplanner.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.factoryimport.FactoryImport;
import org.hybridplanner.factoryimport.FactoryImporter;
import org.hybridplanner.factoryimport.ImportRefusedException;
import org.hybridplanner.factoryimport.ImportReport;
import org.hybridplanner.factoryimport.ImportReportWriter;
import org.hybridplanner.model.PlanWriter;

/**
 * {@code import-adf PATH [--out PLAN.json] [--report REPORT.json]}: imports a Data Factory export (publish ARM
 * template, git-mode folder, or a zip of either). Without {@code --out} the plan goes to stdout and the summary to
 * stderr, so that the plan can be piped; bad input exits 2 with every problem on stderr, each naming its file.
 */
final class ImportAdfCommand implements CliCommand {
    private static final List<String> OPTIONS = List.of("--out", "--report");
    private final Supplier<FactoryImporter> importer;

    /** The importer is made when the command runs: other commands do not pay for loading its connector table. */
    ImportAdfCommand(Supplier<FactoryImporter> importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-adf";
    }

    @Override
    public String usage() {
        return "import-adf PATH [--out PLAN.json] [--report REPORT.json]   PATH: ARMTemplateForFactory.json, a"
                + " git-mode folder, or a zip of either";
    }

    @Override
    public int run(List<String> arguments, CliConsole console) throws Exception {
        Map<String, String> options = arguments.isEmpty() ? null : options(arguments.subList(1, arguments.size()));
        if (options == null) {
            throw new UsageException("usage: " + usage());
        }
        FactoryImport imported;
        try {
            imported = importer.get().importPath(Path.of(arguments.get(0)));
        } catch (ImportRefusedException e) {
            e.problems().forEach(problem -> console.err().println(oneLine(problem)));
            return 2;
        }
        byte[] plan = new PlanWriter().writeBytes(imported.plan());
        if (options.containsKey("--report")) {
            write(Path.of(options.get("--report")), new ImportReportWriter().writeBytes(imported.report()));
        }
        if (options.containsKey("--out")) {
            write(Path.of(options.get("--out")), plan);
            summarise(imported.report(), console.out());
        } else {
            console.out().write(plan);
            console.out().flush();
            summarise(imported.report(), console.err());
        }
        return 0;
    }

    private static void summarise(ImportReport report, java.io.PrintStream to) {
        to.println("imported data factory " + report.factory() + " (" + report.region() + "): "
                + Quantity.of(report.stores().size(), "data store") + ", " + Quantity.of(report.flows().size(), "flow")
                + ", " + Quantity.of(report.checklist().size(), "item") + " to confirm");
        for (ImportReport.ChecklistItem item : report.checklist()) {
            to.println("  " + item.kind().displayName() + " · " + oneLine(item.subject()) + ": "
                    + oneLine(item.message()));
        }
    }

    /** Names from the export are data: a line break in one must not start a line of its own. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cc}", " ");
    }

    /** Writes next to the destination and moves into place, so that a failure never leaves half a file. */
    private static void write(Path file, byte[] bytes) throws UsageException, IOException {
        Path out = file.toAbsolutePath();
        if (Files.isDirectory(out)) {
            throw new UsageException(out + " is a directory; name the file to write");
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UsageException("cannot write " + out + ": the directory " + out.getParent() + " does not exist");
        }
        Path partial = Files.createTempFile(out.getParent(), ".import-", ".partial");
        try {
            Files.write(partial, bytes);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Map<String, String> options(List<String> options) {
        if (options.size() % 2 != 0) {
            return null;
        }
        Map<String, String> parsed = new HashMap<>();
        for (int i = 0; i < options.size(); i += 2) {
            if (!OPTIONS.contains(options.get(i)) || parsed.put(options.get(i), options.get(i + 1)) != null) {
                return null;
            }
        }
        return parsed;
    }
}
