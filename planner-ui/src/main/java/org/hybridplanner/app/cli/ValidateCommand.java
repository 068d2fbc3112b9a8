package org.hybridplanner.app.cli;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.ValidatedPlan;

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
    int run(ValidatedPlan validated, String file, List<String> options, CliConsole console) {
        Plan plan = validated.plan();
        console.out().println(file + ": valid plan \"" + Problem.printable(plan.name()) + "\" ("
                + Quantity.of(plan.locations().size(), "location") + ", " + Quantity.of(plan.links().size(), "link")
                + ", " + Quantity.of(plan.dataStores().size(), "data store") + ", "
                + Quantity.of(plan.flows().size(), "flow") + ")");
        return 0;
    }
}
