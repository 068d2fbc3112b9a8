package org.hybridplanner.app.api;

import java.util.List;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.ValidatedPlan;
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
        return readValidated(body).plan();
    }

    /** The body's plan as its validation indexed it, for a recommendation that need not validate it again. */
    ValidatedPlan readValidated(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidPlanBodyException(ProblemList.of(List.of(new Problem("$", "",
                    "The request body must be a plan"))));
        }
        PlanReadResult result = design.read(body);
        if (!result.isValid()) {
            throw new InvalidPlanBodyException(result.problems(), result.more(), result.problemCount());
        }
        return result.validated();
    }
}
