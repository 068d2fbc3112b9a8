package org.hybridplanner.model;

import java.util.List;

/**
 * What validating a plan in memory gave: every problem, or (when there are none) the validated plan.
 *
 * @param problems every problem, each with its JSON path; empty when the plan is valid
 * @param validated the plan with its index, or null when there are problems
 */
public record PlanCheck(List<Problem> problems, ValidatedPlan validated) {
    public PlanCheck {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (validated == null)) {
            throw new IllegalArgumentException("a check has either problems or a validated plan");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
