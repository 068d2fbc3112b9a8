package org.hybridplanner.model;

import java.util.List;

/** Thrown when a plan document has problems; carries every problem found, not just the first. */
public class InvalidPlanException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidPlanException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems in the plan");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
