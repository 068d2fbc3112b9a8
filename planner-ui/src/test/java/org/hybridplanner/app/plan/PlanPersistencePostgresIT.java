package org.hybridplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same plan-storage tests on PostgreSQL, the database of the {@code postgres} profile. {@code test.sh} starts a
 * throwaway cluster and passes its URL in {@code PLANNER_TEST_POSTGRES_URL}; in CI a missing database fails.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PersistenceTestConfiguration.class)
class PlanPersistencePostgresIT extends PlanPersistenceTests {

    private static final String URL = System.getenv("PLANNER_TEST_POSTGRES_URL");

    @BeforeAll
    static void requirePostgres() {
        if (URL == null || URL.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PLANNER_TEST_POSTGRES_URL is not set: run the tests through ./test.sh, which starts PostgreSQL");
            }
            Assumptions.abort("PLANNER_TEST_POSTGRES_URL is not set (./test.sh sets it); skipped outside CI");
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A save is acknowledged once its transaction commits; that is durable only while COMMIT waits for the WAL flush.
     * PostgreSQL's default does; nothing in the planner's configuration may turn it off (the test cluster's
     * {@code fsync=off} is a server setting for speed, not the planner's).
     */
    @Test
    void commitsWaitForTheWriteAheadLogSoThatAnAcknowledgedSaveIsOnDisk() {
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                .isIn("on", "local", "remote_write", "remote_apply");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_USER",
                "planner"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault(
                "PLANNER_TEST_POSTGRES_PASSWORD", ""));
    }
}
