package org.hybridplanner.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the planner's API: CLIENTS concurrent clients, each in its own virtual thread with its own connection,
 * alternating {@code POST /api/recommendations} (the plan, with an API token) and {@code GET /api/shared/{link}},
 * back to back for a warm-up and then for the measured seconds. Prints p50/p95/p99 of each request kind and of
 * both, throughput, and every error by kind (status or exception). Run by {@code benchmarks/load/api-load.sh};
 * a single file on purpose, so that {@code java ApiLoad.java ...} runs it without a build.
 *
 * <p>Usage: {@code java ApiLoad.java BASE_URL TOKEN LINK PLAN.json [CLIENTS] [WARM_UP_S] [MEASURED_S]}
 */
public final class ApiLoad {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpRequest recommend;
    private final HttpRequest shared;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private volatile boolean measuring;
    private volatile boolean stopping;

    private ApiLoad(String base, String token, String link, String plan) {
        recommend = HttpRequest.newBuilder(URI.create(base + "/api/recommendations")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(plan)).build();
        shared = HttpRequest.newBuilder(URI.create(base + "/api/shared/" + link)).timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ApiLoad BASE_URL TOKEN LINK PLAN.json [CLIENTS] [WARM_UP_S] [MEASURED_S]");
            System.exit(2);
        }
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int measured = args.length > 6 ? Integer.parseInt(args[6]) : 30;
        new ApiLoad(args[0], args[1], args[2], Files.readString(Path.of(args[3]))).run(clients, warmUp, measured);
    }

    private void run(int clients, int warmUpSeconds, int measuredSeconds) throws InterruptedException {
        List<Timings> timings = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                Timings own = new Timings();
                timings.add(own);
                boolean startWithPost = i % 2 == 0;
                threads.submit(() -> client(own, startWithPost));
            }
            Thread.sleep(warmUpSeconds * 1000L);
            errors.clear();
            measuring = true;
            long start = System.nanoTime();
            Thread.sleep(measuredSeconds * 1000L);
            measuring = false;
            double seconds = (System.nanoTime() - start) / 1e9;
            stopping = true;
            report(clients, seconds, timings);
        }
    }

    private void client(Timings own, boolean startWithPost) {
        boolean post = startWithPost;
        while (!stopping) {
            boolean counted = measuring;
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(post ? recommend : shared,
                        HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    errors.computeIfAbsent((post ? "POST " : "GET ") + response.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                } else if (counted && measuring) {
                    own.add(post, nanos);
                }
            } catch (IOException e) {
                errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
            post = !post;
        }
    }

    private void report(int clients, double seconds, List<Timings> timings) {
        long[] posts = merge(timings, true);
        long[] gets = merge(timings, false);
        long[] all = new long[posts.length + gets.length];
        System.arraycopy(posts, 0, all, 0, posts.length);
        System.arraycopy(gets, 0, all, posts.length, gets.length);
        Arrays.sort(all);
        System.out.printf("%d clients, %.0f s measured, %d cores, load average %s%n", clients, seconds,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("| requests | count | per second | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        row("POST /api/recommendations", posts, seconds);
        row("GET /api/shared/{token}", gets, seconds);
        row("both", all, seconds);
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((kind, count) -> sorted.put(kind, count.get()));
        System.out.println("errors: " + (sorted.isEmpty() ? "0" : sorted));
    }

    private static void row(String name, long[] sortedNanos, double seconds) {
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", name, sortedNanos.length,
                sortedNanos.length / seconds, millis(sortedNanos, 0.50), millis(sortedNanos, 0.95),
                millis(sortedNanos, 0.99), millis(sortedNanos, 1.0));
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long[] merge(List<Timings> timings, boolean posts) {
        long[] merged = timings.stream().flatMapToLong(t -> Arrays.stream(t.copy(posts))).toArray();
        Arrays.sort(merged);
        return merged;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One client's latencies: only its own thread adds, the report reads after the clients stop measuring. */
    private static final class Timings {
        private long[] posts = new long[1024];
        private long[] gets = new long[1024];
        private int postCount;
        private int getCount;

        synchronized void add(boolean post, long nanos) {
            if (post) {
                if (postCount == posts.length) {
                    posts = Arrays.copyOf(posts, posts.length * 2);
                }
                posts[postCount++] = nanos;
            } else {
                if (getCount == gets.length) {
                    gets = Arrays.copyOf(gets, gets.length * 2);
                }
                gets[getCount++] = nanos;
            }
        }

        synchronized long[] copy(boolean post) {
            return post ? Arrays.copyOf(posts, postCount) : Arrays.copyOf(gets, getCount);
        }
    }
}
