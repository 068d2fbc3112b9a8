package org.hybridplanner.app.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures what a durable save costs and what it saves, for several builds or settings of the planner in one run:
 * acknowledged saves per second of three API writers, and saves lost (and pre-crash ETags accepted) after a SIGKILL
 * in the middle of the burst ({@link CrashCheck}). Run through {@code bin/measure-save-durability.sh}; prints figures,
 * asserts nothing. Variants alternate round by round, so that a busy machine affects all of them alike.
 *
 * <p>Arguments: {@code ROUNDS LABEL@JAR[@SPRING_ARGUMENT...]...}
 */
final class SaveDurabilityMeasurement {
    private static final int WRITERS = 3;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(15);

    private SaveDurabilityMeasurement() {
    }

    record Variant(String label, Path jar, List<String> options) {
        static Variant parse(String argument) {
            String[] parts = argument.split("@");
            return new Variant(parts[0], Path.of(parts[1]), List.of(Arrays.copyOfRange(parts, 2, parts.length)));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = Integer.parseInt(args[0]);
        List<Variant> variants = Stream.of(args).skip(1).map(Variant::parse).toList();
        Map<String, List<CrashCheck.Report>> reports = new LinkedHashMap<>();
        System.out.printf("%d writers, %s warm-up, %s measured, then SIGKILL; %d processors%n", WRITERS, WARM_UP,
                MEASURED, Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            for (Variant variant : variants) {
                Path workspace = Files.createTempDirectory("planner-durability");
                try {
                    CrashCheck.Report report = CrashCheck.run(variant.jar(), workspace.resolve("data"),
                            variant.options(), WRITERS, WARM_UP, MEASURED);
                    reports.computeIfAbsent(variant.label(), label -> new ArrayList<>()).add(report);
                    System.out.printf("round %d  %-28s %7.1f saves/s  %4d acknowledged  %3d lost  %d/%d stale ETags"
                            + " accepted  exit %d%s%n", round, variant.label(), report.savesPerSecond(),
                            report.acknowledged(), report.lost(), report.staleTagsAccepted(),
                            report.staleTagsChecked(), report.exitStatus(),
                            report.problems().isEmpty() ? "" : "  problems: " + report.problems().size());
                } finally {
                    deleteTree(workspace);
                }
            }
        }
        System.out.println();
        System.out.println("| variant | saves/s (median of rounds) | acknowledged saves lost after SIGKILL | "
                + "pre-crash ETags accepted after the restart |");
        System.out.println("|---|---|---|---|");
        reports.forEach((label, runs) -> System.out.printf("| %s | %.0f | %s | %s |%n", label,
                median(runs.stream().map(CrashCheck.Report::savesPerSecond).toList()),
                String.join(", ", runs.stream().map(r -> r.lost() + " of " + r.acknowledged()).toList()),
                String.join(", ", runs.stream().map(r -> r.staleTagsAccepted() + " of " + r.staleTagsChecked())
                        .toList())));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
