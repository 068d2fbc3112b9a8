package org.hybridplanner.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * both, throughput, and every error by kind (status or exception). Given the server's process id, it also prints
 * what does not depend on how busy the machine is: the server's CPU time per 1,000 requests (user + system, from
 * {@code /proc/PID/stat}), for the mixed load and then for each kind alone (two more phases of half the measured
 * time each, same clients, only POSTs, then only GETs), and the load client's own CPU time per 1,000 requests, since
 * client and server share the machine's cores. Run by {@code benchmarks/load/api-load.sh}; a single file on purpose,
 * so that {@code java ApiLoad.java ...} runs it without a build.
 * <p>
 * Each client speaks HTTP/1.1 on its own blocking socket (keep-alive, the request's bytes prepared once, the answer
 * read to its end by {@code Content-Length} or chunks): a closed loop, each client waiting for its answer before it
 * sends the next request. Until 2026-12-03 the clients shared one {@code java.net.http.HttpClient}, whose
 * asynchronous machinery (a selector thread, futures, executor hand-offs per request) cost about a third of what
 * the server spent per request, on the same two cores (docs/deployment.md#load).
 *
 * <p>Usage: {@code java ApiLoad.java BASE_URL TOKEN LINK PLAN.json [CLIENTS] [WARM_UP_S] [MEASURED_S] [SERVER_PID]}
 */
public final class ApiLoad {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress server;
    private final byte[] recommend;
    private final byte[] shared;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong completed = new AtomicLong();
    private volatile boolean measuring;
    private volatile boolean stopping;
    /** Which requests the clients send: both in turn, or only one kind. */
    private volatile Mix mix = Mix.BOTH;

    private enum Mix { BOTH, POST, GET }

    private ApiLoad(String base, String token, String link, String plan) {
        URI uri = URI.create(base);
        server = new InetSocketAddress(uri.getHost(), uri.getPort());
        String host = "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n";
        byte[] body = plan.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /api/recommendations HTTP/1.1\r\n" + host + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        recommend = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, recommend, head.length, body.length);
        shared = ("GET /api/shared/" + link + " HTTP/1.1\r\n" + host + "Accept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ApiLoad BASE_URL TOKEN LINK PLAN.json [CLIENTS] [WARM_UP_S] [MEASURED_S]");
            System.exit(2);
        }
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int measured = args.length > 6 ? Integer.parseInt(args[6]) : 30;
        long serverPid = args.length > 7 ? Long.parseLong(args[7]) : -1;
        new ApiLoad(args[0], args[1], args[2], Files.readString(Path.of(args[3]))).run(clients, warmUp, measured,
                serverPid);
    }

    private void run(int clients, int warmUpSeconds, int measuredSeconds, long serverPid)
            throws InterruptedException {
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
            completed.set(0);
            double cpuBefore = cpuSeconds(serverPid);
            double clientCpuBefore = ownCpuSeconds();
            measuring = true;
            long start = System.nanoTime();
            Thread.sleep(measuredSeconds * 1000L);
            measuring = false;
            double seconds = (System.nanoTime() - start) / 1e9;
            Cost mixed = new Cost(completed.get(), seconds, cpuSeconds(serverPid) - cpuBefore);
            double clientCpu = ownCpuSeconds() - clientCpuBefore;
            Cost posts = serverPid < 0 ? null : alone(Mix.POST, measuredSeconds / 2, serverPid);
            Cost gets = serverPid < 0 ? null : alone(Mix.GET, measuredSeconds / 2, serverPid);
            stopping = true;
            report(clients, seconds, timings);
            if (serverPid >= 0) {
                System.out.println();
                System.out.println("server CPU (user + system, all its threads: requests, GC, compiler) per request"
                        + " kind; load-independent, unlike the latencies above:");
                System.out.println("| phase | requests | per second | CPU s | CPU s per 1,000 requests |");
                System.out.println("|---|---:|---:|---:|---:|");
                mixed.row("both, alternating (the measured phase above)");
                posts.row("POST /api/recommendations only");
                gets.row("GET /api/shared/{token} only");
            }
            System.out.printf("load client CPU in the measured phase: %.1f s, %.2f s per 1,000 requests%n", clientCpu,
                    clientCpu * 1000 / Math.max(1, mixed.requests()));
        }
    }

    /** A phase of one request kind only, after a second for the other kind's requests in flight to finish. */
    private Cost alone(Mix only, int seconds, long serverPid) throws InterruptedException {
        mix = only;
        Thread.sleep(1000);
        completed.set(0);
        double cpuBefore = cpuSeconds(serverPid);
        long start = System.nanoTime();
        Thread.sleep(Math.max(1, seconds) * 1000L);
        return new Cost(completed.get(), (System.nanoTime() - start) / 1e9, cpuSeconds(serverPid) - cpuBefore);
    }

    /**
     * The process's CPU time so far, user and system, from fields 14 and 15 of {@code /proc/PID/stat}, in clock
     * ticks of 1/100 s (Linux's USER_HZ on every architecture the planner runs on); NaN without a process id.
     */
    private static double cpuSeconds(long pid) {
        if (pid < 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time: " + e.getMessage(), e);
        }
    }

    /** This process's CPU time so far (the load client's own cost, which shares the cores with the server). */
    private static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** What one phase cost the server: requests answered 200, its seconds, and the server's CPU seconds. */
    private record Cost(long requests, double seconds, double cpuSeconds) {
        void row(String phase) {
            System.out.printf("| %s | %d | %.0f | %.1f | %.2f |%n", phase, requests, requests / seconds, cpuSeconds,
                    cpuSeconds * 1000 / Math.max(1, requests));
        }
    }

    private void client(Timings own, boolean startWithPost) {
        boolean post = startWithPost;
        Connection connection = null;
        while (!stopping) {
            Mix now = mix;
            if (now != Mix.BOTH) {
                post = now == Mix.POST;
            }
            boolean counted = measuring;
            long start = System.nanoTime();
            try {
                if (connection == null) {
                    connection = new Connection(server);
                }
                int status = connection.exchange(post ? recommend : shared);
                long nanos = System.nanoTime() - start;
                if (connection.closedByServer) {
                    connection.close();
                    connection = null;
                }
                if (status != 200) {
                    errors.computeIfAbsent((post ? "POST " : "GET ") + status, k -> new AtomicLong())
                            .incrementAndGet();
                } else {
                    completed.incrementAndGet();
                    if (counted && measuring) {
                        own.add(post, nanos);
                    }
                }
            } catch (IOException e) {
                errors.computeIfAbsent(e instanceof SocketTimeoutException ? "timeout (" + TIMEOUT_MILLIS / 1000
                        + " s)" : e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
            }
            post = !post;
        }
        if (connection != null) {
            connection.close();
        }
    }

    /**
     * One client's keep-alive HTTP/1.1 connection: writes a prepared request and reads the whole answer (status line,
     * headers, and a body by {@code Content-Length} or chunked), so that the next request can follow on the same
     * socket. Enough HTTP for the planner's answers, not a general client.
     */
    private static final class Connection {
        private final Socket socket = new Socket();
        private final InputStream in;
        private final OutputStream out;
        private final byte[] discard = new byte[64 * 1024];
        private boolean closedByServer;

        Connection(InetSocketAddress server) throws IOException {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(server, TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = colon < 0 ? header : header.substring(0, colon).strip();
                String value = colon < 0 ? "" : header.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closedByServer = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers: none expected, read to the blank line that ends the answer
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closedByServer = true;
                while (in.read(discard) >= 0) {
                    // no length and not chunked: the body ends when the server closes the connection
                }
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                int n = in.read(discard, 0, (int) Math.min(discard.length, left));
                if (n < 0) {
                    throw new EOFException("the answer ended " + left + " bytes early");
                }
                left -= n;
            }
        }

        /** One header line without its CRLF. */
        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the connection closed in the middle of an answer");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we give up on: nothing to do
            }
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
