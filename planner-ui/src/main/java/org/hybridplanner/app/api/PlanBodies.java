package org.hybridplanner.app.api;

import java.util.List;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.ProblemList;
import org.springframework.stereotype.Component;

/**
 * Reads plan-format request bodies: malformed JSON, format problems and name problems all become a 422. Bodies over
 * the size limit never get here ({@link RequestBodyLimit}).
 */
@Component
class PlanBodies {
    private final DesignService design;

    PlanBodies(DesignService design) {
        this.design = design;
    }

    Plan read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidPlanBodyException(ProblemList.of(List.of(new Problem("$", "",
                    "The request body must be a plan"))));
        }
        PlanReadResult result = design.read(body);
        if (!result.isValid()) {
            throw new InvalidPlanBodyException(result.problems(), result.more(), result.problemCount());
        }
        List<Problem> problems = design.problems(result.plan());
        if (!problems.isEmpty()) {
            throw new InvalidPlanBodyException(ProblemList.of(problems));
        }
        return result.plan();
    }
}
