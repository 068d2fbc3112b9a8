package org.hybridplanner.app.cli;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.PlanReadResult;

/** {@code validate PLAN.json}: checks a plan and reports every problem, without recommending. */
final class ValidateCommand implements CliCommand {
    private final RecommendationEngine engine;

    ValidateCommand(RecommendationEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate PLAN.json          check a plan file; exit 0 when valid, 2 with every problem otherwise";
    }

    @Override
    public int run(List<String> arguments, CliConsole console) throws UsageException {
        String file = singleFile(arguments, this);
        PlanReadResult result = PlanFiles.read(engine.reader(), file);
        if (!result.isValid()) {
            return PlanFiles.reportProblems(file, result, console);
        }
        var plan = result.plan();
        console.out().println(file + ": valid plan \"" + org.hybridplanner.model.Problem.printable(plan.name())
                + "\" (" + plan.locations().size() + " locations, "
                + plan.links().size() + " links, " + plan.dataStores().size() + " data stores, "
                + plan.flows().size() + " flows)");
        return 0;
    }

    static String singleFile(List<String> arguments, CliCommand command) throws UsageException {
        if (arguments.size() != 1) {
            throw new UsageException("usage: " + command.usage());
        }
        return arguments.get(0);
    }
}
