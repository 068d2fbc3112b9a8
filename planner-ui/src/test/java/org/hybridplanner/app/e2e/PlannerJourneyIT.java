package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.RuntimeHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The critical journeys in a real browser against the running planner (production-mode frontend bundle): sign in,
 * build the README's example plan from an empty plan, see its runtime and rules, import a bad file, two windows
 * editing one plan, sign out. Screenshots of the main screens go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlannerJourneyIT {
    private static final String ADMIN_PASSWORD = "journey-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-journey");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOutOfThisThread() {
        AccountFixtures.signOut();
    }

    private Browser browser() {
        return Browser.open("http://localhost:" + port + "/");
    }

    @Test
    void buildsTheReadmeExampleFromAnEmptyPlanAndSeesItsDesign() {
        try (Browser browser = browser()) {
            LoginPage login = LoginPage.open(browser);
            browser.screenshot("01-sign-in");
            PlanListPage list = login.signIn("admin", ADMIN_PASSWORD);
            assertThat(list.listText()).as("the demo plan greets a new installation").contains("mixed");
            browser.screenshot("02-plan-list");

            PlanEditorPage editor = list.createPlan();
            editor.rename("README example");
            editor.setDataFactory("contoso-adf", "westeurope");
            editor.addLocation("dc", "Amsterdam DC", LocationKind.ON_PREMISES, "203.0.113.10", "10.10.0.0/16");
            editor.addLocation("az", "Azure public endpoints", LocationKind.AZURE_PUBLIC, "", "");
            editor.addLink("dc", "az", LinkType.EXPRESSROUTE_MICROSOFT_PEERING);
            editor.addDataStore("orders", "Orders", "SQL_SERVER", "dc");
            editor.addDataStore("dwh", "Warehouse", "AZURE_SYNAPSE_ANALYTICS", "az");
            assertThat(editor.storeTypeSuggestions("lake"))
                    .anyMatch(label -> label.startsWith("Azure Data Lake Storage Gen2"))
                    .anyMatch(label -> label.startsWith("Azure Data Lake Storage Gen1"));
            browser.screenshot("08-store-type-list");
            browser.pressEscape();
            browser.choose("store-type", "Azure Synapse Analytics");
            editor.addFlow("f1", "orders", "dwh");
            editor.keepCredentialsInKeyVault("contoso-kv");

            assertThat(editor.runtimes()).contains("shir-dc", RuntimeHost.ON_PREMISES_MACHINE.displayName(),
                    RuntimeHost.AZURE_VM.displayName());
            assertThat(editor.flows()).contains("f1: orders → dwh", "shir-dc", "ExpressRoute Microsoft peering");
            assertThat(editor.corporateFirewallOutboundRules()).contains("*.servicebus.windows.net", "443/TCP",
                    "contoso-adf.westeurope.datafactory.azure.net", "*.database.windows.net", "1433/TCP",
                    "contoso-kv.vault.azure.net");
            assertThat(editor.allowlist()).contains("dwh", "203.0.113.10");
            assertThat(editor.showSourceOfFirstRuntime()).isNotBlank();
            assertThat(editor.diagramPixelWidth()).isGreaterThan(500);
            browser.screenshot("03-editor-diagram");
            assertThat(editor.createViewLink("Network team")).contains("/shared/");
            browser.screenshot("06-share-dialog");
            browser.pressEscape();
            browser.waitUntil("the share dialog to close", () -> !browser.isPresent("share-dialog"));
            editor.waitUntilSaved();
            browser.screenshot("03-editor-readme-example");

            browser.go("account");
            assertThat(browser.byId("change-password").getText()).isEqualTo("Change password");
            browser.screenshot("07-your-account");

            assertThat(browser.contentSecurityPolicyViolations()).as("the planner works under its CSP").isEmpty();
            PlanListPage again = editor.backToList();
            assertThat(again.listText()).contains("README example");
            LoginPage signedOut = again.signOut();
            assertThat(signedOut.showsSignInForm()).isTrue();
            browser.go("");
            assertThat(browser.currentPath()).as("signed out, the planner asks to sign in again").isEqualTo("login");
        }
    }

    @Test
    void importingABadFileShowsEveryProblemAgainstItsPath() throws IOException {
        Path bad = Files.createTempFile("bad-plan", ".json");
        Files.writeString(bad, """
                {"schemaVersion": 1, "name": "Bad", "dataFactory": {"name": "adf-1", "region": "westeurope"},
                 "locations": [{"id": "dc", "kind": "ON_PREMISES", "egressIps": ["203.0.113.300"]}],
                 "dataStores": [{"id": "s1", "type": "NO_SUCH_STORE", "location": "dc"}],
                 "flows": [{"id": "f1", "source": "s1", "sink": "missing"}]}
                """);
        try (Browser browser = browser()) {
            PlanListPage list = LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD);
            List<String> problems = list.importFile(bad);
            browser.screenshot("04-import-problems");

            assertThat(String.join(" ", problems)).contains("$.locations[0].egressIps[0]", "203.0.113.300",
                    "$.dataStores[0].type", "NO_SUCH_STORE", "$.flows[0].sink");
            list.closeImportProblems();
            assertThat(list.listText()).doesNotContain("Bad |");
        }
    }

    @Test
    void changingYourPasswordSignsOutYourOtherSessionsButNotThisOne() throws Exception {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        accounts.create("grace", "graces-first-password", Role.USER);
        HttpClient otherDevice = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signInOverHttp(otherDevice, "grace", "graces-first-password");
        assertThat(getStatus(otherDevice, "/")).as("signed in on the other device").isEqualTo(200);

        try (Browser browser = browser()) {
            LoginPage.open(browser).signIn("grace", "graces-first-password");
            YourAccountPage.open(browser).changePassword("graces-first-password", "graces-second-password");
            browser.screenshot("08-password-changed");

            assertThat(getStatus(otherDevice, "/")).as("the other session ended").isEqualTo(302);
            browser.go("");
            assertThat(browser.isPresent("plans-grid")).as("this session stays signed in").isTrue();
            assertThat(browser.currentPath()).isNotEqualTo("login");
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
        HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signInOverHttp(again, "grace", "graces-second-password");
        assertThat(getStatus(again, "/")).isEqualTo(200);
    }

    /** Signs in as a browser would, with the sign-in page's CSRF token, on a client that keeps its cookie. */
    private void signInOverHttp(HttpClient client, String username, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
    }

    private int getStatus(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheConflictDialogAndLosesNothing() {
        long admin = AccountFixtures.account(context, "admin", Role.ADMIN);
        AccountFixtures.signIn(admin, "admin", Role.ADMIN);
        UUID shared = plans.createEmpty("Shared plan " + UUID.randomUUID().toString().substring(0, 6));
        String name = plans.open(shared).plan().name();

        try (Browser first = browser(); Browser second = browser()) {
            PlanEditorPage firstEditor = LoginPage.open(first).signIn("admin", ADMIN_PASSWORD).openPlan(name);
            PlanEditorPage secondEditor = LoginPage.open(second).signIn("admin", ADMIN_PASSWORD).openPlan(name);

            firstEditor.rename(name + " (first)");
            firstEditor.waitUntilSaved();
            secondEditor.rename(name + " (second)");
            secondEditor.waitForConflict();
            second.screenshot("05-conflict-dialog");

            PlanEditorPage reloaded = secondEditor.reloadTheirVersion();
            assertThat(reloaded.planName()).isEqualTo(name + " (first)");
            assertThat(plans.open(shared).plan().name()).isEqualTo(name + " (first)");
        }
    }
}
