package org.hybridplanner.app.plan;

import java.util.List;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Recommendation;

/** A plan and what the engine makes of it: every problem, or (when there are none) the recommendation. */
public record Design(Plan plan, List<Problem> problems, Recommendation recommendation) {
    public Design {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
