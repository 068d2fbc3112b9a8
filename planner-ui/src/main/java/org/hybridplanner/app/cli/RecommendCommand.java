package org.hybridplanner.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.model.ValidatedPlan;

/** {@code recommend PLAN.json}: prints the recommendation as JSON on stdout. */
final class RecommendCommand extends PlanFileCommand {
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

    @Override
    int run(ValidatedPlan plan, String file, List<String> options, CliConsole console) throws IOException {
        // Written as it is serialised, in large writes: a large plan's recommendation is tens of megabytes, never
        // held as a string, and standard output flushes on every write.
        BufferedOutputStream out = new BufferedOutputStream(console.out(), 1 << 16);
        RecommendationJson.write(engine.recommend(plan), out);
        out.flush();
        return 0;
    }
}
