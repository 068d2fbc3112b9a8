package org.hybridplanner.app.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hybridplanner.app.account.AccountNames;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.base.DurableCommits;
import org.hybridplanner.app.base.PlannerMetrics;
import org.hybridplanner.engine.RecommendationEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The plan services over the JPA slice, with a clock the tests control. */
@TestConfiguration
@Import({PlanService.class, DesignService.class, CurrentAccount.class, AccountNames.class, DurableCommits.class,
        PlannerMetrics.class, SaveBases.class})
class PersistenceTestConfiguration {
    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    RecommendationEngine recommendationEngine() {
        return RecommendationEngine.standard();
    }
}
