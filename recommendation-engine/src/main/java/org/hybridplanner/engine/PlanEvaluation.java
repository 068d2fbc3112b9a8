package org.hybridplanner.engine;

import java.util.List;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Recommendation;

/**
 * A plan checked once: every problem, or (when there are none) its recommendation.
 *
 * @param problems what is wrong with the plan, each with its JSON path; empty when it is valid
 * @param recommendation the design, or null when there are problems
 */
public record PlanEvaluation(List<Problem> problems, Recommendation recommendation) {
    public PlanEvaluation {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (recommendation == null)) {
            throw new IllegalArgumentException("an evaluation has either problems or a recommendation");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
