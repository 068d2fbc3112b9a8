package org.hybridplanner.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.hybridplanner.engine.ExamplePlan;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.ValidatedPlan;

/** {@code recommend PLAN.json}: prints the recommendation as JSON on stdout. */
final class RecommendCommand extends PlanFileCommand {
    /** A plan file from which the engine is warmed up while it is read: about 3,000 stores. */
    private static final long WARM_UP_FROM_BYTES = 1 << 20;
    /** A recommendation from which its later sections are encoded on a second thread: about 1,000 stores. */
    private static final int ALONGSIDE_FROM_FLOWS = 2_000;

    RecommendCommand(RecommendationEngine engine) {
        super(engine);
    }

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public String usage() {
        return "recommend PLAN.json         print the recommendation as JSON (warnings included); exit 2 if invalid";
    }

    @Override
    boolean acceptsOptions(List<String> options) {
        return options.isEmpty();
    }

    /**
     * Recommends the example plans on a second thread, their JSON discarded, while this one reads the plan file. A
     * command-line process is a cold JVM: the first recommendation loads, links and initialises about a hundred
     * engine and writer classes from the executable jar and runs their code in the interpreter. Done meanwhile on
     * the second core (idle while the reader's thread parses), that no longer waits in line before the real plan's
     * recommendation. Nothing of it reaches the output; a failure here is the real run's to report. Only for a
     * plan file large enough that its reading leaves time for it (about 3,000 stores); a small plan is read,
     * recommended and written in less time than the examples take.
     */
    @Override
    void beforeReading(String file) {
        if (Runtime.getRuntime().availableProcessors() < 2 || sizeOf(file) < WARM_UP_FROM_BYTES) {
            return;
        }
        Thread.ofPlatform().daemon().name("recommend-warm-up").start(() -> {
            try {
                for (ExamplePlan example : ExamplePlans.all()) {
                    PlanReadResult read = engine.reader().read(example.json());
                    if (read.isValid()) {
                        RecommendationJson.write(engine.recommend(read.validated()), OutputStream.nullOutputStream());
                    }
                }
            } catch (RuntimeException | Error ignored) {
                // the real run reports its own failures
            }
        });
    }

    private static long sizeOf(String file) {
        try {
            return Files.size(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            return 0; // the reading reports it
        }
    }

    @Override
    int run(ValidatedPlan plan, String file, List<String> options, CliConsole console) throws IOException {
        // Written as it is serialised, in large writes: a large plan's recommendation is tens of megabytes, never
        // held as a string, and standard output flushes on every write. With a second core, the sections after the
        // flows are encoded on it meanwhile.
        BufferedOutputStream out = new BufferedOutputStream(console.out(), 1 << 16);
        Recommendation recommendation = engine.recommend(plan);
        if (Runtime.getRuntime().availableProcessors() < 2 || recommendation.flows().size() < ALONGSIDE_FROM_FLOWS) {
            RecommendationJson.write(recommendation, out);
        } else {
            RecommendationJson.writeAlongside(recommendation, out);
        }
        out.flush();
        return 0;
    }
}
