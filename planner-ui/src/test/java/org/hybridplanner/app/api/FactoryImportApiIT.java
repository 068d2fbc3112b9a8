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
import java.util.concurrent.CompletableFuture;
import org.hybridplanner.app.FactoryExports;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
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

/** {@code POST /api/plans/from-data-factory} through real HTTP: created, refused by file name, limits under a burst. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FactoryImportApiIT {
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
        Path dataDir = Files.createTempDirectory("planner-import-api");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "import-test-admin-password");
    }

    @BeforeEach
    void accountWithToken() {
        AccountFixtures.account(context, "ivy", Role.USER);
        token = tokens.issueFor("ivy", "tests").orElseThrow().token();
    }

    private HttpRequest post(String query, String type, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/from-data-factory" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    @Test
    void importsAZipAsANewPlanWithItsReport() throws Exception {
        HttpResponse<String> response = http.send(post("?fileName=fabrikam.zip", "application/zip",
                FactoryExports.templateZip()), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/" + body.path("id").asString());
        assertThat(body.path("report").path("factory").asString()).isEqualTo("fabrikam-adf");
        assertThat(body.path("report").path("checklist").size()).isPositive();
        assertThat(response.body()).doesNotContain("LEAK", "Password");
        HttpResponse<String> plan = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/plans/" + body.path("id").asString())).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"name\" : \"ls_orders\"").doesNotContain("LEAK");
        assertThat(response.headers().firstValue("ETag")).as("the import's ETag is the plan's")
                .isEqualTo(plan.headers().firstValue("ETag"));
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/plans/" + body.path("id").asString())).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", response.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(plan.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as("a PUT naming the import's ETag saves").isEqualTo(200);
    }

    @Test
    void theTemplateItselfCanBeSentAsJson() throws Exception {
        HttpResponse<String> response = http.send(post("", "application/json",
                FactoryExports.TEMPLATE.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotAnExportIs422NamingTheFile() throws Exception {
        HttpResponse<String> response = http.send(post("?fileName=notes.json", "application/json",
                "{\"a\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("problems").get(0).asString())
                .startsWith("notes.json: not a Data Factory export");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = http.send(post("", "application/zip", new byte[16 * 1024 * 1024 + 1]),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aBurstOfImportsAnswersCreatedOrBusyNeverAnError() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(http.sendAsync(post("?fileName=burst.zip", "application/zip", FactoryExports.templateZip()),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : burst) {
            HttpResponse<String> answer = response.get();
            assertThat(answer.statusCode()).isIn(201, 503);
            if (answer.statusCode() == 503) {
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }
        }
    }
}
