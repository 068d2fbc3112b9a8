package org.hybridplanner.app.base;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The failure limit on PostgreSQL, where several instances of the planner share it. {@code test.sh} starts a
 * throwaway cluster and passes its URL in {@code PLANNER_TEST_POSTGRES_URL}; in CI a missing database fails. The
 * tests run in a schema of their own, so nothing another test stored is in the way.
 */
class FailureLimiterPostgresIT extends FailureLimiterTests {

    @BeforeAll
    static void postgres() throws Exception {
        String url = System.getenv("PLANNER_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PLANNER_TEST_POSTGRES_URL is not set: run the tests through ./test.sh, which starts PostgreSQL");
            }
            Assumptions.abort("PLANNER_TEST_POSTGRES_URL is not set (./test.sh sets it); skipped outside CI");
        }
        String user = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_USER", "planner");
        String password = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_PASSWORD", "");
        String schema = "limits_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        useDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }
}
