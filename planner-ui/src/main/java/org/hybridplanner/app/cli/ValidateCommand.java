package org.hybridplanner.app.cli;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/** {@code validate PLAN.json}: checks a plan and reports every problem, without recommending. */
final class ValidateCommand extends PlanFileCommand {
    ValidateCommand(RecommendationEngine engine) {
        super(engine);
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
    boolean acceptsOptions(List<String> options) {
        return options.isEmpty();
    }

    @Override
    int run(Plan plan, String file, List<String> options, CliConsole console) {
        console.out().println(file + ": valid plan \"" + Problem.printable(plan.name()) + "\" ("
                + plan.locations().size() + " locations, " + plan.links().size() + " links, "
                + plan.dataStores().size() + " data stores, " + plan.flows().size() + " flows)");
        return 0;
    }
}
