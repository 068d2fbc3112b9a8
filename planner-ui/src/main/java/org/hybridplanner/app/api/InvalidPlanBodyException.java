package org.hybridplanner.app.api;

import java.util.List;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.Problem;

/** A request body that is not a valid plan: every problem with its JSON path, answered as 422. */
class InvalidPlanBodyException extends RuntimeException {
    private final List<Problem> problems;

    InvalidPlanBodyException(List<Problem> problems) {
        super(Quantity.of(problems.size(), "problem") + " in the plan");
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
