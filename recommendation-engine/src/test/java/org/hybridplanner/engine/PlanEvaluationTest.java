package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import org.hybridplanner.model.InvalidPlanException;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;

/** Evaluating a plan: problems for an invalid one, the recommendation for a valid one, never both. */
class PlanEvaluationTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    @Test
    void aValidPlanGetsItsRecommendation() {
        Plan plan = TopologyFixtures.datacenterWithMicrosoftPeering();

        PlanEvaluation evaluation = engine.evaluate(plan);

        assertThat(evaluation.problems()).isEmpty();
        assertThat(RecommendationJson.write(evaluation.recommendation()))
                .isEqualTo(RecommendationJson.write(engine.recommend(plan)));
    }

    @Test
    void anInvalidPlanGetsEveryProblemAndNoRecommendation() {
        Plan plan = plan().onPremises("dc").store("a", "SQL_SERVER", "dc").flow("f", "a", "ghost").build();

        PlanEvaluation evaluation = engine.evaluate(plan);

        assertThat(evaluation.recommendation()).isNull();
        assertThat(evaluation.problems()).extracting("path").containsExactly("$.flows[0].sink");
        assertThatThrownBy(() -> engine.recommend(plan)).isInstanceOf(InvalidPlanException.class);
    }
}
