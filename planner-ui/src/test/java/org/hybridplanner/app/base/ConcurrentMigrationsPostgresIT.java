package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances of the planner starting at once on one PostgreSQL database each run the Flyway migrations. Flyway
 * serialises them with a PostgreSQL advisory lock: while one migrates, it holds the lock and the other keeps trying
 * it; once free, the other finds every migration applied. Here the first instance is held in the middle of its
 * migrations (after V1) so that the second certainly arrives while it migrates, which two processes starting
 * together do not guarantee.
 */
class ConcurrentMigrationsPostgresIT {
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void requirePostgres() {
        url = System.getenv("PLANNER_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PLANNER_TEST_POSTGRES_URL is not set: run the tests through ./test.sh, which starts PostgreSQL");
            }
            Assumptions.abort("PLANNER_TEST_POSTGRES_URL is not set (./test.sh sets it); skipped outside CI");
        }
        user = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_USER", "planner");
        password = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_PASSWORD", "");
    }

    @Test
    void twoInstancesMigratingAtOnceApplyEachMigrationOnceOneWaitingOnTheAdvisoryLock() throws Exception {
        String schema = "migrations_" + UUID.randomUUID().toString().replace("-", "");
        CountDownLatch firstMigrating = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        Flyway first = flyway(schema).callbacks(new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_EACH_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                if ("1".equals(context.getMigrationInfo().getVersion().getVersion())) {
                    firstMigrating.countDown();
                    try {
                        secondWaiting.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }).load();
        Flyway second = flyway(schema).load();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<MigrateResult> firstResult = instances.submit(first::migrate);
            assertThat(firstMigrating.await(60, TimeUnit.SECONDS)).isTrue();
            Future<MigrateResult> secondResult = instances.submit(second::migrate);
            boolean waitedForTheLock = anotherSessionTriesTheHeldAdvisoryLock();
            secondWaiting.countDown();

            MigrateResult one = firstResult.get(120, TimeUnit.SECONDS);
            MigrateResult other = secondResult.get(120, TimeUnit.SECONDS);
            System.out.println("two-instance figure: migrations applied by the first and the second: "
                    + one.migrationsExecuted + ", " + other.migrationsExecuted);
            assertThat(waitedForTheLock).as("the second tried the advisory lock the first held").isTrue();
            assertThat(one.success).isTrue();
            assertThat(other.success).isTrue();
            // Flyway holds the lock for one migration at a time: the second may take it between two of the first's
            // migrations and apply the rest (seen once in a full run), but never one the first applied.
            assertThat(one.migrationsExecuted + other.migrationsExecuted).as("each migration applied by one of them")
                    .isEqualTo(appliedOnce(schema).size());
            assertThat(appliedOnce(schema)).hasSizeGreaterThanOrEqualTo(7);
        } finally {
            secondWaiting.countDown();
            instances.shutdownNow();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration");
    }

    /**
     * Whether, within 30 s, one session holds an advisory lock while another tries to take one: Flyway's lock on
     * PostgreSQL is {@code pg_advisory_xact_lock} taken with {@code pg_try_advisory_xact_lock}, retried until free.
     */
    private static boolean anotherSessionTriesTheHeldAdvisoryLock() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (int tries = 0; tries < 300; tries++) {
                try (ResultSet rows = statement.executeQuery("select count(*) from pg_locks held"
                        + " join pg_stat_activity trying on trying.pid <> held.pid"
                        + " where held.locktype = 'advisory' and held.granted"
                        + " and trying.query like '%pg_try_advisory_xact_lock%'")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(100);
            }
            return false;
        }
    }

    /** The versions in the schema history, each of which must appear once. */
    private static List<String> appliedOnce(String schema) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, count(*) from " + schema
                        + ".flyway_schema_history where version is not null and success group by version")) {
            while (rows.next()) {
                assertThat(rows.getInt(2)).as("migration " + rows.getString(1) + " applied").isEqualTo(1);
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
