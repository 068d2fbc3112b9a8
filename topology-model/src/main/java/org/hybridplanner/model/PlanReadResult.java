package org.hybridplanner.model;

import java.util.List;

/** What reading a plan document gave: the plan when it is valid, otherwise every problem found. */
public record PlanReadResult(Plan plan, List<Problem> problems) {
    public PlanReadResult {
        problems = List.copyOf(problems);
        if (plan == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a result without a plan must carry problems");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The plan, or an {@link InvalidPlanException} carrying every problem. */
    public Plan planOrThrow() {
        if (!isValid()) {
            throw new InvalidPlanException(problems);
        }
        return plan;
    }
}
