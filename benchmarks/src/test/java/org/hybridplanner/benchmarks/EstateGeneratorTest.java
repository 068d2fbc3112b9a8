package org.hybridplanner.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstateGeneratorTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    private static Plan generate(int stores) {
        return new EstateGenerator(ENGINE.catalog(), PlanBenchmark.SEED).generate(stores);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_000, 10_000})
    void generatesAValidPlanWithTwiceAsManyFlowsAsStores(int stores) {
        Plan plan = generate(stores);

        PlanReadResult read = ENGINE.reader().read(new PlanWriter().writeBytes(plan));

        assertThat(read.problems()).isEmpty();
        assertThat(read.plan()).isEqualTo(plan);
        assertThat(plan.dataStores()).hasSize(stores);
        assertThat(plan.flows()).hasSize(2 * stores);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_000})
    void generatesAMixedEstateWithMultiHopPrivatePathsAndBlockedFlows(int stores) {
        Plan plan = generate(stores);
        Recommendation recommendation = ENGINE.recommend(plan);

        assertThat(plan.locations()).extracting(Location::kind).contains(LocationKind.values());
        assertThat(plan.links()).extracting(link -> link.type()).contains(LinkType.EXPRESSROUTE_PRIVATE_PEERING,
                LinkType.SITE_TO_SITE_VPN, LinkType.EXPRESSROUTE_MICROSOFT_PEERING);
        assertThat(plan.flows()).anyMatch(flow -> flow.stagedCopy()).anyMatch(flow -> !flow.stagedCopy());
        assertThat(recommendation.flows()).extracting(FlowDecision::status).contains(FlowStatus.OK,
                FlowStatus.BLOCKED);
        assertThat(recommendation.flows()).anyMatch(decision -> decision.path().size() >= 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_000})
    void generatesTheSamePlanFromTheSameSeed(int stores) {
        assertThat(generate(stores)).isEqualTo(generate(stores));
    }
}
