package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridplanner.app.FactoryExports;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An architect uploads their factory's export; the new plan opens with the import checklist beside its design. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FactoryImportJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        registry.add("planner.data-dir", Files.createTempDirectory("planner-import-journey")::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "import-journey-admin-password");
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
    void anUploadedExportOpensAsAPlanWithItsChecklist() throws IOException {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        accounts.create("hana", "hanas-import-password", Role.USER);
        AccountFixtures.signOut();
        Path export = Files.createTempDirectory("adf-export").resolve("fabrikam-adf.zip");
        Files.write(export, FactoryExports.templateZip());

        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            PlanListPage list = LoginPage.open(browser).signIn("hana", "hanas-import-password");
            PlanEditorPage editor = list.importFromDataFactory(export);
            List<String> checklist = editor.importChecklist();
            editor.tickChecklistItem(0);
            browser.screenshot("20-imported-from-data-factory");

            assertThat(checklist).isNotEmpty();
            assertThat(checklist.getFirst()).startsWith("Needs your input · ");
            assertThat(checklist).anySatisfy(item -> assertThat(item).contains("shir-plant", "AWS VPC"));
            assertThat(String.join("\n", checklist)).doesNotContain("LEAK");
            assertThat(browser.byId("import-checklist").getText()).contains("Imported from Data Factory fabrikam-adf");
            assertThat(browser.byId("recommendation").getText()).contains("shir-plant");
        }
    }
}
