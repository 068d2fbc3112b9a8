package org.hybridplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image as a container runtime would run it ({@code -Pimage}; ./test.sh): its configuration read from
 * the tar Jib wrote, its layers unpacked in order into a root file system, and its entrypoint started there with the
 * image's environment and user, in its own mount and process namespaces with /proc and /dev, as Docker does. No
 * daemon is needed, but root is (for unshare and chroot), as in CI.
 */
@Tag("image")
class ImageIT {
    private static final Path IMAGE = Path.of("target/planner-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int UID = 10001;

    @TempDir
    static Path temp;
    static JsonNode config;
    static Path root;

    @BeforeAll
    static void unpackTheImage() throws Exception {
        assertThat(IMAGE).as("build the image first: ./mvnw -B -pl planner-ui -am -Pimage verify").exists();
        assertThat(run(List.of("id", "-u"), Map.of()).output().strip()).as("ImageIT runs the image with unshare and "
                + "chroot, which need root (CI runs as root)").isEqualTo("0");
        Path image = Files.createDirectories(temp.resolve("image"));
        exec(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", image.toString()));
        JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(image.resolve(manifest.path("Config").asString()).toFile()).path("config");
        root = Files.createDirectories(temp.resolve("root"));
        for (JsonNode layer : manifest.path("Layers")) {
            exec(List.of("tar", "--warning=no-unknown-keyword", "--numeric-owner", "-xzpf",
                    image.resolve(layer.asString()).toString(), "-C", root.toString()));
        }
        // What the container runtime provides: mount points for /proc and /dev.
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
    }

    @Test
    void runsAsAnUnprivilegedUserWithTheDataDirectoryAsAVolumeOnPort8080() {
        assertThat(config.path("User").asString()).isEqualTo(UID + ":0");
        assertThat(names(config.path("Volumes"))).containsExactly("/data");
        assertThat(names(config.path("ExposedPorts"))).containsExactly("8080/tcp");
        assertThat(environment()).containsEntry("PLANNER_DATA_DIR", "/data/planner")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75")
                .containsEntry("PATH", "/opt/java/bin");
        assertThat(strings(config.path("Entrypoint"))).startsWith("java")
                .endsWith("org.hybridplanner.app.PlannerApplication");
    }

    @Test
    void rootOwnsEveryFileAndThePlannerMayWriteOnlyItsVolumeAndTmp() throws IOException {
        List<String> writable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(ImageIT::fromTheImage).toList()) {
                assertThat((int) Files.getAttribute(file, "unix:uid")).as(file.toString()).isZero();
                int mode = (int) Files.getAttribute(file, "unix:mode");
                assertThat(mode & 06000).as("no setuid or setgid: " + file).isZero();
                if ((mode & 0022) != 0) {
                    writable.add("/" + root.relativize(file));
                }
            }
        }
        assertThat(writable).containsExactlyInAnyOrder("/data", "/tmp");
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("planner:x:" + UID + ":0:");
    }

    @Test
    void theEntrypointStartsThePlannerWhichAnswersItsHealthProbesAndStopsOnSigterm() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = temp.resolve("planner.log");
        Map<String, String> environment = new LinkedHashMap<>(environment());
        environment.put("PORT", Integer.toString(port));
        environment.put("PLANNER_ADMIN_PASSWORD", "image-test-admin-password");
        Process container = inContainer(List.of(), environment).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            String readiness = waitForReadiness(port, container, log);
            assertThat(readiness).contains("\"status\":\"UP\"");
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/prometheus").statusCode()).as("metrics need a token").isEqualTo(401);
            // The planner's own directory inside the volume: created for its user only (0700), the files 0600.
            Path database = root.resolve("data/planner/planner.mv.db");
            assertThat(database).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent())))
                    .isEqualTo("rwx------");
            assertThat((int) Files.getAttribute(database.getParent(), "unix:uid")).isEqualTo(UID);
            assertThat((int) Files.getAttribute(database, "unix:uid")).as("written as the image's user")
                    .isEqualTo(UID);
            assertThat(Files.readString(log)).contains("Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75");
        } finally {
            // As "docker stop" does: SIGTERM to the container's first process, the JVM.
            container.toHandle().children().forEach(ProcessHandle::destroy);
            boolean stopped = container.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                container.destroyForcibly();
            }
            assertThat(stopped).as("stops on SIGTERM within the 20 s graceful shutdown\n" + tail(log)).isTrue();
        }
        assertThat(Files.readString(log)).contains("Commencing graceful shutdown");
    }

    @Test
    void theCommandLineRunsInTheImageAndDrawsDiagramsWithItsFonts() throws Exception {
        Files.writeString(root.resolve("tmp/plan.json"), ExamplePlans.demo().json());
        Result export = run(inContainer(List.of("export", "/tmp/plan.json", "--format", "png", "--out",
                "/tmp/plan.png"), environment()));
        assertThat(export.exitCode()).as(export.output()).isZero();
        var png = ImageIO.read(root.resolve("tmp/plan.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(800);
        Result recommend = run(inContainer(List.of("recommend", "/tmp/plan.json"), environment()));
        assertThat(recommend.exitCode()).as(recommend.output()).isZero();
        assertThat(recommend.output()).contains("\"firewallRules\"");
    }

    /**
     * Not the mount points the runtime fills (/proc, /dev), nor what the planner wrote into its volume and /tmp
     * while another test ran.
     */
    private static boolean fromTheImage(Path file) {
        Path path = root.relativize(file);
        boolean written = (path.startsWith("data") || path.startsWith("tmp")) && path.getNameCount() > 1;
        return !(path.startsWith("proc") || path.startsWith("dev") || written);
    }

    /** The image's entrypoint plus {@code arguments}, as the image's user, with exactly {@code environment}. */
    private static ProcessBuilder inContainer(List<String> arguments, Map<String, String> environment) {
        String userAndGroup = config.path("User").asString();
        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork",
                "--kill-child", "/bin/sh", "-c", "/bin/mount -t proc proc \"$0/proc\" && /bin/mount --rbind /dev "
                        + "\"$0/dev\" && exec /usr/sbin/chroot --userspec=" + userAndGroup + " \"$0\" \"$@\"",
                root.toString()));
        command.addAll(strings(config.path("Entrypoint")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    private static String waitForReadiness(int port, Process container, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            assertThat(container.isAlive()).as("the planner exited\n" + tail(log)).isTrue();
            try {
                HttpResponse<String> response = get(port, "/actuator/health/readiness");
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("not ready within 4 minutes\n" + tail(log));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : strings(config.path("Env"))) {
            int equals = entry.indexOf('=');
            environment.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return environment;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asString()));
        return strings;
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static void exec(List<String> command) throws Exception {
        Result result = run(command, Map.of());
        assertThat(result.exitCode()).as(command + "\n" + result.output()).isZero();
    }

    private static Result run(List<String> command, Map<String, String> extraEnvironment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(extraEnvironment);
        return run(builder);
    }

    private static Result run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private record Result(int exitCode, String output) {
    }
}
