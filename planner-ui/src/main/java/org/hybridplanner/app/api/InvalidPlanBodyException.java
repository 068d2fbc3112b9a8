package org.hybridplanner.app.api;

import java.util.List;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.MoreProblems;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.ProblemList;

/**
 * A request body that is not a valid plan, answered as 422: the first problems with their JSON paths, and how many
 * more of each kind there were.
 */
class InvalidPlanBodyException extends RuntimeException {
    private final List<Problem> problems;
    private final List<MoreProblems> more;
    private final int count;

    InvalidPlanBodyException(List<Problem> problems, List<MoreProblems> more, int count) {
        super(Quantity.of(count, "problem") + " in the plan"
                + (more.isEmpty() ? "" : "; the first " + problems.size() + " are listed"));
        this.problems = List.copyOf(problems);
        this.more = List.copyOf(more);
        this.count = count;
    }

    InvalidPlanBodyException(ProblemList problems) {
        this(problems.reported(), problems.more(), problems.count());
    }

    List<Problem> problems() {
        return problems;
    }

    List<MoreProblems> more() {
        return more;
    }

    int count() {
        return count;
    }
}
