package org.hybridplanner.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls that arrive all at once: every thread waits at a start line until all are ready. */
public final class Bursts {
    private Bursts() {
    }

    /** One call of a burst; {@code n} numbers it from 0. */
    @FunctionalInterface
    public interface Call<T> {
        T run(int n) throws Exception;
    }

    /** Starts {@code count} calls on {@code pool} at the same moment and answers their futures. */
    public static <T> List<Future<T>> start(ExecutorService pool, int count, Call<T> call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit((Callable<T>) () -> {
                ready.countDown();
                start.await();
                return call.run(n);
            }));
        }
        ready.await();
        start.countDown();
        return futures;
    }

    /** The answers of a burst, in call order, waiting at most two minutes for each. */
    public static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
