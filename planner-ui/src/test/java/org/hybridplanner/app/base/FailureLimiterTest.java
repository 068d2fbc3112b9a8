package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The failure limit under many threads at once, and what gives a place back. */
class FailureLimiterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:30Z"), ZoneOffset.UTC);

    @Test
    void manyThreadsAtOnceGetAtMostTheLimitOfAttempts() throws Exception {
        for (int round = 0; round < 20; round++) {
            FailureLimiter limiter = new FailureLimiter(CLOCK, 10, Duration.ofMinutes(1), 100);
            assertThat(admittedAtOnce(limiter, 64)).isEqualTo(10);
        }
    }

    @Test
    void successesGiveTheirPlaceBackAndFailuresDoNot() {
        FailureLimiter limiter = new FailureLimiter(CLOCK, 2, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 5; i++) {
            limiter.attempt("a").orElseThrow().succeeded();
        }
        FailureLimiter.Attempt once = limiter.attempt("a").orElseThrow();
        once.succeeded();
        once.succeeded();
        assertThat(limiter.attempt("a")).isPresent();
        assertThat(limiter.attempt("a")).isPresent();
        assertThat(limiter.attempt("a")).as("two failures used both places").isEmpty();
        assertThat(limiter.attempt("b")).as("another address").isPresent();
        assertThat(limiter.untilWindowEnds()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aNewWindowStartsAfresh() {
        MutableTime time = new MutableTime();
        FailureLimiter limiter = new FailureLimiter(time, 1, Duration.ofMinutes(1), 100);
        assertThat(limiter.attempt("a")).isPresent();
        assertThat(limiter.attempt("a")).isEmpty();
        time.now = time.now.plusSeconds(60);
        assertThat(limiter.attempt("a")).isPresent();
    }

    @Test
    void forgetsPastWindowsFirstWhenTrackingTooManyAddresses() {
        MutableTime time = new MutableTime();
        FailureLimiter limiter = new FailureLimiter(time, 1, Duration.ofMinutes(1), 2);
        limiter.attempt("a");
        time.now = time.now.plusSeconds(60);
        limiter.attempt("b");
        limiter.attempt("c");
        assertThat(limiter.attempt("b")).as("b is still counted in this window").isEmpty();
        limiter.attempt("d");
        assertThat(limiter.attempt("b")).as("everything was dropped to make room").isPresent();
    }

    private static int admittedAtOnce(FailureLimiter limiter, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<FailureLimiter.Attempt>>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return limiter.attempt("203.0.113.7");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Optional<FailureLimiter.Attempt>> attempt : attempts) {
                admitted += attempt.get(10, TimeUnit.SECONDS).isPresent() ? 1 : 0;
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
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
