package org.hybridplanner.app.base;

import java.time.Clock;
import org.hybridplanner.engine.RecommendationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares: the clock (injected so tests can fix time) and the recommendation engine. */
@Configuration
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RecommendationEngine recommendationEngine() {
        return RecommendationEngine.standard();
    }
}
