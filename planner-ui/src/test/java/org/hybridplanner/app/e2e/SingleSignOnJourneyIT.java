package org.hybridplanner.app.e2e;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.api.ApiTokenService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on in a real browser, through the provider's own sign-in page (mock-oauth2-server with its
 * interactive login), on a planner whose local accounts are switched off: the sign-in page offers only the provider;
 * an app role makes an admin, no role a user; signing out ends the provider's session too and comes back to the
 * planner's sign-in page. Screenshots in {@code target/screenshots/sso-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnJourneyIT {
    private static final String TENANT = "contoso";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService apiTokens;

    @DynamicPropertySource
    static void providerOnlyInstallation(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("planner-sso-journey").toString();
        PROVIDER.start();
        registry.add("planner.data-dir", () -> dataDir);
        registry.add("planner.local-accounts.enabled", () -> "false");
        registry.add("planner.sso.issuer-uri", () -> PROVIDER.issuerUrl(TENANT).toString());
        registry.add("planner.sso.client-id", () -> "planner-journey");
        registry.add("planner.sso.client-secret", () -> "journey-client-secret");
        registry.add("planner.sso.display-name", () -> "Contoso ID");
        registry.add("planner.sso.admin-values", () -> "Planner.Admin");
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void anArchitectSignsInThroughTheProviderAndOut() throws Exception {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            LoginPage login = LoginPage.open(browser);
            assertThat(login.providerLinkText()).isEqualTo("Sign in with Contoso ID");
            assertThat(login.showsSignInForm()).as("local accounts are switched off").isFalse();
            browser.screenshot("sso-01-sign-in");

            ProviderSignInPage provider = login.signInWithProvider();
            browser.screenshot("sso-02-provider");
            PlanListPage plans = provider.signInAs("ada-object-id", "{\"preferred_username\": "
                    + "\"Ada.Lovelace@contoso.example\", \"roles\": [\"Planner.Admin\"]}");
            assertThat(plans.signedInUser()).isEqualTo("ada.lovelace");
            assertThat(plans.listText()).as("the demo plan greets a new account").contains("mixed");
            assertThat(plans.menu()).contains("Accounts");
            browser.screenshot("sso-03-signed-in");

            assertThat(YourAccountPage.whereSignInIsManaged(browser)).contains("You sign in with Contoso ID");
            assertThat(browser.isPresent("change-password")).isFalse();
            browser.screenshot("sso-04-your-account");

            LoginPage back = PlanListPage.open(browser).signOut();
            assertThat(back.providerLinkText()).isEqualTo("Sign in with Contoso ID");
            assertThat(browser.currentPath()).startsWith("login");
            browser.go("");
            assertThat(browser.currentPath()).as("signed out").startsWith("login");

            PlanListPage bob = back.signInWithProvider().signInAs("bob-object-id",
                    "{\"preferred_username\": \"bob@contoso.example\"}");
            assertThat(bob.signedInUser()).isEqualTo("bob");
            assertThat(bob.menu()).as("no app role: a user, not an admin").doesNotContain("Accounts");

            // Ada shares her plan for editing with an API token; Bob opens the link and edits it in the planner.
            String editLink = editLinkToTheFirstPlanOf("ada.lovelace");
            browser.go(editLink.substring(1));
            PlanEditorPage editor = PlanEditorPage.waitFor(browser);
            assertThat(editor.planName()).contains("mixed");
            assertThat(PlanListPage.open(browser).listText()).as("Ada's plan beside Bob's own")
                    .contains("ada.lovelace (shared with you)");
        }
    }

    /** Creates an edit link through the API, as the owner's automation would, and answers its page's path. */
    private String editLinkToTheFirstPlanOf(String owner) throws Exception {
        String token = apiTokens.issueFor(owner, "sharing").orElseThrow().token();
        HttpClient api = HttpClient.newHttpClient();
        String planId = JSON.readTree(api.send(HttpRequest.newBuilder(uri("/api/plans"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body()).get(0).get("id").asString();
        HttpResponse<String> link = api.send(HttpRequest.newBuilder(uri("/api/plans/" + planId + "/share-links"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"access\":\"EDIT\",\"label\":\"for bob\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        return JSON.readTree(link.body()).get("pagePath").asString();
    }

    @Test
    void aLocalAccountsPasswordSignsNobodyInWhileLocalAccountsAreOff() throws Exception {
        AccountFixtures.localAccount(context, "carol", "carols-right-password", Role.ADMIN);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=carol&password=carols-right-password&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(client.send(HttpRequest.newBuilder(uri("/")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("not signed in").isEqualTo(302);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
