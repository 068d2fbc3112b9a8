package org.hybridplanner.engine;

import java.util.List;
import java.util.Objects;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.InvalidPlanException;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanCheck;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.PlanValidator;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.ValidatedPlan;

/**
 * Turns a plan into a complete, cited network design. A pure function of the plan and the rule tables: the same
 * plan always gives the same recommendation, in the same order. Thread-safe; create it once.
 *
 * <p>The rules live in {@code seed-data} ({@link RuleBook}); the engine's classes hold the building blocks those
 * rows name, one per concern: placing each flow and choosing its network, finding the private path, assembling
 * the runtimes, evaluating firewall-rule conditions, and deriving allowlist entries, advice and warnings. A plan is
 * validated once: {@link #recommend(ValidatedPlan)} takes one that {@link PlanReader} or {@link PlanValidator}
 * has already accepted, and the other entry points validate before they recommend.
 */
public final class RecommendationEngine {
    /** The id of the Azure integration runtime in every recommendation that has cloud flows. */
    public static final String AZURE_RUNTIME_ID = "azure-ir";

    private final RuleBook rules;
    private final PlanReader reader;
    private final PlanValidator validator;

    public RecommendationEngine(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reader = new PlanReader(rules.catalog());
        this.validator = new PlanValidator(rules.catalog());
    }

    /** The engine over the rule tables shipped in {@code seed-data}, loaded once per class loader. */
    public static RecommendationEngine standard() {
        return Standard.ENGINE;
    }

    private static final class Standard {
        static final RecommendationEngine ENGINE = new RecommendationEngine(RuleBook.load());
    }

    public RuleBook rules() {
        return rules;
    }

    public Catalog catalog() {
        return rules.catalog();
    }

    /** A reader that validates plan documents against this engine's catalog. */
    public PlanReader reader() {
        return reader;
    }

    public PlanValidator validator() {
        return validator;
    }

    /**
     * The recommendation for a plan.
     *
     * @throws InvalidPlanException when the plan does not pass {@link PlanValidator} (ids, references, catalog)
     */
    public Recommendation recommend(Plan plan) {
        PlanEvaluation evaluation = evaluate(plan);
        if (!evaluation.isValid()) {
            throw new InvalidPlanException(evaluation.problems());
        }
        return evaluation.recommendation();
    }

    /**
     * The recommendation for a plan validation has accepted ({@link PlanReadResult#validated()},
     * {@link PlanCheck#validated()}), without validating it again. A plan validated against another catalog is
     * validated against this engine's.
     *
     * @throws InvalidPlanException when the plan was validated against another catalog and fails this one's
     */
    public Recommendation recommend(ValidatedPlan plan) {
        if (plan.catalog() != rules.catalog() && !plan.catalog().equals(rules.catalog())) {
            return recommend(plan.plan());
        }
        return new RecommendationRun(rules, plan).recommend();
    }

    /**
     * Validates the plan once and recommends only when it is valid: for callers (such as an editor) that show the
     * problems of invalid plans rather than failing on them.
     */
    public PlanEvaluation evaluate(Plan plan) {
        PlanCheck check = validator.check(plan);
        return check.isValid()
                ? new PlanEvaluation(List.of(), new RecommendationRun(rules, check.validated()).recommend())
                : new PlanEvaluation(check.problems(), null);
    }
}
