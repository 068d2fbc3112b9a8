package org.hybridplanner.app.plan;

import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.app.base.PlainText;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/** What the planner adds to the plan format's own checks: every name people read is {@link PlainText}. */
final class NameRules {
    private NameRules() {
    }

    static List<Problem> problems(Plan plan) {
        List<Problem> problems = new ArrayList<>();
        check("$.name", plan.name(), problems);
        for (int i = 0; i < plan.locations().size(); i++) {
            check("$.locations[" + i + "].name", plan.locations().get(i).name(), problems);
        }
        for (int i = 0; i < plan.dataStores().size(); i++) {
            check("$.dataStores[" + i + "].name", plan.dataStores().get(i).name(), problems);
        }
        return problems;
    }

    private static void check(String path, String name, List<Problem> problems) {
        String problem = PlainText.problem(name);
        if (problem != null) {
            problems.add(new Problem(path, name, problem));
        }
    }
}
