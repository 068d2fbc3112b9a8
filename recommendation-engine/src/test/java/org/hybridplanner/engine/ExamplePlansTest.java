package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example plan in seed-data produces its reviewed expected recommendation, byte for byte, every time, and
 * every item of it cites a reference the recommendation resolves. To accept a deliberate change of output, review
 * the diff and regenerate with {@code java -jar planner-ui/target/planner.jar recommend PLAN > PLAN.expected.json}.
 */
class ExamplePlansTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    static Stream<ExamplePlan> examples() {
        return ExamplePlans.all().stream();
    }

    @Test
    void shipsAtLeastSixExamplesIncludingTheDemo() {
        assertThat(ExamplePlans.all()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(ExamplePlans.demo().id()).isEqualTo(ExamplePlans.DEMO_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void producesTheReviewedRecommendation(ExamplePlan example) {
        assertThat(example.expectedJson()).as("expected output of " + example.id()).isNotNull();

        String actual = RecommendationJson.write(recommend(example));

        assertThat(actual).isEqualTo(example.expectedJson());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void isDeterministic(ExamplePlan example) {
        assertThat(RecommendationJson.write(recommend(example))).isEqualTo(RecommendationJson.write(recommend(example)));
        byte[] utf8 = RecommendationJson.writeUtf8(recommend(example));
        assertThat(new String(utf8, java.nio.charset.StandardCharsets.UTF_8))
                .as("the bytes servers send are the same JSON").isEqualTo(RecommendationJson.write(recommend(example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyItemCitesAReferenceTheRecommendationResolves(ExamplePlan example) {
        Recommendation recommendation = recommend(example);

        Stream<String> cited = Stream.of(
                recommendation.flows().stream().flatMap(flow -> flow.reasons().stream()).map(r -> r.reference()),
                recommendation.runtimes().stream().flatMap(runtime -> runtime.reasons().stream()).map(r -> r.reference()),
                recommendation.firewallRules().stream().map(rule -> rule.reference()),
                recommendation.allowlist().stream().map(entry -> entry.reference()),
                recommendation.credentials().advice().stream().map(advice -> advice.reference()),
                recommendation.encryption().stream().flatMap(e -> Stream.concat(e.inTransit().stream(),
                        e.atRest().stream())).map(advice -> advice.reference()),
                recommendation.warnings().stream().map(warning -> warning.reference()))
                .flatMap(s -> s);
        List<String> references = cited.distinct().toList();

        assertThat(references).isNotEmpty().allSatisfy(id -> assertThat(recommendation.reference(id)).isPresent());
        assertThat(recommendation.references()).extracting("id").containsExactlyInAnyOrderElementsOf(references);
        assertThat(recommendation.runtimes()).allSatisfy(runtime -> assertThat(runtime.reasons()).isNotEmpty());
        assertThat(recommendation.flows()).allSatisfy(flow -> assertThat(flow.reasons()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void survivesAWriteAndReadRoundTrip(ExamplePlan example) {
        Plan plan = engine.reader().read(example.json()).planOrThrow();

        PlanReadResult reread = engine.reader().read(new PlanWriter().write(plan));

        assertThat(reread.problems()).isEmpty();
        assertThat(reread.plan()).isEqualTo(plan);
    }

    private Recommendation recommend(ExamplePlan example) {
        return engine.recommend(engine.reader().read(example.json()).planOrThrow());
    }
}
