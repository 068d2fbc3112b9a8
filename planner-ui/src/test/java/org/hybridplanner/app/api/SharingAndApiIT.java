package org.hybridplanner.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.export.ExportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API and the shared pages through real HTTP against the planner on a random port: every route's success
 * and refusal, ownership (another account's plan is 404), If-Match, expired and revoked links, the shared page's
 * headers and statelessness, and the guess limit (last, since it blocks the test client's address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.share.failed-lookups-per-window=20", "planner.share.failed-lookup-window=10m",
                "planner.sign-in.failures-per-window=3", "planner.sign-in.failure-window=10m"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharingAndApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEMO = ExamplePlans.demo().json();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShareLinkService shareLinks;

    private final HttpClient http = HttpClient.newHttpClient();
    private String alice;
    private String bob;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-api");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "api-test-admin-password");
    }

    @BeforeEach
    void accountsWithTokens() {
        AccountFixtures.account(context, "alice", Role.USER);
        AccountFixtures.account(context, "bob", Role.USER);
        alice = tokens.issueFor("alice", "tests").orElseThrow().token();
        bob = tokens.issueFor("bob", "tests").orElseThrow().token();
    }

    @Test
    @Order(1)
    void recommendsAPlanWithoutStoringIt() throws Exception {
        AccountFixtures.account(context, "carol", Role.USER);
        String carol = tokens.issueFor("carol", "tests").orElseThrow().token();
        HttpResponse<String> response = send("POST", "/api/recommendations", carol, DEMO);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("runtimes").isArray()).isTrue();
        assertThat(json(response).path("firewallRules").size()).isPositive();
        assertThat(json(send("GET", "/api/plans", carol, null))).isEmpty();
    }

    @Test
    @Order(1)
    void listsEveryProblemOfAnInvalidPlanWithItsPath() throws Exception {
        String bad = """
                {"schemaVersion": 1, "name": "Bad", "dataFactory": {"name": "adf-1", "region": "westeurope"},
                 "locations": [{"id": "dc", "kind": "ON_PREMISES", "egressIps": ["203.0.113.300"]}],
                 "dataStores": [{"id": "s1", "type": "NO_SUCH_STORE", "location": "dc"}],
                 "flows": [{"id": "f1", "source": "s1", "sink": "missing"}]}
                """;
        HttpResponse<String> response = send("POST", "/api/recommendations", alice, bad);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> paths = new ArrayList<>();
        json(response).path("problems").forEach(p -> paths.add(p.path("path").asString()));
        assertThat(paths).contains("$.locations[0].egressIps[0]", "$.dataStores[0].type", "$.flows[0].sink");
        assertThat(send("POST", "/api/recommendations", alice, "{not json").statusCode()).isEqualTo(422);
    }

    @Test
    @Order(1)
    void refusesRequestsWithoutAValidToken() throws Exception {
        HttpResponse<String> none = send("POST", "/api/recommendations", null, DEMO);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(send("GET", "/api/plans", "htp_" + "x".repeat(43), null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/plans", "not-a-token", null).statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    @Order(1)
    void revokedApiTokenNoLongerWorks() throws Exception {
        CreatedApiToken created = tokens.issueFor("alice", "to revoke").orElseThrow();
        assertThat(created.summary().lastUsedAt()).isNull();
        HttpResponse<String> used = send("GET", "/api/plans", created.token(), null);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(used.headers().firstValue("Set-Cookie")).as("a signed API call keeps no session").isEmpty();
        AccountFixtures.signIn(AccountFixtures.account(context, "alice", Role.USER), "alice", Role.USER);
        try {
            assertThat(tokens.list()).filteredOn(t -> t.id() == created.summary().id()).singleElement()
                    .satisfies(t -> assertThat(t.lastUsedAt()).as("the use is recorded").isNotNull());
            tokens.revoke(created.summary().id());
        } finally {
            AccountFixtures.signOut();
        }
        assertThat(send("GET", "/api/plans", created.token(), null).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(1)
    void storesReadsUpdatesAndDeletesAPlanWithVersionChecks() throws Exception {
        HttpResponse<String> created = send("POST", "/api/plans", alice, DEMO);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).path("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/plans/" + id);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> read = send("GET", "/api/plans/" + id, alice, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue(etag);
        assertThat(json(read).path("name").asString()).isNotBlank();
        assertThat(json(send("GET", "/api/plans", alice, null)).toString()).contains(id);

        String renamed = read.body().replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Renamed by API\"");
        assertThat(send("PUT", "/api/plans/" + id, alice, renamed).statusCode()).as("no If-Match").isEqualTo(428);
        HttpResponse<String> updated = send("PUT", "/api/plans/" + id, alice, renamed, "If-Match", etag);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(send("PUT", "/api/plans/" + id, alice, renamed, "If-Match", etag).statusCode())
                .as("stale version").isEqualTo(412);
        assertThat(send("PUT", "/api/plans/" + id, alice, "{}", "If-Match",
                updated.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(422);

        assertThat(json(send("GET", "/api/plans/" + id + "/versions", alice, null)).size()).isEqualTo(2);
        HttpResponse<String> recommendation = send("GET", "/api/plans/" + id + "/recommendation", alice, null);
        assertThat(recommendation.statusCode()).isEqualTo(200);
        assertThat(json(recommendation).path("runtimes").size()).isPositive();

        assertThat(send("DELETE", "/api/plans/" + id, alice, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/plans/" + id, alice, null).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(1)
    void exportsEveryFormatWithItsMediaTypeAndFileName() throws Exception {
        String id = createPlan(alice);
        for (ExportFormat format : ExportFormat.values()) {
            HttpResponse<byte[]> response = sendBytes("/api/plans/" + id + "/exports/" + format.cliName(), alice);
            assertThat(response.statusCode()).as(format.cliName()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType());
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment").contains("." + format.extension());
            assertThat(response.body()).as(format.cliName()).isNotEmpty();
        }
        assertThat(new String(sendBytes("/api/plans/" + id + "/exports/pdf", alice).body(), 0, 5,
                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(send("GET", "/api/plans/" + id + "/exports/docx", alice, null).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(1)
    void anotherAccountsPlanIsNotFoundOnEveryRoute() throws Exception {
        String id = createPlan(alice);
        String etag = send("GET", "/api/plans/" + id, alice, null).headers().firstValue("ETag").orElseThrow();
        for (String path : List.of("/api/plans/" + id, "/api/plans/" + id + "/versions",
                "/api/plans/" + id + "/recommendation", "/api/plans/" + id + "/exports/pdf",
                "/api/plans/" + id + "/share-links")) {
            HttpResponse<String> response = send("GET", path, bob, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("alice");
        }
        assertThat(send("PUT", "/api/plans/" + id, bob, DEMO, "If-Match", etag).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/plans/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/plans/" + id + "/share-links", bob, "{}").statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/api/plans", bob, null)).toString()).doesNotContain(id);
        assertThat(send("GET", "/api/plans/" + id, alice, null).statusCode()).as("still there").isEqualTo(200);
    }

    @Test
    @Order(1)
    void viewLinkOpensAStatelessReadOnlyPageAndItsDownloads() throws Exception {
        String id = createPlan(alice);
        HttpResponse<String> created = send("POST", "/api/plans/" + id + "/share-links", alice,
                "{\"label\": \"network team\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).path("token").asString();
        assertThat(token).hasSize(43);
        assertThat(jdbc.queryForList("select token_hash from share_link", String.class)).doesNotContain(token);

        HttpResponse<String> page = send("GET", "/shared/" + token, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Robots-Tag").orElseThrow()).contains("noindex");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session per visitor").isEmpty();
        assertThat(page.body()).contains("<svg", "Firewall rules", "Read-only", "/exports/pdf")
                .doesNotContain("<script");
        HttpResponse<byte[]> pdf = sendBytes("/shared/" + token + "/exports/pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(sendBytes("/shared/" + token + "/exports/csv", null).headers().firstValue("Content-Type")
                .orElseThrow()).startsWith("text/csv");

        HttpResponse<String> api = send("GET", "/api/shared/" + token, null, null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(json(api).path("plan").path("name").asString()).isNotBlank();
        assertThat(json(api).path("recommendation").path("runtimes").size()).isPositive();
        assertThat(sendBytes("/api/shared/" + token + "/exports/azure-cli", null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/shared/" + token, null, "").statusCode()).as("read-only").isEqualTo(403);

        JsonNode links = json(send("GET", "/api/plans/" + id + "/share-links", alice, null));
        assertThat(links.get(0).path("useCount").asLong()).isEqualTo(5);
        assertThat(links.get(0).path("lastUsedAt").isNull()).isFalse();
        assertThat(links.get(0).path("label").asString()).isEqualTo("network team");
        assertThat(links.toString()).doesNotContain(token);
    }

    @Test
    @Order(1)
    void escapesMarkupAndDirectionOverridesInThePlan() throws Exception {
        String hostile = DEMO.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"",
                "\"name\": \"<script>alert(1)</script> \\u202Egnp.exe\"");
        HttpResponse<String> stored = send("POST", "/api/plans", alice, hostile);
        if (stored.statusCode() == 422) {
            // The planner's name rules refuse such names outright, which is as safe as escaping them.
            assertThat(stored.body()).contains("$.name");
            return;
        }
        String id = json(stored).path("id").asString();
        String token = json(send("POST", "/api/plans/" + id + "/share-links", alice, "{}")).path("token").asString();
        String page = send("GET", "/shared/" + token, null, null).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    @Order(1)
    void revokedAndExpiredLinksAnswer404And410WithAFriendlyPage() throws Exception {
        String id = createPlan(alice);
        JsonNode revokedLink = json(send("POST", "/api/plans/" + id + "/share-links", alice, "{}"));
        String revoked = revokedLink.path("token").asString();
        assertThat(send("GET", "/shared/" + revoked, null, null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/plans/" + id + "/share-links/" + revokedLink.path("link").path("id")
                .asLong(), bob, null).statusCode()).as("not bob's").isEqualTo(404);
        assertThat(send("DELETE", "/api/plans/" + id + "/share-links/" + revokedLink.path("link").path("id")
                .asLong(), alice, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send("GET", "/shared/" + revoked, null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Link not found", "Ask the person who shared");
        assertThat(send("GET", "/api/shared/" + revoked, null, null).statusCode()).isEqualTo(404);

        JsonNode expiring = json(send("POST", "/api/plans/" + id + "/share-links", alice, "{\"expiresInDays\": 1}"));
        jdbc.update("update share_link set expires_at = created_at where id = ?",
                expiring.path("link").path("id").asLong());
        HttpResponse<String> expired = send("GET", "/shared/" + expiring.path("token").asString(), null, null);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Link expired");
        assertThat(expired.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(send("GET", "/api/shared/" + expiring.path("token").asString(), null, null).statusCode())
                .isEqualTo(410);
        assertThat(send("POST", "/api/plans/" + id + "/share-links", alice, "{\"expiresInDays\": 0}").statusCode())
                .as("no expiry needs an admin's permission").isEqualTo(400);
        HttpResponse<String> hostile = send("POST", "/api/plans/" + id + "/share-links", alice,
                "{\"label\": \"<script>alert(1)</script>\"}");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(json(hostile).path("detail").asString()).startsWith("Label must not contain '<'");
        assertThat(send("POST", "/api/plans/" + id + "/share-links", alice, "{\"label\": \"gnp.\u202Eexe\"}")
                .body()).contains("direction control character (U+202E)");
    }

    @Test
    @Order(1)
    void editLinkLetsASignedInUserEditUntilTheOwnerRevokesIt() throws Exception {
        String id = createPlan(alice);
        HttpResponse<String> created = send("POST", "/api/plans/" + id + "/share-links", alice,
                "{\"access\": \"EDIT\", \"label\": \"bob edits\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).path("token").asString();
        long linkId = json(created).path("link").path("id").asLong();
        assertThat(json(created).path("pagePath").asString()).isEqualTo("/edit-link/" + token);
        assertThat(send("POST", "/api/plans/" + id + "/share-links", alice, "{\"access\": \"EDIT\", "
                + "\"versionId\": 1}").statusCode()).as("edit links cannot be pinned").isEqualTo(400);

        // Without an account an edit link shows nothing: the page sends the holder to the planner's sign-in.
        HttpResponse<String> page = send("GET", "/shared/" + token, null, null);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/edit-link/" + token);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> api = send("GET", "/api/shared/" + token, null, null);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("edit link").doesNotContain("Contoso");
        HttpResponse<String> planner = send("GET", "/edit-link/" + token, null, null);
        assertThat(planner.body()).doesNotContain("Contoso");
        assertThat(planner.headers().firstValue("Referrer-Policy")).as("the secret never leaves the site")
                .hasValue("same-origin");
        assertThat(send("GET", "/api/plans/" + id, bob, null).statusCode()).as("not before joining").isEqualTo(404);

        joinAs("bob", token);
        HttpResponse<String> read = send("GET", "/api/plans/" + id, bob, null);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String renamed = read.body().replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Bob's edit\"");
        assertThat(send("PUT", "/api/plans/" + id, bob, renamed, "If-Match", etag).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/plans/" + id, bob, renamed, "If-Match", etag).statusCode())
                .as("the same conflict handling as the owner").isEqualTo(412);
        JsonNode bobsList = json(send("GET", "/api/plans", bob, null));
        JsonNode row = null;
        for (JsonNode plan : bobsList) {
            row = plan.path("id").asString().equals(id) ? plan : row;
        }
        assertThat(row).isNotNull();
        assertThat(row.path("owner").asString()).isEqualTo("alice");
        assertThat(row.path("yours").asBoolean()).isFalse();
        assertThat(send("DELETE", "/api/plans/" + id, bob, null).statusCode()).as("owner only").isEqualTo(404);
        assertThat(send("GET", "/api/plans/" + id + "/share-links", bob, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/plans/" + id + "/share-links", bob, "{}").statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/api/plans/" + id, alice, null)).path("name").asString()).isEqualTo("Bob's edit");
        assertThat(json(send("GET", "/api/plans/" + id + "/share-links", alice, null)).get(0).path("useCount")
                .asLong()).isEqualTo(1);

        assertThat(send("DELETE", "/api/plans/" + id + "/share-links/" + linkId, alice, null).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/plans/" + id, bob, null).statusCode()).as("revoked").isEqualTo(404);
        assertThat(json(send("GET", "/api/plans", bob, null)).toString()).doesNotContain(id);

        // An edit right lasts as long as its link: it carries the link's expiry.
        JsonNode expiring = json(send("POST", "/api/plans/" + id + "/share-links", alice,
                "{\"access\": \"EDIT\", \"expiresInDays\": 1}"));
        joinAs("bob", expiring.path("token").asString());
        long expiringId = expiring.path("link").path("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from plan_edit_grant g join share_link l on "
                + "l.id = g.share_link_id where l.id = ? and g.expires_at = l.expires_at", Long.class, expiringId))
                .isEqualTo(1);
        assertThat(send("GET", "/api/plans/" + id, bob, null).statusCode()).isEqualTo(200);
        jdbc.update("update plan_edit_grant set expires_at = granted_at where share_link_id = ?", expiringId);
        assertThat(send("GET", "/api/plans/" + id, bob, null).statusCode()).as("expired").isEqualTo(404);
    }

    @Test
    @Order(1)
    void pinsALinkToASavedVersion() throws Exception {
        String id = createPlan(alice);
        long first = json(send("GET", "/api/plans/" + id + "/versions", alice, null)).get(0).path("id").asLong();
        HttpResponse<String> read = send("GET", "/api/plans/" + id, alice, null);
        String renamed = read.body().replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Second version\"");
        send("PUT", "/api/plans/" + id, alice, renamed, "If-Match", read.headers().firstValue("ETag").orElseThrow());
        String pinned = json(send("POST", "/api/plans/" + id + "/share-links", alice,
                "{\"versionId\": " + first + "}")).path("token").asString();
        String latest = json(send("POST", "/api/plans/" + id + "/share-links", alice, "{}")).path("token").asString();
        assertThat(json(send("GET", "/api/shared/" + pinned, null, null)).path("plan").path("name").asString())
                .isNotEqualTo("Second version");
        assertThat(json(send("GET", "/api/shared/" + latest, null, null)).path("plan").path("name").asString())
                .isEqualTo("Second version");
        assertThat(send("POST", "/api/plans/" + id + "/share-links", alice, "{\"versionId\": 999999}").statusCode())
                .isEqualTo(400);
    }

    @Test
    @Order(1)
    void aLinkViewedBeforeASaveShowsTheSaveAtOnceAndNothingOnceThePlanIsDeleted() throws Exception {
        String id = createPlan(alice);
        String latest = json(send("POST", "/api/plans/" + id + "/share-links", alice, "{}")).path("token").asString();
        JsonNode before = json(send("GET", "/api/shared/" + latest, null, null));
        assertThat(json(send("GET", "/api/shared/" + latest, null, null))).as("viewed again, unchanged")
                .isEqualTo(before);

        HttpResponse<String> read = send("GET", "/api/plans/" + id, alice, null);
        String renamed = read.body().replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"",
                "\"name\": \"Saved after a view\"");
        assertThat(send("PUT", "/api/plans/" + id, alice, renamed, "If-Match", read.headers().firstValue("ETag")
                .orElseThrow()).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/api/shared/" + latest, null, null)).path("plan").path("name").asString())
                .isEqualTo("Saved after a view");
        assertThat(send("GET", "/shared/" + latest, null, null).body()).contains("Saved after a view");

        assertThat(send("DELETE", "/api/plans/" + id, alice, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/shared/" + latest, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(1)
    void refusesMalformedRequestsWithProblemDetailsNeverARedirectOrThePlannersPage() throws Exception {
        String id = createPlan(alice);
        HttpResponse<String> malformed = send("POST", "/api/plans/" + id + "/share-links", alice, "{\"label\": ");
        assertProblem(malformed, 400);
        assertThat(json(malformed).path("detail").asString()).startsWith("The request body is not valid JSON");

        HttpResponse<String> text = send("POST", "/api/recommendations", alice, DEMO, "Content-Type", "text/plain");
        assertProblem(text, 415);
        assertThat(text.headers().firstValue("Accept")).hasValue("application/json");
        assertThat(json(text).path("detail").asString()).contains("application/json", "text/plain");
        assertProblem(send("PUT", "/api/plans/" + id, alice, DEMO, "Content-Type", "application/xml", "If-Match",
                "\"1\""), 415);

        HttpResponse<String> patch = send("PATCH", "/api/plans/" + id, alice, DEMO);
        assertProblem(patch, 405);
        assertThat(patch.headers().firstValue("Allow").orElseThrow()).contains("GET", "PUT", "DELETE");
        assertProblem(send("DELETE", "/api/recommendations", alice, null), 405);

        HttpResponse<String> unknown = send("GET", "/api/no-such-route", alice, null);
        assertProblem(unknown, 404);
        assertThat(json(unknown).path("detail").asString()).contains("/api/no-such-route");
        HttpResponse<String> anonymous = send("GET", "/api/shared/x/y", null, null);
        assertProblem(anonymous, 404);
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session for an anonymous caller").isEmpty();
    }

    @Test
    @Order(1)
    void aForeignEntityTagIsAFailedPreconditionAndAMalformedPlanIdIsNotFound() throws Exception {
        String id = createPlan(alice);
        HttpResponse<String> stale = send("PUT", "/api/plans/" + id, alice, DEMO, "If-Match", "\"stale-0\"");
        assertProblem(stale, 412);
        assertThat(send("PUT", "/api/plans/" + UUID.randomUUID(), alice, DEMO, "If-Match", "\"stale-0\"")
                .statusCode()).as("no such plan").isEqualTo(404);
        assertProblem(send("PUT", "/api/plans/" + id, alice, DEMO, "If-Match", "stale"), 412);

        HttpResponse<String> malformedId = send("GET", "/api/plans/not-a-uuid", alice, null);
        assertProblem(malformedId, 404);
        HttpResponse<String> unknownId = send("GET", "/api/plans/" + UUID.randomUUID(), alice, null);
        assertThat(json(malformedId).path("detail").asString()).as("like any unknown plan")
                .isEqualTo(json(unknownId).path("detail").asString());
        assertProblem(send("DELETE", "/api/plans/not-a-uuid/share-links/x", alice, null), 404);
    }

    /** A problem-details answer: the status, RFC 9457's media type, never a redirect or the planner's HTML. */
    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.uri().toString())
                .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
    }

    @Test
    @Order(1)
    void openApiDescriptionNamesEveryRoute() throws Exception {
        HttpResponse<String> description = send("GET", "/api/openapi.yaml", null, null);
        assertThat(description.statusCode()).isEqualTo(200);
        Pattern mapping = Pattern.compile("@(?:Get|Post|Put|Delete)Mapping\\((?:path = )?\"([^\"]*)\"");
        List<String> routes = new ArrayList<>();
        for (String controller : List.of("PlansApiController", "RecommendationsApiController",
                "ShareLinksApiController")) {
            String source = Files.readString(Path.of("src/main/java/org/hybridplanner/app/api/" + controller
                    + ".java"));
            Matcher prefix = Pattern.compile("@RequestMapping\\(\"([^\"]*)\"\\)").matcher(source);
            String base = prefix.find() ? prefix.group(1) : "";
            Matcher m = mapping.matcher(source);
            while (m.find()) {
                routes.add(base + m.group(1));
            }
            if (source.contains("@GetMapping(produces") || source.contains("@PostMapping(produces")) {
                routes.add(base);
            }
        }
        routes.add("/api/shared/{token}");
        routes.add("/api/shared/{token}/exports/{format}");
        assertThat(routes).hasSizeGreaterThan(8);
        routes.forEach(route -> assertThat(description.body()).as(route).contains("  " + route + ":"));
    }

    @Test
    @Order(2)
    void turnsSignInsAwayAfterTooManyWrongPasswordsFromOneAddress() throws Exception {
        assertThat(signIn("admin", "api-test-admin-password")).as("the right password").doesNotContain("error");
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("admin", "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(signIn("admin", "api-test-admin-password")).as("blocked, right password or not")
                .endsWith("/login?blocked");
        assertThat(send("GET", "/api/plans", alice, null).statusCode()).as("API tokens are not affected")
                .isEqualTo(200);
    }

    /** Opens the sign-in page, posts its form with the page's CSRF token and answers where the planner redirects. */
    private String signIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    @Order(3)
    void limitsGuessingPerClientAddress() throws Exception {
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = send("GET", "/shared/" + "A".repeat(40) + String.format("%03d", i), null, null).statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> blocked = send("GET", "/api/shared/" + "B".repeat(43), null, null);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    }

    /** What opening an edit link in the planner does for a signed-in user (the browser path: SharedLinkIT). */
    private void joinAs(String username, String token) {
        AccountFixtures.signIn(AccountFixtures.account(context, username, Role.USER), username, Role.USER);
        try {
            shareLinks.join(token, "test-client");
        } finally {
            AccountFixtures.signOut();
        }
    }

    private String createPlan(String token) throws Exception {
        HttpResponse<String> created = send("POST", "/api/plans", token, DEMO);
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).path("id").asString();
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !List.of(headers).contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> sendBytes(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
