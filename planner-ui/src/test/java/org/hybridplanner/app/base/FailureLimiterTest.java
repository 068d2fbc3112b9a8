package org.hybridplanner.app.base;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/** The failure limit on H2, the embedded database (in memory here, with the planner's migrations). */
class FailureLimiterTest extends FailureLimiterTests {

    @BeforeAll
    static void h2() throws Exception {
        useDatabase("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "planner", "");
    }
}
