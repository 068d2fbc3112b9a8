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

    /** The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be the plan's ETag, for example \"3\"");
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
