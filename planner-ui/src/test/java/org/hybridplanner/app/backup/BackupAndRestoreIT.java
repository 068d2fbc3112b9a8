package org.hybridplanner.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.hybridplanner.app.PlannerApplication;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.app.cli.PlannerCommandLine;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's journey: plans are saved, a backup is taken through the API while saves go on, the planner stops,
 * the backup is restored into a fresh data directory with {@code planner.jar restore}, the planner starts there,
 * and every plan stored before the backup began is there, whole, and nothing stored after it ended.
 */
class BackupAndRestoreIT {
    private static final String DEMO = ExamplePlans.demo().json();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void backupTakenWhileSavingRestoresIntoAFreshDataDirectory() throws Exception {
        Path zip = temp.resolve("planner-backup.zip");
        String user;
        List<String> storedBeforeBackup = new ArrayList<>();
        ConcurrentLinkedQueue<Stored> storedWhileRunning = new ConcurrentLinkedQueue<>();
        long backupStarted;
        long backupEnded;
        try (ConfigurableApplicationContext planner = start(temp.resolve("data"))) {
            int port = port(planner);
            AccountFixtures.account(planner, "ops", Role.ADMIN);
            AccountFixtures.account(planner, "erin", Role.USER);
            ApiTokenService tokens = planner.getBean(ApiTokenService.class);
            String admin = tokens.issueFor("ops", "backups").orElseThrow().token();
            user = tokens.issueFor("erin", "tests").orElseThrow().token();
            for (int i = 0; i < 3; i++) {
                storedBeforeBackup.add(create(port, user));
            }
            assertThat(send(port, "POST", "/api/admin/backup", null, null).statusCode()).isEqualTo(401);
            assertThat(send(port, "POST", "/api/admin/backup", user, null).statusCode()).isEqualTo(403);
            try (DatabaseBackup.TakenBackup running = planner.getBean(DatabaseBackup.class).take()) {
                HttpResponse<String> second = send(port, "POST", "/api/admin/backup", admin, null);
                assertThat(second.statusCode()).as("one backup at a time").isEqualTo(409);
                assertThat(second.body()).contains("Another backup is being taken");
            }

            AtomicBoolean saving = new AtomicBoolean(true);
            CompletableFuture<Void> saves = CompletableFuture.runAsync(() -> {
                try {
                    String etag = etag(send(port, "GET", "/api/plans/" + storedBeforeBackup.get(0), user, null));
                    while (saving.get()) {
                        long started = System.nanoTime();
                        HttpResponse<String> saved = send(port, "PUT", "/api/plans/" + storedBeforeBackup.get(0),
                                user, DEMO, "If-Match", etag);
                        assertThat(saved.statusCode()).isEqualTo(200);
                        etag = etag(saved);
                        storedWhileRunning.add(new Stored(create(port, user), started, System.nanoTime()));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            TimeUnit.MILLISECONDS.sleep(500);
            backupStarted = System.nanoTime();
            HttpResponse<Path> backup = http.send(request(port, "POST", "/api/admin/backup", admin, null).build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
            backupEnded = System.nanoTime();
            TimeUnit.MILLISECONDS.sleep(500);
            saving.set(false);
            saves.get(30, TimeUnit.SECONDS);

            assertThat(backup.statusCode()).isEqualTo(200);
            assertThat(backup.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    value -> assertThat(value).matches("attachment; filename=\"planner-backup-\\d{8}T\\d{6}Z\\.zip\""));
            try (ZipFile entries = new ZipFile(zip.toFile())) {
                assertThat(entries.stream().map(entry -> entry.getName()).toList()).contains("planner.mv.db");
            }
            assertThat(storedWhileRunning).as("saves went on before and after the backup")
                    .anyMatch(stored -> stored.ended() < backupStarted)
                    .anyMatch(stored -> stored.started() > backupEnded);
            assertThat(temp.resolve("data")).as("the backup's temporary zip is gone")
                    .isDirectoryNotContaining("glob:**.zip");
        }

        Path restored = temp.resolve("restored");
        assertThat(PlannerCommandLine.execute(new String[] {"restore", zip.toString(), "--data-dir",
                restored.toString()})).isZero();
        assertThat(PlannerCommandLine.execute(new String[] {"restore", zip.toString(), "--data-dir",
                restored.toString()})).as("refuses to overwrite a database without --replace").isEqualTo(2);

        try (ConfigurableApplicationContext planner = start(restored)) {
            int port = port(planner);
            String list = send(port, "GET", "/api/plans", user, null).body();
            List<String> expected = new ArrayList<>(storedBeforeBackup);
            storedWhileRunning.stream().filter(stored -> stored.ended() < backupStarted).map(Stored::id)
                    .forEach(expected::add);
            assertThat(list).contains(expected);
            storedWhileRunning.stream().filter(stored -> stored.started() > backupEnded).map(Stored::id)
                    .forEach(id -> assertThat(list).as("stored after the backup").doesNotContain(id));
            for (String id : ids(list)) {
                assertThat(send(port, "GET", "/api/plans/" + id, user, null).statusCode()).isEqualTo(200);
                assertThat(send(port, "GET", "/api/plans/" + id + "/recommendation", user, null).statusCode())
                        .isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(PlannerApplication.class).run("--server.port=0",
                "--planner.data-dir=" + dataDir, "--PLANNER_ADMIN_PASSWORD=backup-test-admin-password");
    }

    private static int port(ConfigurableApplicationContext planner) {
        return Integer.parseInt(planner.getEnvironment().getProperty("local.server.port"));
    }

    private String create(int port, String token) throws Exception {
        HttpResponse<String> created = send(port, "POST", "/api/plans", token, DEMO);
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static List<String> ids(String list) {
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(list);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = request(port, method, path, token, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    /** A plan the saver stored, with when its request started and ended. */
    private record Stored(String id, long started, long ended) {
    }
}
