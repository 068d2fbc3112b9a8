package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hybridplanner.app.Bursts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The failure limit on a real database, migrated by the planner's own migrations: many threads at once, two
 * instances of the planner (two limiters on one table) sharing one count, what gives a place back, windows, and the
 * bound on what the table keeps. Run on H2 ({@link FailureLimiterTest}) and PostgreSQL
 * ({@link FailureLimiterPostgresIT}).
 */
abstract class FailureLimiterTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:30Z"), ZoneOffset.UTC);
    private static final Duration NO_WAIT = Duration.ZERO;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static HikariDataSource dataSource;
    private static FailureCounts counts;
    private static JdbcTemplate jdbc;
    private static int limiters;

    /** Starts the class's tests on an empty, migrated database. */
    static void useDatabase(String url, String user, String password) throws Exception {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(16);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        counts = new FailureCounts(dataSource, new DataSourceTransactionManager(dataSource));
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeAll
    static void noneYet() {
        limiters = 0;
    }

    @AfterAll
    static void closeDatabase() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void manyThreadsAtOnceGetAtMostTheLimitOfAttempts() throws Exception {
        for (int round = 0; round < 10; round++) {
            FailureLimiter limiter = limiter(CLOCK, 10, 100);
            assertThat(admittedAtOnce(List.of(limiter), 64)).isEqualTo(10);
        }
    }

    @Test
    void twoInstancesOnOneDatabaseShareOneLimit() throws Exception {
        String name = nextName();
        // Each instance of the planner makes its own limiter; the table is what they share.
        FailureLimiter first = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, NO_WAIT);
        FailureLimiter second = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, NO_WAIT);
        assertThat(admittedAtOnce(List.of(first, second), 64)).isEqualTo(10);
        assertThat(second.attempt("203.0.113.7")).as("blocked on either instance").isEmpty();
        assertThat(first.attempt("203.0.113.7")).isEmpty();
    }

    @Test
    void attemptsThatFindEveryPlaceHeldInFlightWaitForOneAndABurstOfSuccessesAllGetThroughOnTwoInstances()
            throws Exception {
        String name = nextName();
        FailureLimiter first = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, WAIT);
        FailureLimiter second = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, WAIT);
        List<Boolean> settled = atOnce(64, i -> {
            FailureLimiter limiter = i % 2 == 0 ? first : second;
            Optional<FailureLimiter.Attempt> attempt = limiter.attempt("203.0.113.20");
            if (attempt.isEmpty()) {
                return false;
            }
            Thread.sleep(5);
            attempt.get().succeeded();
            return true;
        });
        assertThat(settled).as("right passwords from one address, all at once").hasSize(64).containsOnly(true);
        assertThat(taken(name, "203.0.113.20")).isZero();
    }

    @Test
    void aBurstOfFailuresWithWaitingIsAnsweredAsFailuresAtMostTheLimitAndThenBlocks() throws Exception {
        String name = nextName();
        FailureLimiter first = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, WAIT);
        FailureLimiter second = new FailureLimiter(counts, name, CLOCK, 10, Duration.ofMinutes(1), 100, WAIT);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<Boolean> answeredAsFailure = atOnce(64, i -> {
            FailureLimiter limiter = i % 2 == 0 ? first : second;
            Optional<FailureLimiter.Attempt> attempt = limiter.attempt("203.0.113.21");
            if (attempt.isEmpty()) {
                return false;
            }
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(5);
            inFlight.decrementAndGet();
            return attempt.get().failed();
        });
        assertThat(answeredAsFailure.stream().filter(failure -> failure).count()).isEqualTo(10);
        assertThat(mostInFlight.get()).as("checked at once").isLessThanOrEqualTo(10);
        long started = System.nanoTime();
        assertThat(second.attempt("203.0.113.21")).as("blocked, on either instance").isEmpty();
        assertThat(first.attempt("203.0.113.21", "known")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused without waiting")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSecretThatSucceededTakesNoPlaceButIsRefusedOnceTheAddressIsBlocked() {
        String name = nextName();
        FailureLimiter limiter = new FailureLimiter(counts, name, CLOCK, 2, Duration.ofMinutes(1), 100, NO_WAIT);
        FailureLimiter otherInstance = new FailureLimiter(counts, name, CLOCK, 2, Duration.ofMinutes(1), 100,
                NO_WAIT);
        limiter.attempt("a", "valid").orElseThrow().succeeded();
        FailureLimiter.Attempt held = limiter.attempt("a").orElseThrow();
        FailureLimiter.Attempt alsoHeld = limiter.attempt("a").orElseThrow();
        assertThat(limiter.attempt("a")).as("both places in flight").isEmpty();
        assertThat(otherInstance.attempt("a", "valid")).as("not seen valid by that instance").isEmpty();
        for (int i = 0; i < 5; i++) {
            limiter.attempt("a", "valid").orElseThrow().succeeded();
        }
        assertThat(taken(name, "a")).isEqualTo(2);

        assertThat(limiter.attempt("a", "valid").orElseThrow().failed()).as("revoked since: no place to count it")
                .isFalse();
        assertThat(limiter.attempt("a", "valid")).as("forgotten when it failed: it takes a place again").isEmpty();
        held.failed();
        alsoHeld.close();
        assertThat(taken(name, "a")).isEqualTo(2);
        limiter.attempt("b", "valid").orElseThrow().succeeded();
        assertThat(limiter.attempt("a", "valid")).as("blocked").isEmpty();
        assertThat(limiter.attempt("b", "valid")).as("another address").isPresent();
    }

    @Test
    void aSecretSeenValidThatFailsLaterCountsAsAFailureWhileAPlaceIsFree() {
        String name = nextName();
        FailureLimiter limiter = new FailureLimiter(counts, name, CLOCK, 2, Duration.ofMinutes(1), 100, NO_WAIT);
        limiter.attempt("a", "valid").orElseThrow().succeeded();
        assertThat(limiter.attempt("a", "valid").orElseThrow().failed()).isTrue();
        assertThat(limiter.attempt("a").orElseThrow().failed()).isTrue();
        assertThat(limiter.attempt("a", "valid")).as("two failures: blocked").isEmpty();
    }

    @Test
    void successesGiveTheirPlaceBackAndFailuresDoNot() {
        FailureLimiter limiter = limiter(CLOCK, 2, 100);
        for (int i = 0; i < 5; i++) {
            limiter.attempt("a").orElseThrow().succeeded();
        }
        FailureLimiter.Attempt once = limiter.attempt("a").orElseThrow();
        once.succeeded();
        once.succeeded();
        assertThat(limiter.attempt("a").orElseThrow().failed()).isTrue();
        assertThat(limiter.attempt("a").orElseThrow().failed()).isTrue();
        assertThat(limiter.attempt("a")).as("two failures used both places").isEmpty();
        assertThat(limiter.attempt("b")).as("another address").isPresent();
        assertThat(limiter.untilWindowEnds()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aNewWindowStartsAfreshAndForgetsThePastOnes() {
        MutableTime time = new MutableTime();
        String name = nextName();
        FailureLimiter limiter = new FailureLimiter(counts, name, time, 1, Duration.ofMinutes(1), 100, NO_WAIT);
        assertThat(limiter.attempt("a")).isPresent();
        assertThat(limiter.attempt("b")).isPresent();
        assertThat(limiter.attempt("a")).isEmpty();
        FailureLimiter.Attempt lateSuccess = limiter.attempt("b").orElse(null);
        assertThat(lateSuccess).isNull();
        time.now = time.now.plusSeconds(60);
        assertThat(limiter.attempt("a")).isPresent();
        assertThat(rows(name)).as("b's row, of the past window, is gone").containsExactly("a");
    }

    @Test
    void aPlaceTakenInAPastWindowIsNotGivenBackToTheNextOne() {
        MutableTime time = new MutableTime();
        FailureLimiter limiter = new FailureLimiter(counts, nextName(), time, 1, Duration.ofMinutes(1), 100, NO_WAIT);
        FailureLimiter.Attempt slow = limiter.attempt("a").orElseThrow();
        time.now = time.now.plusSeconds(60);
        assertThat(limiter.attempt("a")).isPresent();
        slow.succeeded();
        assertThat(limiter.attempt("a")).as("the new window's failure still counts").isEmpty();
    }

    @Test
    void anAttemptOfAnEndedWindowDoesNotResetTheCountOfTheNextOne() {
        MutableTime time = new MutableTime();
        String name = nextName();
        FailureLimiter current = new FailureLimiter(counts, name, time, 1, Duration.ofMinutes(1), 100, NO_WAIT);
        MutableTime behind = new MutableTime();
        FailureLimiter late = new FailureLimiter(counts, name, behind, 1, Duration.ofMinutes(1), 100, NO_WAIT);
        time.now = time.now.plusSeconds(60);
        assertThat(current.attempt("a").orElseThrow().failed()).isTrue();
        assertThat(late.attempt("a")).as("a clock a window behind").isEmpty();
        assertThat(current.attempt("a")).as("still blocked in the new window").isEmpty();
    }

    @Test
    void forgetsEveryCountWhenTrackingMoreAddressesThanTheBound() {
        String name = nextName();
        FailureLimiter limiter = new FailureLimiter(counts, name, CLOCK, 1, Duration.ofMinutes(1), 3, NO_WAIT);
        limiter.attempt("a");
        limiter.attempt("b");
        assertThat(limiter.attempt("a")).as("counted: two addresses are within the bound").isEmpty();
        limiter.attempt("c");
        limiter.attempt("d");
        limiter.attempt("e");
        assertThat(rows(name)).hasSizeLessThanOrEqualTo(3);
        assertThat(limiter.attempt("a")).as("everything was dropped to make room").isPresent();
    }

    @Test
    void aLongClientNameIsStoredAsItsHash() {
        String name = nextName();
        FailureLimiter limiter = limiter(name, CLOCK, 1, 100);
        String longName = "x".repeat(500);
        assertThat(limiter.attempt(longName)).isPresent();
        assertThat(limiter.attempt(longName)).isEmpty();
        assertThat(rows(name)).containsExactly(SecretTokens.hash(longName));
    }

    @Test
    void refusesToCountInsideATransactionWhoseRollbackWouldUndoTheCount() {
        FailureLimiter limiter = limiter(CLOCK, 1, 100);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> limiter.attempt("a")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("commit on their own");
    }

    private static FailureLimiter limiter(Clock clock, int limit, int maxClients) {
        return limiter(nextName(), clock, limit, maxClients);
    }

    private static FailureLimiter limiter(String name, Clock clock, int limit, int maxClients) {
        return new FailureLimiter(counts, name, clock, limit, Duration.ofMinutes(1), maxClients, NO_WAIT);
    }

    /** A limit of its own per test (the database lives for the whole class). */
    private static String nextName() {
        return "test-" + limiters++;
    }

    private static int taken(String limiter, String client) {
        return jdbc.queryForObject("select taken from failure_count where limiter = ? and client = ?", Integer.class,
                limiter, client);
    }

    /** {@code threads} calls at once, each on a thread of its own; their answers in call order. */
    private static <T> List<T> atOnce(int threads, Bursts.Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return Bursts.results(Bursts.start(pool, threads, call));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> rows(String limiter) {
        return jdbc.queryForList("select client from failure_count where limiter = ? order by client", String.class,
                limiter);
    }

    /** Attempts from one address on {@code threads} threads at once, spread round-robin over the limiters. */
    private static int admittedAtOnce(List<FailureLimiter> limiters, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<FailureLimiter.Attempt>>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                FailureLimiter limiter = limiters.get(i % limiters.size());
                attempts.add(pool.submit(() -> {
                    start.await();
                    return limiter.attempt("203.0.113.7");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Optional<FailureLimiter.Attempt>> attempt : attempts) {
                admitted += attempt.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            return admitted;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class MutableTime extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
