package org.hybridplanner.app.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged planner ({@code planner.jar}) as a child process of this JVM, listening on a free loopback port, with
 * its data directory and admin password set through the environment as an operator would. Used by the crash test
 * by the save benchmark and by the two-instance test; only the JDK, so that the benchmark runs from the test classes
 * without Maven.
 */
public final class PackagedPlanner implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "durability-check-admin-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedPlanner(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Issues an API token for {@code admin} with the jar's {@code token} command (the server must be stopped); on a
     * fresh data directory this also creates the database and the admin account.
     */
    public static String issueToken(Path jar, Path dataDir, List<String> options)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("token", "--user", "admin", "--label", "durability check"));
        arguments.addAll(options);
        Path out = logFile(dataDir, "token-out");
        Path err = logFile(dataDir, "token-err");
        Process token = builder(jar, dataDir, arguments).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!token.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            token.destroyForcibly().waitFor();
            throw new IllegalStateException("the token command did not finish; its log: " + Files.readString(err));
        }
        if (token.exitValue() != 0) {
            throw new IllegalStateException("the token command exited " + token.exitValue() + ": "
                    + Files.readString(err));
        }
        return Files.readString(out).strip();
    }

    /** Starts the server on the data directory and waits until its readiness probe answers UP. */
    public static PackagedPlanner start(Path jar, Path dataDir, List<String> options)
            throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        arguments.addAll(options);
        Path log = logFile(dataDir, "server");
        Process process = builder(jar, dataDir, arguments).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        PackagedPlanner planner = new PackagedPlanner(process, port, log);
        planner.awaitReady();
        return planner;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** What the server has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * Kills the server with SIGKILL ({@link Process#destroyForcibly()} on Linux) and returns its exit status: 137
     * (128 + 9) shows the JVM died of SIGKILL, with no shutdown hook, no flush and no graceful close.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        return process.exitValue();
    }

    /** Stops the server as an operator would (SIGTERM, graceful shutdown). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the planner exited with " + process.exitValue() + "; its log:\n"
                        + Files.readString(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the planner was not ready within " + START_TIMEOUT + "; its log:\n"
                + Files.readString(log));
    }

    private static ProcessBuilder builder(Path jar, Path dataDir, List<String> arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PLANNER_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("PLANNER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().remove("PORT");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        return builder;
    }

    /** Logs go beside the data directory, never into it: the data directory holds only what the planner writes. */
    private static Path logFile(Path dataDir, String kind) {
        Path directory = dataDir.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(directory, dataDir.getFileName() + "-" + kind + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
