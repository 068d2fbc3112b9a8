package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first start of several instances at once on a new database: each finds no account and tries to create
 * {@code admin}; one does, and the others start without it instead of failing.
 */
@SpringBootTest
class FirstStartAdminTest {
    private static final String ADMIN_PASSWORD = "first-start-admin-password";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-first-start");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @Test
    void instancesStartingTogetherCreateOneAdminAndAllStart() throws Exception {
        for (int round = 0; round < 3; round++) {
            jdbc.update("delete from plan");
            jdbc.update("delete from account");
            List<Throwable> failures = startTogether(4);
            assertThat(failures).as("every instance starts").isEmpty();
            assertThat(jdbc.queryForList("select username from account", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).as("one demo plan")
                    .isEqualTo(1);
        }
    }

    private List<Throwable> startTogether(int instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                FirstStartAdmin instance = new FirstStartAdmin(accounts, ADMIN_PASSWORD);
                runs.add(pool.submit(() -> {
                    start.await();
                    instance.run(new DefaultApplicationArguments());
                    return null;
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
