package org.hybridplanner.app.account;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hybridplanner.app.api.ApiTokenService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on through real HTTP against a real OpenID Connect provider (mock-oauth2-server on a free local port):
 * the planner redirects to the provider, the provider redirects back with a code, the planner redeems it and checks
 * the ID token. The provider issues whatever ID token a test enqueues, including ones the planner must refuse. The
 * planner here admits the app role {@code Planner.User} and makes {@code Planner.Admin} an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.sign-in.failures-per-window=1000")
class SingleSignOnIT {
    private static final String TENANT = "contoso";
    private static final String CLIENT_ID = "planner-client-id";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ApiTokenService apiTokens;

    @DynamicPropertySource
    static void providerAndFreshInstallation(DynamicPropertyRegistry registry) throws IOException {
        PROVIDER.start();
        registry.add("planner.data-dir", () -> tempDir());
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "sso-test-admin-password");
        registry.add("planner.sso.issuer-uri", () -> PROVIDER.issuerUrl(TENANT).toString());
        registry.add("planner.sso.client-id", () -> CLIENT_ID);
        registry.add("planner.sso.client-secret", () -> "sso-test-client-secret");
        registry.add("planner.sso.display-name", () -> "Contoso");
        registry.add("planner.sso.admin-values", () -> "Planner.Admin");
        registry.add("planner.sso.user-values", () -> "Planner.User");
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("planner-sso").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void theFirstSignInCreatesTheAccountWithTheAdminRoleTheProviderGivesAndItsDemoPlan() throws Exception {
        HttpClient browser = browser();
        String landedOn = signInWithProvider(browser, "subject-ada", Map.of("preferred_username",
                "Ada.Lovelace@contoso.example", "roles", List.of("Planner.Admin", "Other.Role")));

        assertThat(landedOn).isEqualTo(planner("/"));
        assertThat(get(browser, "/").statusCode()).as("signed in").isEqualTo(200);
        Account ada = accounts.findByProviderIssuerAndProviderSubject(PROVIDER.issuerUrl(TENANT).toString(),
                "subject-ada").orElseThrow();
        assertThat(ada.username()).isEqualTo("ada.lovelace");
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
        assertThat(ada.signInMethod()).isEqualTo(SignInMethod.SINGLE_SIGN_ON);
        assertThat(ada.passwordHash()).isNull();

        // The token command's path (token --user NAME), then the API and a view link with that token.
        String token = apiTokens.issueFor("ada.lovelace", "ci").orElseThrow().token();
        JsonNode plans = JSON.readTree(api(token, "GET", "/api/plans", null).body());
        assertThat(plans).hasSize(1);
        String planId = plans.get(0).get("id").asString();
        HttpResponse<String> link = api(token, "POST", "/api/plans/" + planId + "/share-links",
                "{\"access\":\"VIEW\",\"label\":\"board\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        String sharedPath = JSON.readTree(link.body()).get("apiPath").asString();
        HttpResponse<String> shared = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(sharedPath)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("\"plan\"", plans.get(0).get("name").asString());
    }

    @Test
    void theRoleFollowsTheProviderAtEachSignInAndNobodyOutsideItsGroupGetsIn() throws Exception {
        signInWithProvider(browser(), "subject-grace", Map.of("preferred_username", "grace@contoso.example",
                "roles", List.of("Planner.Admin")));
        assertThat(account("subject-grace").role()).isEqualTo(Role.ADMIN);

        HttpClient later = browser();
        assertThat(signInWithProvider(later, "subject-grace", Map.of("preferred_username", "grace@contoso.example",
                "roles", List.of("Planner.User")))).isEqualTo(planner("/"));
        assertThat(account("subject-grace").role()).as("no longer an admin at the provider").isEqualTo(Role.USER);
        assertThat(account("subject-grace").username()).isEqualTo("grace");

        HttpClient outsider = browser();
        assertThat(signInWithProvider(outsider, "subject-mallory", Map.of("preferred_username",
                "mallory@contoso.example", "roles", List.of("Other.Role")))).isEqualTo(planner("/login?sso-refused"));
        assertThat(get(outsider, "/").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(accounts.findByProviderIssuerAndProviderSubject(PROVIDER.issuerUrl(TENANT).toString(),
                "subject-mallory")).as("no account").isEmpty();
    }

    @Test
    void aNameSomeoneChoseAtTheProviderNeverReachesAnotherAccount() throws Exception {
        HttpClient impostor = browser();
        signInWithProvider(impostor, "subject-impostor", Map.of("preferred_username", "admin@contoso.example",
                "roles", List.of("Planner.User")));

        Account account = account("subject-impostor");
        assertThat(account.username()).as("the local admin keeps its name").isEqualTo("admin-2");
        assertThat(account.role()).isEqualTo(Role.USER);
        assertThat(accounts.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.findByUsername("admin").orElseThrow().signInMethod()).isEqualTo(SignInMethod.PASSWORD);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        HttpClient browser = browser();
        String landedOn = signInWithProvider(browser, "subject-eve", Map.of("preferred_username", "eve",
                "roles", List.of("Planner.Admin"), "iss", PROVIDER.issuerUrl("fabrikam").toString()));

        assertThat(landedOn).isEqualTo(planner("/login?sso-failed"));
        assertThat(get(browser, "/").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(accounts.findByUsername("eve")).isEmpty();
    }

    @Test
    void anIdTokenForAnotherApplicationIsRefused() throws Exception {
        HttpClient browser = browser();
        String landedOn = signInWithProvider(browser, "subject-trudy", Map.of("preferred_username", "trudy",
                "roles", List.of("Planner.Admin"), "aud", "another-application"));

        assertThat(landedOn).isEqualTo(planner("/login?sso-failed"));
        assertThat(get(browser, "/").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(accounts.findByUsername("trudy")).isEmpty();
    }

    @Test
    void signingOutEndsThePlannerSessionAndTheProviderSession() throws Exception {
        HttpClient browser = browser();
        signInWithProvider(browser, "subject-linus", Map.of("preferred_username", "linus@contoso.example",
                "roles", List.of("Planner.User")));
        Matcher csrf = CSRF_META.matcher(get(browser, "/").body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(302);
        URI endSession = URI.create(signOut.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString()).startsWith(PROVIDER.endSessionEndpointUrl(TENANT).toString())
                .contains("id_token_hint=", "post_logout_redirect_uri=" + planner("/login"));
        assertThat(get(browser, "/").statusCode()).as("signed out of the planner").isEqualTo(302);
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(endSession).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.headers().firstValue("Location")).as("the provider sends the browser back")
                .hasValue(planner("/login"));
    }

    /**
     * The browser's round trip: the planner's link to the provider, the provider's redirect back with a code (the
     * provider signs in whoever the enqueued ID token names), and the planner's answer. Answers where the planner
     * sent the browser after that.
     */
    private String signInWithProvider(HttpClient browser, String subject, Map<String, Object> claims)
            throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(TENANT, subject, "JWT", null, claims, 3600));
        HttpResponse<String> toProvider = get(browser, "/oauth2/authorization/sso");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(TENANT).toString())
                .contains("client_id=" + CLIENT_ID, "code_challenge=", "nonce=");
        HttpResponse<String> backWithCode = browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(backWithCode.statusCode()).isEqualTo(302);
        URI callback = URI.create(backWithCode.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/sso");
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private Account account(String subject) {
        return accounts.findByProviderIssuerAndProviderSubject(PROVIDER.issuerUrl(TENANT).toString(), subject)
                .orElseThrow();
    }

    private HttpResponse<String> api(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client that keeps its cookies, as one browser does. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(planner(path));
    }

    private String planner(String path) {
        return "http://localhost:" + port + path;
    }
}
