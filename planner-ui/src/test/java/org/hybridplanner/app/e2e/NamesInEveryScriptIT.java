package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.app.share.NewShareLink;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
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
 * A plan whose sites are named in Japanese, Arabic, Hebrew and Korean, seen in the browser: the shared page's
 * diagram holds the names as they are (no U+FFFD), and the editor's diagram shows them (screenshots
 * {@code 20-names-in-every-script-*} to look at).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamesInEveryScriptIT {
    private static final List<String> NAMES =
            List.of("東京 データセンター", "مركز بيانات الرياض", "מרכז נתונים 2", "서울 데이터 센터");

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
        registry.add("planner.data-dir", Files.createTempDirectory("planner-scripts")::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "scripts-admin-password");
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
    void sharedPageAndEditorShowNamesInEveryScript() {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        accounts.create("tanaka", "tanaka-password-1", Role.USER);
        long owner = AccountFixtures.account(context, "tanaka", Role.USER);
        AccountFixtures.signIn(owner, "tanaka", Role.USER);
        Plan plan = namedInEveryScript(design.demoPlan());
        UUID planId = plans.create(plan, VersionKind.CREATED);
        String token = links.create(planId, new NewShareLink(null, "Tokyo team", null, null)).token();
        AccountFixtures.signOut();

        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            SharedPlanPage.open(browser, token);
            String diagram = String.join("\n",
                    browser.all("#diagram svg text").stream().map(WebElement::getText).toList());
            browser.screenshot("20-names-in-every-script-shared");
            assertThat(diagram).doesNotContain("\uFFFD");
            for (String name : NAMES) {
                assertThat(diagram).contains(name);
            }

            PlanEditorPage editor = LoginPage.open(browser).signIn("tanaka", "tanaka-password-1")
                    .openPlan(plan.name());
            assertThat(editor.diagramPixelWidth()).isGreaterThan(500);
            browser.screenshot("20-names-in-every-script-editor");
        }
    }

    private static Plan namedInEveryScript(Plan demo) {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < demo.locations().size(); i++) {
            Location location = demo.locations().get(i);
            String name = i < NAMES.size() ? NAMES.get(i) : location.name();
            locations.add(new Location(location.id(), name, location.kind(), location.egressIps(),
                    location.addressSpaces()));
        }
        return new Plan(demo.schemaVersion(), "東京 移行計画", demo.dataFactory(), locations, demo.links(),
                demo.dataStores(), demo.flows(), demo.runtime(), demo.credentials());
    }
}
