package org.hybridplanner.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.hybridplanner.app.Bursts;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merge route through real HTTP: {@code POST /api/plans/{id}/merge} with the base ETag in If-Match merges the
 * client's plan with whatever was saved since; PUT keeps its 412. A burst of merges from one base loses no edit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanMergeApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-merge-api");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "merge-test-admin-password");
    }

    @BeforeEach
    void accountWithToken() {
        AccountFixtures.account(context, "merger", Role.USER);
        token = tokens.issueFor("merger", "tests").orElseThrow().token();
    }

    @Test
    void editsOfDifferentFieldsFromOneBaseAreBothKeptAndTheAnswerIsTheMergedPlanWithItsETag() throws Exception {
        Stored base = create();

        HttpResponse<String> first = merge(base, plan -> factory(plan).put("name", "adf-renamed"));
        HttpResponse<String> second = merge(base, plan -> factory(plan).put("region", "northeurope"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode merged = JSON.readTree(second.body());
        assertThat(merged.path("dataFactory").path("name").asString()).isEqualTo("adf-renamed");
        assertThat(merged.path("dataFactory").path("region").asString()).isEqualTo("northeurope");
        HttpResponse<String> latest = send("GET", "/api/plans/" + base.id, null, null);
        assertThat(JSON.readTree(latest.body())).isEqualTo(merged);
        assertThat(second.headers().firstValue("ETag")).isEqualTo(latest.headers().firstValue("ETag"));
    }

    @Test
    void theSameFieldChangedDifferentlyIs409ListingBothValuesAndSavesNothing() throws Exception {
        Stored base = create();
        assertThat(merge(base, plan -> factory(plan).put("region", "northeurope")).statusCode()).isEqualTo(200);
        String etagAfterTheirs = send("GET", "/api/plans/" + base.id, null, null).headers().firstValue("ETag")
                .orElseThrow();

        HttpResponse<String> conflict = merge(base, plan -> factory(plan).put("region", "uksouth"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(conflict.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://hybridplanner.org/problems/merge-conflict");
        JsonNode field = problem.path("conflicts").get(0);
        assertThat(field.path("element").asString()).isEqualTo("SETTINGS");
        assertThat(field.path("field").asString()).isEqualTo("REGION");
        assertThat(field.path("base").asString()).isEqualTo("westeurope");
        assertThat(field.path("yours").asString()).isEqualTo("uksouth");
        assertThat(field.path("theirs").asString()).isEqualTo("northeurope");
        assertThat(problem.path("currentETag").asString()).isEqualTo(etagAfterTheirs);
        JsonNode stored = JSON.readTree(send("GET", "/api/plans/" + base.id, null, null).body());
        assertThat(stored.path("dataFactory").path("region").asString()).isEqualTo("northeurope");
    }

    @Test
    void putKeepsItsPreconditionAndAMergeNeedsAnETagTheServerStillHas() throws Exception {
        Stored base = create();
        assertThat(merge(base, plan -> factory(plan).put("name", "adf-renamed")).statusCode()).isEqualTo(200);

        assertThat(send("PUT", "/api/plans/" + base.id, base.etag, base.plan.toString()).statusCode())
                .as("PUT with a stale ETag").isEqualTo(412);
        assertThat(send("POST", "/api/plans/" + base.id + "/merge", "\"7-0f6e5d4c3b2a49188776655443322110\"",
                base.plan.toString()).statusCode()).as("a base the server never had").isEqualTo(412);
        assertThat(send("POST", "/api/plans/" + base.id + "/merge", null, base.plan.toString()).statusCode())
                .as("no If-Match").isEqualTo(428);
    }

    @Test
    void aBurstOfMergesFromOneBaseEachRenamingAnotherStoreLosesNoEdit() throws Exception {
        Stored base = create();
        int stores = base.plan.path("dataStores").size();
        ExecutorService pool = Executors.newFixedThreadPool(stores);
        List<Integer> statuses;
        try {
            statuses = Bursts.results(Bursts.start(pool, stores, n -> merge(base,
                    plan -> ((ObjectNode) plan.path("dataStores").get(n)).put("name", "Renamed " + n)).statusCode()));
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(200);
        JsonNode stored = JSON.readTree(send("GET", "/api/plans/" + base.id, null, null).body());
        List<String> names = new ArrayList<>();
        stored.path("dataStores").forEach(store -> names.add(store.path("name").asString()));
        for (int n = 0; n < stores; n++) {
            assertThat(names).contains("Renamed " + n);
        }
    }

    private record Stored(String id, String etag, JsonNode plan) {
    }

    private Stored create() throws Exception {
        HttpResponse<String> created = send("POST", "/api/plans", null, ExamplePlans.demo().json());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> got = send("GET", "/api/plans/" + id, null, null);
        return new Stored(id, got.headers().firstValue("ETag").orElseThrow(), JSON.readTree(got.body()));
    }

    private HttpResponse<String> merge(Stored base, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode plan = (ObjectNode) base.plan.deepCopy();
        edit.accept(plan);
        return send("POST", "/api/plans/" + base.id + "/merge", base.etag, plan.toString());
    }

    private static ObjectNode factory(ObjectNode plan) {
        return (ObjectNode) plan.path("dataFactory");
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
