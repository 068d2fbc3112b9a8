package org.hybridplanner.app.cli;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.ValidatedPlan;

/**
 * A command whose first argument is a plan file: reads and validates it, prints every problem (exit 2) or hands
 * the valid plan, as its validation indexed it, to {@link #run(ValidatedPlan, String, List, CliConsole)}.
 */
abstract class PlanFileCommand implements CliCommand {
    protected final RecommendationEngine engine;

    PlanFileCommand(RecommendationEngine engine) {
        this.engine = engine;
    }

    /** Whether the arguments after the plan file are acceptable; if not, the usage is printed (exit 2). */
    abstract boolean acceptsOptions(List<String> options);

    abstract int run(ValidatedPlan plan, String file, List<String> options, CliConsole console) throws Exception;

    @Override
    public final int run(List<String> arguments, CliConsole console) throws Exception {
        if (arguments.isEmpty() || !acceptsOptions(arguments.subList(1, arguments.size()))) {
            throw new UsageException("usage: " + usage());
        }
        String file = arguments.get(0);
        PlanReadResult result = PlanFiles.read(engine.reader(), file);
        if (!result.isValid()) {
            return PlanFiles.reportProblems(file, result, console);
        }
        return run(result.validated(), file, arguments.subList(1, arguments.size()), console);
    }
}
