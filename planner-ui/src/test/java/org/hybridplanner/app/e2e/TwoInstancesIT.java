package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hybridplanner.app.Bursts;
import org.hybridplanner.app.account.SignInForm;
import org.hybridplanner.app.plan.PackagedPlanner;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two packaged planners ({@code target/planner.jar}, as child processes on free loopback ports) on one PostgreSQL
 * database, started at the same moment on a new database, behave as one planner: migrations run once, a share link
 * revoked through one is refused by the other, an edit conflict across them is detected (through the API and in the
 * editor), the sign-in and link-guessing limits hold for a burst spread over both, and a password change through one
 * ends the account's sessions on the other. Each run has a database of its own in the cluster {@code test.sh}
 * starts ({@code PLANNER_TEST_POSTGRES_URL}); in CI a missing database fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    private static final Path JAR = Path.of("target", "planner.jar");
    private static final Path MIGRATIONS = Path.of("target", "classes", "db", "migration");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The default {@code planner.share.failed-lookup-window}, which the instances run with. */
    private static final long GUESS_WINDOW_MILLIS = 60_000;
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static String serverUrl;
    private static String user;
    private static String password;
    private static String database;
    private static String databaseUrl;
    private static PackagedPlanner first;
    private static PackagedPlanner second;
    private static String token;
    private static String adminPassword = PackagedPlanner.ADMIN_PASSWORD;

    @BeforeAll
    static void startTwoInstancesTogetherOnANewDatabase() throws Exception {
        serverUrl = System.getenv("PLANNER_TEST_POSTGRES_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PLANNER_TEST_POSTGRES_URL is not set: run the tests through ./test.sh, which starts PostgreSQL");
            }
            Assumptions.abort("PLANNER_TEST_POSTGRES_URL is not set (./test.sh sets it); skipped outside CI");
        }
        user = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_USER", "planner");
        password = System.getenv().getOrDefault("PLANNER_TEST_POSTGRES_PASSWORD", "");
        database = "planner_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, "create database " + database);
        databaseUrl = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");

        Path work = Files.createTempDirectory("planner-two-instances");
        List<String> options = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            List<Future<PackagedPlanner>> instances = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                Path dataDir = Files.createDirectories(work.resolve(name));
                instances.add(starting.submit(() -> {
                    together.await();
                    return PackagedPlanner.start(JAR, dataDir, options);
                }));
            }
            together.countDown();
            first = instances.get(0).get(300, TimeUnit.SECONDS);
            second = instances.get(1).get(300, TimeUnit.SECONDS);
        } finally {
            starting.shutdownNow();
        }
        // The operator's way to an API token; on PostgreSQL it runs beside the running instances.
        token = PackagedPlanner.issueToken(JAR, Files.createDirectories(work.resolve("token")), options);
    }

    @AfterAll
    static void stopInstancesAndDropTheDatabase() throws Exception {
        for (PackagedPlanner instance : Stream.of(first, second).filter(java.util.Objects::nonNull).toList()) {
            instance.close();
        }
        if (database != null) {
            execute(serverUrl, "drop database if exists " + database + " with (force)");
        }
    }

    @Test
    @Order(1)
    void migrationsRanOnceWhenBothStartedTogether() throws Exception {
        Map<String, Integer> applied = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, count(*), bool_and(success)"
                        + " from flyway_schema_history where version is not null group by version")) {
            while (rows.next()) {
                assertThat(rows.getBoolean(3)).as("migration " + rows.getString(1) + " succeeded").isTrue();
                applied.put(rows.getString(1), rows.getInt(2));
            }
        }
        long migrations;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            migrations = files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(applied).hasSize((int) migrations).allSatisfy((version, times) -> assertThat(times)
                .as("migration " + version + " applied").isEqualTo(1));
        List<String> logs = List.of(first.log(), second.log());
        // Flyway takes its advisory lock for each migration, not for the whole run: the two instances may share the
        // work (one applies V1 to V3, the other the rest), but between them they apply each migration once.
        Pattern appliedCount = Pattern.compile("Successfully applied (\\d+) migration");
        int appliedByBoth = logs.stream().flatMap(log -> appliedCount.matcher(log).results())
                .mapToInt(match -> Integer.parseInt(match.group(1))).sum();
        assertThat(appliedByBoth).as("migrations applied by the two instances together").isEqualTo(migrations);
        // Both also ran the first start's admin creation; one may be refused by the database (a WARN), none fails.
        assertThat(logs).allSatisfy(log -> assertThat(log.lines()
                .filter(line -> line.matches("^\\S+\\s+ERROR .*"))).as("errors logged").isEmpty());
        assertThat(String.join("", logs)).contains("Created the 'admin' account");
    }

    @Test
    @Order(2)
    void aShareLinkRevokedThroughOneInstanceIsRefusedByTheOtherAtItsNextRequest() throws Exception {
        String plan = JSON.readTree(api(first, "POST", "/api/plans", ExamplePlans.demo().json(), null).body())
                .path("id").asString();
        JsonNode link = JSON.readTree(api(first, "POST", "/api/plans/" + plan + "/share-links", "{}", null).body());
        String secret = link.path("token").asString();
        assertThat(get(second, "/api/shared/" + secret).statusCode()).isEqualTo(200);
        assertThat(get(second, "/shared/" + secret).statusCode()).isEqualTo(200);

        assertThat(api(first, "DELETE", "/api/plans/" + plan + "/share-links/" + link.path("link").path("id")
                .asLong(), null, null).statusCode()).isEqualTo(204);

        assertThat(get(second, "/api/shared/" + secret).statusCode()).as("refused by the other").isEqualTo(404);
        assertThat(get(second, "/shared/" + secret).statusCode()).isEqualTo(404);
        assertThat(get(first, "/api/shared/" + secret).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aSaveOnOneInstanceMakesTheOtherRefuseASaveBasedOnTheOlderVersion() throws Exception {
        String plan = JSON.readTree(api(first, "POST", "/api/plans", ExamplePlans.demo().json(), null).body())
                .path("id").asString();
        HttpResponse<String> loaded = api(first, "GET", "/api/plans/" + plan, null, null);
        String before = loaded.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> theirs = api(second, "PUT", "/api/plans/" + plan, renamed(loaded.body(), "Theirs"),
                before);
        assertThat(theirs.statusCode()).isEqualTo(200);
        HttpResponse<String> mine = api(first, "PUT", "/api/plans/" + plan, renamed(loaded.body(), "Mine"), before);

        assertThat(mine.statusCode()).as("the older version, on the other instance").isEqualTo(412);
        HttpResponse<String> now = api(first, "GET", "/api/plans/" + plan, null, null);
        assertThat(JSON.readTree(now.body()).path("name").asString()).isEqualTo("Theirs");
        assertThat(now.headers().firstValue("ETag")).hasValue(theirs.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    @Order(4)
    void anEditorOnOneInstanceGetsTheConflictDialogWhenTheOtherSavedFirst() throws Exception {
        Browser.requireChromium();
        String plan = JSON.readTree(api(second, "POST", "/api/plans", ExamplePlans.demo().json(), null).body())
                .path("id").asString();
        try (Browser browser = Browser.open(first.baseUrl() + "/")) {
            LoginPage.open(browser).signIn("admin", adminPassword);
            browser.go("plans/" + plan);
            PlanEditorPage editor = PlanEditorPage.waitFor(browser);

            HttpResponse<String> loaded = api(second, "GET", "/api/plans/" + plan, null, null);
            assertThat(api(second, "PUT", "/api/plans/" + plan, renamed(loaded.body(), "Saved on the other instance"),
                    loaded.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(200);
            editor.rename("Edited on this instance");
            editor.waitForConflict();
            browser.screenshot("two-instances-conflict");

            assertThat(editor.reloadTheirVersion().planName()).isEqualTo("Saved on the other instance");
        }
    }

    @Test
    @Order(5)
    void aBurstOfWrongPasswordsSpreadOverBothInstancesChecksAtMostOneLimit() throws Exception {
        List<SignInForm> forms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            forms.add(SignInForm.open((i % 2 == 0 ? first : second).baseUrl(), "127.0.0.2"));
        }
        List<String> answers = burst(60, i -> forms.get(i).post("wrong-password-" + i));

        long checked = answers.stream().filter(where -> where.endsWith("/login?error")).count();
        long blocked = answers.stream().filter(where -> where.endsWith("/login?blocked")).count();
        System.out.println("two-instance figure: wrong passwords checked in a burst of 60 over two instances: "
                + checked);
        assertThat(checked).as("wrong passwords checked on both together").isLessThanOrEqualTo(10);
        assertThat(checked + blocked).isEqualTo(60);
        assertThat(SignInForm.open(first.baseUrl(), "127.0.0.2").post(adminPassword)).endsWith("/login?blocked");
        assertThat(SignInForm.open(second.baseUrl(), "127.0.0.2").post(adminPassword)).endsWith("/login?blocked");
    }

    @Test
    @Order(6)
    void aBurstOfShareLinkGuessesSpreadOverBothInstancesChecksAtMostOneLimit() throws Exception {
        HttpClient guesser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName("127.0.0.3")).build();
        // The limit is per window (a minute from the epoch): a burst that straddled two would rightly get 20 in each.
        long window = awaitFreshGuessWindow();
        List<Integer> statuses = burst(200, i -> guesser.send(HttpRequest.newBuilder(URI.create(
                (i % 2 == 0 ? first : second).baseUrl() + "/api/shared/" + String.format("%043d", i))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        long checked = statuses.stream().filter(status -> status == 404).count();
        System.out.println("two-instance figure: share-link guesses checked in a burst of 200 over two instances: "
                + checked);
        assertThat(System.currentTimeMillis() / GUESS_WINDOW_MILLIS).as("the burst stayed in one window")
                .isEqualTo(window);
        assertThat(checked).as("guesses checked on both together").isLessThanOrEqualTo(20);
        assertThat(statuses).containsOnly(404, 429);
    }

    @Test
    @Order(7)
    void twoHundredSimultaneousLookupsOfAValidLinkFromOneAddressSpreadOverBothInstancesAllAnswer200()
            throws Exception {
        String plan = JSON.readTree(api(first, "POST", "/api/plans", ExamplePlans.demo().json(), null).body())
                .path("id").asString();
        String secret = JSON.readTree(api(second, "POST", "/api/plans/" + plan + "/share-links", "{}", null).body())
                .path("token").asString();
        // Viewers behind one office's NAT, sent to either instance by the load balancer; neither has seen the link.
        HttpClient viewers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName("127.0.0.4")).build();
        List<Integer> statuses = burst(200, i -> viewers.send(HttpRequest.newBuilder(URI.create(
                (i % 2 == 0 ? first : second).baseUrl() + "/api/shared/" + secret)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        System.out.println("two-instance figure: answers to 200 lookups of a valid link over two instances: "
                + statuses.stream().collect(java.util.stream.Collectors.groupingBy(status -> status,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        assertThat(statuses).hasSize(200).containsOnly(200);
    }

    @Test
    @Order(8)
    void aPasswordChangeThroughOneInstanceEndsTheAccountsSessionOnTheOther() throws Exception {
        Browser.requireChromium();
        HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(elsewhere, second, "admin", adminPassword);
        assertThat(page(elsewhere, second, "/").statusCode()).as("signed in on the other instance").isEqualTo(200);

        try (Browser browser = Browser.open(first.baseUrl() + "/")) {
            LoginPage.open(browser).signIn("admin", adminPassword);
            String changed = adminPassword + "-changed";
            YourAccountPage.open(browser).changePassword(adminPassword, changed);
            adminPassword = changed;

            assertThat(page(elsewhere, second, "/").statusCode()).as("the session on the other instance ended")
                    .isEqualTo(302);
            browser.go("");
            assertThat(browser.isPresent("plans-grid")).as("the session that changed it stays").isTrue();
        }
        HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(again, second, "admin", adminPassword);
        assertThat(page(again, second, "/").statusCode()).isEqualTo(200);
    }

    /**
     * What an open editor meets when its instance is stopped gracefully (SIGTERM) before its autosave: the stopping
     * instance saves the edit that waited for the autosave while its database is still there (it used to be lost:
     * the editor's save on leaving ran after the connection pool had closed), and the load balancer's next request,
     * to the other instance, finds no session: the browser is asked to sign in again, and finds the edit.
     */
    @Test
    @Order(9)
    void anEditorWhoseInstanceStopsBeforeItsAutosaveKeepsThatEditAndSignsInAgainOnTheOther() throws Exception {
        Browser.requireChromium();
        String plan = JSON.readTree(api(second, "POST", "/api/plans", ExamplePlans.demo().json(), null).body())
                .path("id").asString();
        try (Browser browser = Browser.open(first.baseUrl() + "/")) {
            LoginPage.open(browser).signIn("admin", adminPassword);
            browser.go("plans/" + plan);
            PlanEditorPage.waitFor(browser).rename("Typed just before the instance stopped");
            first.close();

            assertThat(JSON.readTree(api(second, "GET", "/api/plans/" + plan, null, null).body()).path("name")
                    .asString()).as("the edit made just before the stop").isEqualTo(
                            "Typed just before the instance stopped");
            assertThat(first.log()).doesNotContain("Could not save plan");

            // The load balancer sends the browser to the other instance, which has no such session.
            browser.goToAddress(second.baseUrl() + "/plans/" + plan);
            browser.screenshot("two-instances-after-stop");
            assertThat(new LoginPage(browser).isShown()).as("asked to sign in again").isTrue();
        }
    }

    private static void signIn(HttpClient browser, PackagedPlanner instance, String username, String password)
            throws Exception {
        Matcher csrf = CSRF_META.matcher(page(browser, instance, "/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(instance.baseUrl() + "/");
    }

    private static HttpResponse<String> page(HttpClient browser, PackagedPlanner instance, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(PackagedPlanner instance, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An API call with the admin's token; {@code ifMatch} null for none. */
    private static HttpResponse<String> api(PackagedPlanner instance, String method, String path, String body,
            String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String renamed(String planJson, String name) {
        ObjectNode plan = (ObjectNode) JSON.readTree(planJson);
        plan.put("name", name);
        return JSON.writeValueAsString(plan);
    }

    /** Runs {@code count} calls at once and answers their results. */
    private static <T> List<T> burst(int count, Bursts.Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            return Bursts.results(Bursts.start(pool, count, call));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The guess limit's window number, waiting for the next window first when less than 30 s of this one are left. */
    private static long awaitFreshGuessWindow() throws InterruptedException {
        long left = GUESS_WINDOW_MILLIS - System.currentTimeMillis() % GUESS_WINDOW_MILLIS;
        if (left < 30_000) {
            Thread.sleep(left + 100);
        }
        return System.currentTimeMillis() / GUESS_WINDOW_MILLIS;
    }

    private static void execute(String url, String sql) throws IOException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IOException("could not run '" + sql + "' on " + url, e);
        }
    }

}
