package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The plan editor on a 1,280 × 800 window with the demo plan (docs/planner-ui.md, "The pane at 1,280 px"): the
 * header menu, the editor's tabs and every column of the design's lists are on screen without an overflow button,
 * rows stay at most two lines tall, and selecting a flow highlights it on the diagram and opens its citations.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorAt1280PixelsIT {
    private static final String ADMIN_PASSWORD = "pane-admin-password";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-1280");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void theDemoPlanFitsA1280PixelScreenAndSelectingAFlowHighlightsItOnTheDiagram() {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            browser.resize(1280, 800);
            LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD).openPlan("Contoso mixed");
            DesignPane pane = new DesignPane(browser);
            String plainDiagram = pane.diagramAddress();
            browser.screenshot("1280-01-editor");

            // Every misfit reported at once: they have one cause, a narrow pane.
            SoftAssertions.assertSoftly(fits -> {
                fits.assertThat(pane.exportMenuButtonsShown()).as("Export design, not an overflow button")
                        .containsExactly("Export design");
                fits.assertThat(pane.editorTabsScroll()).as("every editor tab shown, no scroll arrows").isFalse();
                for (String list : DesignPane.LISTS) {
                    fits.assertThat(pane.headersNotWhollyShown(list)).as("headers of %s", list).isEmpty();
                    fits.assertThat(pane.scrollsSideways(list)).as("%s scrolls sideways", list).isFalse();
                    fits.assertThat(pane.tallestRow(list)).as("tallest row of %s, in pixels", list)
                            .isLessThanOrEqualTo(Math.round(2 * pane.lineHeight(list) + 16));
                }
            });
            pane.scrollTo("recommendation-flows");
            browser.screenshot("1280-02-flows");

            pane.selectFlow("ledger-to-dwh");
            assertThat(pane.selectionLine()).startsWith("Highlighted on the diagram: flow ledger-to-dwh.");
            assertThat(pane.diagramAddress()).as("the diagram is drawn again").isNotEqualTo(plainDiagram);
            assertThat(pane.diagramSvg()).contains("hp-highlighted", "hp-dimmed");
            assertThat(pane.flowCitationsShown()).as("the selected flow's citations open under it").isNotEmpty();
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.byId("recommendation-summary"));
            browser.screenshot("1280-03-flow-selected");
        }
    }
}
