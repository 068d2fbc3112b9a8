package org.hybridplanner.app.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** No plan ever has this version. */
    static final long NO_VERSION = -1;
    /** RFC 9110 entity-tag: optional weakness marker, then any visible characters but '"' in quotes. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"([\\x21\\x23-\\x7E]*)\"");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}");
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

    /**
     * The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). A well-formed entity tag
     * that is no version of ours ({@code "stale-0"}) can never match: {@link #NO_VERSION}, which the save refuses
     * with 412 like any other stale version (and 404 when the plan does not exist).
     */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (tag.matches()) {
            return DECIMAL.matcher(tag.group(1)).matches() ? parse(tag.group(1)) : NO_VERSION;
        }
        if (DECIMAL.matcher(ifMatch.strip()).matches()) {
            return parse(ifMatch.strip());
        }
        throw new IllegalArgumentException("If-Match must be the plan's ETag, for example \"3\"");
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return NO_VERSION;
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
