package org.hybridplanner.app.cli;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.model.PlanReadResult;

/** {@code recommend PLAN.json}: prints the recommendation as JSON on stdout. */
final class RecommendCommand implements CliCommand {
    private final RecommendationEngine engine;

    RecommendCommand(RecommendationEngine engine) {
        this.engine = engine;
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
    public int run(List<String> arguments, CliConsole console) throws UsageException {
        String file = ValidateCommand.singleFile(arguments, this);
        PlanReadResult result = PlanFiles.read(engine.reader(), file);
        if (!result.isValid()) {
            return PlanFiles.reportProblems(file, result, console);
        }
        console.out().print(RecommendationJson.write(engine.recommend(result.plan())));
        console.out().flush();
        return 0;
    }
}
