package org.hybridplanner.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.ExportWarmUp;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.ValidatedPlan;

/**
 * {@code export PLAN.json --format F --out FILE [--author NAME]}: writes the plan's design in one export format.
 * The file is written next to its destination and moved into place, so a failure never leaves half a file.
 */
final class ExportCommand extends PlanFileCommand {
    private static final List<String> OPTIONS = List.of("--format", "--out", "--author");
    private final Clock clock;

    ExportCommand(RecommendationEngine engine, Clock clock) {
        super(engine);
        this.clock = clock;
    }

    /**
     * Warms the export path of the format named in {@code arguments} on the other core while the rule book loads on
     * this one ({@link ExportWarmUp}): on a cold JVM the first PDF or PNG costs more than the rule book. A failure
     * here is ignored: the export itself meets it again and reports it in its one line.
     */
    static void prepareMeanwhile(List<String> arguments) {
        int option = arguments.indexOf("--format");
        if (option < 0 || option + 1 >= arguments.size()) {
            return;
        }
        ExportFormat.fromName(arguments.get(option + 1)).ifPresent(format -> Thread.ofPlatform().daemon()
                .name("export-warm-up").start(() -> {
                    try {
                        ExportWarmUp.prepare(format);
                    } catch (IOException | RuntimeException | Error ignored) {
                        // the export reports it
                    }
                }));
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export PLAN.json --format F --out FILE [--author NAME]   F: " + Arrays.stream(ExportFormat.values())
                .map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    boolean acceptsOptions(List<String> options) {
        if (options.size() % 2 != 0) {
            return false;
        }
        Map<String, String> parsed = parse(options);
        return parsed != null && parsed.containsKey("--format") && parsed.containsKey("--out");
    }

    @Override
    int run(ValidatedPlan validated, String file, List<String> options, CliConsole console) throws Exception {
        Plan plan = validated.plan();
        Map<String, String> parsed = parse(options);
        ExportFormat format = ExportFormat.fromName(parsed.get("--format")).orElseThrow(() -> new UsageException(
                "unknown format '" + parsed.get("--format") + "'; formats: " + Arrays.stream(ExportFormat.values())
                        .map(ExportFormat::cliName).collect(Collectors.joining(", "))));
        Path out = Path.of(parsed.get("--out")).toAbsolutePath();
        if (Files.isDirectory(out)) {
            throw new UsageException(out + " is a directory; --out names the file to write");
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UsageException("cannot write " + out + ": the directory " + out.getParent() + " does not exist");
        }
        Recommendation recommendation = engine.recommend(validated);
        ExportContext context = new ExportContext(parsed.getOrDefault("--author", "planner command line"), clock,
                "file " + Path.of(file).getFileName());
        Path partial = Files.createTempFile(out.getParent(), ".export-", ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                Exporters.write(format, plan, recommendation, context, stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(partial);
        }
        console.out().println("wrote " + format.cliName() + " to " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }

    /** Option name to value, or null when an option is unknown or repeated. */
    private static Map<String, String> parse(List<String> options) {
        Map<String, String> parsed = new HashMap<>();
        for (int i = 0; i + 1 < options.size(); i += 2) {
            if (!OPTIONS.contains(options.get(i)) || parsed.put(options.get(i), options.get(i + 1)) != null) {
                return null;
            }
        }
        return parsed;
    }
}
