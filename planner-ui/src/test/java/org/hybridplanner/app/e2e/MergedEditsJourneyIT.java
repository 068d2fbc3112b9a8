package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.app.share.CreatedShareLink;
import org.hybridplanner.app.share.NewShareLink;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.model.DataFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two people editing one plan at once, each in a browser of their own: alice owns it, bob edits through an edit
 * link. Each sees the other as "Also editing"; alice's factory name and bob's region both survive, and bob is told
 * what came in; when both change the factory name, the conflict dialog shows both values and the one picked is
 * saved. Screenshots go to {@code target/screenshots/merged-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MergedEditsJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    DesignService design;
    @Autowired
    ShareLinkService links;

    private long alice;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        registry.add("planner.data-dir", Files.createTempDirectory("planner-merged-edits")::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "merged-admin-password");
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOutOfThisThread() {
        AccountFixtures.signOut();
    }

    @Test
    void twoBrowsersMergeDifferentFieldsAndAskAboutTheSameOne() {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        alice = AccountFixtures.localAccount(context, "alice", "alice-password", Role.USER);
        AccountFixtures.localAccount(context, "bob", "bob-password", Role.USER);
        AccountFixtures.signIn(alice, "alice", Role.USER);
        UUID planId = plans.create(design.demoPlan(), VersionKind.CREATED);
        CreatedShareLink link = links.create(planId, new NewShareLink(ShareAccess.EDIT, "bob edits", null, null));
        String base = "http://localhost:" + port + "/";

        try (Browser aliceBrowser = Browser.open(base); Browser bobBrowser = Browser.open(base)) {
            LoginPage.open(aliceBrowser).signIn("alice", "alice-password");
            aliceBrowser.go("plans/" + planId);
            PlanEditorPage aliceEditor = PlanEditorPage.waitFor(aliceBrowser);
            bobBrowser.go(link.path());
            PlanEditorPage bobEditor = new LoginPage(bobBrowser).signInToEdit("bob", "bob-password");

            // Presence: each is named in the other's header within the poll window (a beat every 5 s).
            aliceBrowser.waitUntil("alice to see bob", () -> othersEditing(aliceBrowser).equals("Also editing: bob"));
            bobBrowser.waitUntil("bob to see alice", () -> othersEditing(bobBrowser).equals("Also editing: alice"));
            aliceBrowser.screenshot("merged-01-presence-alice");
            bobBrowser.screenshot("merged-01-presence-bob");

            // Different fields: alice renames the factory and it is saved; bob, on the older version, changes the
            // region. His save is merged: both changes survive, and he is told what came in.
            aliceEditor.setDataFactory("alice-adf", "westeurope");
            waitForFactory(aliceBrowser, planId, "alice-adf", "westeurope");
            bobBrowser.click("tab-settings");
            bobBrowser.type("factory-region", "northeurope");
            waitForFactory(bobBrowser, planId, "alice-adf", "northeurope");
            bobBrowser.waitUntil("what came in", () -> bobBrowser.isPresent("incoming-changes"));
            assertThat(textOf(bobBrowser, "incoming-changes")).startsWith("Merged with alice's changes:")
                    .contains("alice-adf");
            bobBrowser.waitUntil("the merged save status", () -> bobBrowser.byId("save-status").getText()
                    .endsWith("merged with alice's changes"));
            assertThat(fieldValue(bobBrowser, "factory-name")).as("bob's form shows alice's name").isEqualTo(
                    "alice-adf");
            bobBrowser.screenshot("merged-02-bob-told-what-came-in");

            // The same field: bob renames the factory and it is saved; alice, on the older version, renames it too.
            bobBrowser.type("factory-name", "bob-adf");
            waitForFactory(bobBrowser, planId, "bob-adf", "northeurope");
            aliceBrowser.type("factory-name", "alice-renamed-adf");
            aliceEditor.waitForConflict();
            List<String> rows = conflictRows(aliceBrowser);
            aliceBrowser.screenshot("merged-03-conflict-dialog");
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst()).contains("Theirs: bob-adf", "Yours: alice-renamed-adf");
            assertThat(plans.open(planId).plan().dataFactory().name()).as("nothing saved before the choice")
                    .isEqualTo("bob-adf");

            chooseTheirs(aliceBrowser);
            aliceBrowser.click("conflict-apply");
            aliceBrowser.waitUntil("the dialog to close", () -> !aliceBrowser.isPresent("conflict-dialog")
                    || !aliceBrowser.byId("conflict-dialog").isDisplayed());
            aliceEditor.waitUntilSaved();
            DataFactory saved = plans.open(planId).plan().dataFactory();
            assertThat(saved.name()).as("the value picked").isEqualTo("bob-adf");
            assertThat(saved.region()).as("bob's earlier region, merged in").isEqualTo("northeurope");
            assertThat(fieldValue(aliceBrowser, "factory-name")).isEqualTo("bob-adf");
            aliceBrowser.screenshot("merged-04-after-the-choice");
        }
    }

    private void waitForFactory(Browser browser, UUID planId, String name, String region) {
        browser.waitUntil("the factory " + name + " in " + region + " to be saved", () -> {
            DataFactory factory = plans.open(planId).plan().dataFactory();
            return factory.name().equals(name) && factory.region().equals(region);
        });
    }

    private static String othersEditing(Browser browser) {
        WebElement badge = browser.byId("others-editing");
        return badge.isDisplayed() ? badge.getText().strip() : "";
    }

    /** The element's text, also inside a notification's card (which Selenium does not count as displayed). */
    private static String textOf(Browser browser, String id) {
        return ((String) browser.script("return arguments[0].textContent", browser.byId(id))).replaceAll("\\s+", " ")
                .strip();
    }

    private static String fieldValue(Browser browser, String id) {
        return (String) browser.script("return arguments[0].value", browser.byId(id));
    }

    /** Each conflict row as shown: the element and field, then both choices. */
    @SuppressWarnings("unchecked")
    private static List<String> conflictRows(Browser browser) {
        browser.waitUntil("the conflict rows", () -> !browser.all(".conflict-row").isEmpty());
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('.conflict-row'))"
                + ".map(row => row.innerText.replace(/\\s+/g, ' ').trim())");
    }

    private static void chooseTheirs(Browser browser) {
        WebElement theirs = browser.all("#conflict-choice-0 vaadin-radio-button").stream()
                .filter(radio -> radio.getText().strip().startsWith("Theirs:")).findFirst()
                .orElseThrow(() -> new AssertionError("No 'Theirs' choice"));
        theirs.click();
        browser.waitForVaadin();
        assertThat(browser.script("return arguments[0].checked", theirs)).as("'Theirs' chosen").isEqualTo(true);
    }
}
