package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Editing you can trust, in a real browser: removing a store that flows use asks first and names them, one Ctrl+Z
 * brings all of it back, and two versions compare in words and as a diagram. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UndoAndRemovalIT {
    private static final String ADMIN_PASSWORD = "undo-journey-admin-password";
    private static final String DEMO = "Contoso mixed Azure and AWS estate";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-undo-journey");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void removesAStoreWithTheFlowsThatUseItAndCtrlZBringsAllBack() {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            PlanEditorPage editor = LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD).openPlan(DEMO);
            String flowsBefore = editor.flows();

            editor.removeDataStore("orders");
            assertThat(editor.removalQuestion()).containsExactly("2 flows use Orders (SQL Server): Orders (SQL "
                    + "Server) → Enterprise warehouse (Synapse), Orders (SQL Server) → App SQL Server VM");
            browser.screenshot("10-removal-names-the-flows");
            editor.removeThemTogether();
            assertThat(editor.removalNotice()).isEqualTo("Removed data store Orders (SQL Server) and 2 flows");
            assertThat(editor.flows()).doesNotContain("orders-to-dwh", "orders-to-app");
            browser.screenshot("11-removed-with-undo");

            editor.undoWithKeys();
            browser.waitUntil("the store to come back", () -> editor.dataStores().contains("Orders (SQL Server)"));
            assertThat(editor.flows()).isEqualTo(flowsBefore);
            browser.screenshot("12-ctrl-z-brought-it-back");

            editor.redoWithKeys();
            browser.waitUntil("the redo", () -> !editor.dataStores().contains("Orders (SQL Server)"));
            editor.waitUntilSaved();

            assertThat(editor.compareTheTwoLatestVersions()).contains(
                    "Removed data store Orders (SQL Server) (orders)",
                    "Removed flow Orders (SQL Server) → Enterprise warehouse (Synapse) (orders-to-dwh)");
            browser.screenshot("13-versions-compared");
        }
    }
}
