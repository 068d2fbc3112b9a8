package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.app.share.CreatedShareLink;
import org.hybridplanner.app.share.NewShareLink;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkService;
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
 * Share links in a fresh browser: a network engineer without an account opens a view link and downloads the PDF; a
 * colleague with an account opens an edit link, signs in, edits the plan, and loses the right when it is revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedLinkIT {
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
    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        registry.add("planner.data-dir", Files.createTempDirectory("planner-shared")::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "shared-admin-password");
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
    void viewLinkShowsThePlanAndItsPdfWithoutSigningIn() throws IOException {
        long owner = AccountFixtures.account(context, "architect", Role.USER);
        AccountFixtures.signIn(owner, "architect", Role.USER);
        UUID planId = plans.create(design.demoPlan(), VersionKind.CREATED);
        String token = links.create(planId, new NewShareLink(null, "network team", null, null)).token();
        AccountFixtures.signOut();

        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            SharedPlanPage page = SharedPlanPage.open(browser, token);
            browser.screenshot("10-shared-view-link");

            assertThat(browser.currentPath()).as("no redirect to sign-in").isEqualTo("shared/" + token);
            assertThat(browser.driver().manage().getCookies()).as("no session for an anonymous viewer, favicon "
                    + "included").isEmpty();
            assertThat(page.planName()).isEqualTo(design.demoPlan().name());
            assertThat(page.showsDiagram()).isTrue();
            assertThat(page.firewallRules()).contains("443");
            Path pdf = page.downloadPdf(Files.createTempDirectory("shared-download"));
            byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
            assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    @Test
    void theWholeDiagramFitsA1280PixelWindowAndOpensFullSize() {
        long owner = AccountFixtures.account(context, "architect", Role.USER);
        AccountFixtures.signIn(owner, "architect", Role.USER);
        UUID planId = plans.create(design.demoPlan(), VersionKind.CREATED);
        String token = links.create(planId, new NewShareLink(null, "wide diagram", null, null)).token();
        AccountFixtures.signOut();

        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            browser.resize(1280, 900);
            SharedPlanPage page = SharedPlanPage.open(browser, token);
            browser.screenshot("13-shared-page-1280");
            browser.script("document.getElementById('diagram').parentElement.scrollIntoView()");
            browser.screenshot("13-shared-diagram-1280");

            SharedPlanPage.DiagramFit fit = page.diagramFit();
            assertThat(fit.viewportWidth()).isLessThanOrEqualTo(1280);
            assertThat(fit.svgWidth()).as("the diagram is as wide as its box").isLessThanOrEqualTo(
                    fit.containerWidth());
            assertThat(fit.rightmostShape()).as("the rightmost zone is drawn inside the box and the window: %s", fit)
                    .isLessThanOrEqualTo(fit.containerRight()).isLessThanOrEqualTo(fit.viewportWidth());
            assertThat(page.summary()).doesNotContain("1 warnings", "1 flows", "1 runtimes");

            page.showDiagramFullSize();
            browser.screenshot("13-shared-diagram-full-size");
            SharedPlanPage.DiagramFit full = page.diagramFit();
            assertThat(full.svgWidth()).as("full size is wider than the page").isGreaterThan(fit.svgWidth())
                    .isGreaterThan(full.containerWidth());
            assertThat(full.scrollWidth()).as("and scrolls sideways").isGreaterThan(full.containerWidth());

            page.fitDiagramToPage();
            assertThat(page.diagramFit().svgWidth()).isEqualTo(fit.svgWidth());
        }
    }

    @Test
    void editLinkLetsASignedInColleagueEditUntilTheOwnerRevokesIt() {
        long owner = AccountFixtures.account(context, "planowner", Role.USER);
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        if (accounts.accountId("colleague").isEmpty()) {
            accounts.create("colleague", "colleague-password", Role.USER);
        }
        AccountFixtures.signIn(owner, "planowner", Role.USER);
        UUID planId = plans.create(design.demoPlan(), VersionKind.CREATED);
        CreatedShareLink link = links.create(planId, new NewShareLink(ShareAccess.EDIT, "colleague edits", null,
                null));

        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            browser.go(link.path());
            assertThat(new LoginPage(browser).showsSignInForm()).as("an edit link asks for sign-in").isTrue();
            assertThat(browser.byId("login-shared-plan").getText()).contains("shared a plan with you for editing");
            browser.screenshot("11-edit-link-sign-in");
            PlanEditorPage editor = new LoginPage(browser).signInToEdit("colleague", "colleague-password");

            assertThat(browser.currentPath()).as("the secret leaves the address bar").isEqualTo("plans/" + planId);
            assertThat(editor.planName()).isEqualTo(design.demoPlan().name());
            assertThat(editor.offersSharing()).as("only the owner shares").isFalse();
            editor.rename("Edited by a colleague");
            editor.waitUntilSaved();
            browser.screenshot("11-edit-link-editor");
            assertThat(plans.open(planId).plan().name()).isEqualTo("Edited by a colleague");
            assertThat(plans.open(planId).updatedBy()).isEqualTo("colleague");

            PlanListPage list = PlanListPage.open(browser);
            assertThat(list.listText()).contains("Edited by a colleague", "planowner (shared with you)");
            browser.screenshot("11-edit-link-plan-list");
            browser.go("plans/" + planId);
            editor = PlanEditorPage.waitFor(browser);

            links.revoke(planId, link.link().id());
            editor.rename("After the revocation");
            editor.waitForAccessLost();
            browser.screenshot("12-edit-link-revoked");
            assertThat(plans.open(planId).plan().name()).isEqualTo("Edited by a colleague");

            // A view link opened at the planner's edit-link address goes to its read-only page.
            String viewToken = links.create(planId, new NewShareLink(ShareAccess.VIEW, null, null, null)).token();
            browser.go("edit-link/" + viewToken);
            browser.waitUntil("the read-only page", () -> browser.currentPath().equals("shared/" + viewToken));
            assertThat(browser.byId("plan-name").getText()).isEqualTo("Edited by a colleague");
        }
    }
}
