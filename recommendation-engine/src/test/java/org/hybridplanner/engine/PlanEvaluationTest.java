package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.InvalidPlanException;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.StoreTypeSpec;
import org.hybridplanner.model.ValidatedPlan;
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

    @Test
    void aPlanItsReaderValidatedIsRecommendedAsIs() {
        Plan plan = TopologyFixtures.datacenterWithMicrosoftPeering();
        PlanReadResult read = engine.reader().read(new PlanWriter().writeBytes(plan));

        assertThat(RecommendationJson.write(engine.recommend(read.validated())))
                .isEqualTo(RecommendationJson.write(engine.recommend(plan)));
    }

    @Test
    void aPlanValidatedAgainstAnotherCatalogIsValidatedAgainstTheEngines() {
        Catalog mine = engine.catalog();
        List<StoreTypeSpec> types = new ArrayList<>(mine.storeTypes());
        types.add(new StoreTypeSpec("MAINFRAME", "Mainframe", List.of(LocationKind.ON_PREMISES), "in the datacenter"));
        PlanReader foreignReader = new PlanReader(new Catalog(types, mine.linkTypes(), mine.regions()));
        Plan plan = plan().onPremises("dc").store("a", "SQL_SERVER", "dc").store("m", "MAINFRAME", "dc")
                .flow("f", "a", "m").build();
        ValidatedPlan foreign = foreignReader.read(new PlanWriter().writeBytes(plan)).validated();

        assertThatThrownBy(() -> engine.recommend(foreign)).isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("$.dataStores[1].type");
    }
}
