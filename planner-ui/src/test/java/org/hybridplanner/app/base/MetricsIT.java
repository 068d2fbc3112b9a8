package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Prometheus endpoint on the planner's port: refused without an admin's API token, and after a recommendation,
 * an import, a save, a conflict, an export, a share-link view, wrong passwords and limits hit, its text shows each of
 * the planner's own figures counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.sign-in.failures-per-window=2", "planner.sign-in.failure-window=10m",
                "planner.share.failed-lookups-per-window=2", "planner.share.failed-lookup-window=10m"})
class MetricsIT {
    private static final String DEMO = ExamplePlans.demo().json();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-metrics");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "metrics-test-admin-password");
    }

    @Test
    void prometheusNeedsAnAdminsApiToken() throws Exception {
        AccountFixtures.account(context, "dana", Role.USER);
        String user = tokens.issueFor("dana", "tests").orElseThrow().token();

        HttpResponse<String> anonymous = send("GET", "/actuator/prometheus", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_").doesNotContain("planner_");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(send("GET", "/actuator/prometheus", user, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/prometheus", "htp_" + "x".repeat(43), null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", null, null).statusCode()).as("not exposed: only health and "
                + "prometheus are").isNotEqualTo(200);
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).as("probes stay open").isEqualTo(200);
    }

    @Test
    void countsThePlannersOwnFigures() throws Exception {
        AccountFixtures.account(context, "ops", Role.ADMIN);
        AccountFixtures.account(context, "erin", Role.USER);
        String admin = tokens.issueFor("ops", "prometheus").orElseThrow().token();
        String erin = tokens.issueFor("erin", "tests").orElseThrow().token();
        String before = scrape(admin);

        assertThat(send("POST", "/api/recommendations", erin, DEMO).statusCode()).isEqualTo(200);
        HttpResponse<String> created = send("POST", "/api/plans", erin, DEMO);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = find(ID, created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> saved = send("PUT", "/api/plans/" + id, erin, DEMO, "If-Match", etag);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/plans/" + id, erin, DEMO, "If-Match", etag).statusCode())
                .as("a stale version is a conflict").isEqualTo(412);
        assertThat(send("GET", "/api/plans/" + id + "/exports/pdf", erin, null).statusCode()).isEqualTo(200);
        String link = find(TOKEN, send("POST", "/api/plans/" + id + "/share-links", erin, "{}").body());
        assertThat(send("GET", "/shared/" + link, null, null).statusCode()).isEqualTo(200);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn(browser, "erin", "not-erins-password");
        }
        for (int guess = 0; guess < 3; guess++) {
            send("GET", "/api/shared/" + "g".repeat(42) + guess, null, null);
        }

        String after = scrape(admin);
        assertThat(increase(before, after, "planner_recommendations_seconds_count", ""))
                .as("recommendation, plan stored, saves, export").isGreaterThanOrEqualTo(4);
        assertThat(increase(before, after, "planner_imports_seconds_count", "outcome=\"valid\"")).isEqualTo(4);
        assertThat(increase(before, after, "planner_plan_saves_total", "outcome=\"saved\"")).isEqualTo(1);
        assertThat(increase(before, after, "planner_plan_saves_total", "outcome=\"conflict\"")).isEqualTo(1);
        assertThat(increase(before, after, "planner_exports_seconds_count", "format=\"pdf\"")).isEqualTo(1);
        assertThat(increase(before, after, "planner_share_link_uses_total", "access=\"view\"")).isEqualTo(1);
        assertThat(increase(before, after, "planner_sign_in_failures_total", "")).isEqualTo(2);
        assertThat(increase(before, after, "planner_limits_hit_total", "limit=\"sign-in\"")).isEqualTo(1);
        assertThat(increase(before, after, "planner_limits_hit_total", "limit=\"too-many-requests\"")).isEqualTo(1);
        assertThat(after).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }

    private String scrape(String token) throws Exception {
        HttpResponse<String> response = send("GET", "/actuator/prometheus", token, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** How much a sample grew between two scrapes; {@code label} picks one series (empty: the only one). */
    private static double increase(String before, String after, String name, String label) {
        return value(after, name, label) - value(before, name, label);
    }

    private static double value(String scrape, String name, String label) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce((a, b) -> {
                    throw new AssertionError(name + " " + label + " matches more than one series");
                })
                .orElse(0);
    }

    private void signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = find(CSRF_META, page.body());
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
