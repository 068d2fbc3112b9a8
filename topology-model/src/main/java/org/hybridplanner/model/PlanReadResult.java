package org.hybridplanner.model;

import java.util.List;

/**
 * What reading a plan document gave: the plan when it is valid, otherwise its problems: the first
 * {@link PlanLimits#MAX_REPORTED_PROBLEMS} in full and the rest counted by kind.
 *
 * @param plan the plan, or null when there are problems
 * @param problems the problems reported in full, in the order found
 * @param more the problems beyond those, counted by kind
 * @param validated the plan with the index its validation built, when {@link PlanReader} read it; null when there
 *     are problems (and for results built by hand)
 */
public record PlanReadResult(Plan plan, List<Problem> problems, List<MoreProblems> more, ValidatedPlan validated) {
    public PlanReadResult {
        problems = List.copyOf(problems);
        more = List.copyOf(more);
        if (plan == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a result without a plan must carry problems");
        }
        if (validated != null && (validated.plan() != plan || !problems.isEmpty())) {
            throw new IllegalArgumentException("a validated plan is the result's own plan, without problems");
        }
    }

    /** A result with these problems, capped like every other. */
    public PlanReadResult(Plan plan, List<Problem> problems) {
        this(plan, ProblemList.of(problems));
    }

    public PlanReadResult(Plan plan, List<Problem> problems, List<MoreProblems> more) {
        this(plan, problems, more, null);
    }

    PlanReadResult(Plan plan, ProblemList problems) {
        this(plan, problems.reported(), problems.more(), null);
    }

    /** The result of reading a valid plan. */
    PlanReadResult(ValidatedPlan validated) {
        this(validated.plan(), List.of(), List.of(), validated);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** How many problems were found in all, reported or only counted. */
    public int problemCount() {
        return problems.size() + more.stream().mapToInt(MoreProblems::count).sum();
    }

    /** The plan, or an {@link InvalidPlanException} carrying the problems. */
    public Plan planOrThrow() {
        if (!isValid()) {
            throw new InvalidPlanException(problems);
        }
        return plan;
    }
}
