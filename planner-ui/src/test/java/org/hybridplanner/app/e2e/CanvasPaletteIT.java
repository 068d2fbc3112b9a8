package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The canvas's palette at 1,280, 1,440 and 1,920 px wide with every group open (docs/planner-ui.md, "The palette"):
 * no sideways scrollbar, and every title and item readable whole, not cut at the palette's or its own edge.
 * Screenshots go to {@code target/screenshots/palette-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasPaletteIT {
    private static final String ADMIN_PASSWORD = "palette-admin-password";
    /**
     * Every non-blank text of the palette whose laid-out text (a range over it, which does not clip) reaches past
     * the element that shows it or past the palette's visible width: what a reader sees cut off.
     */
    private static final String CLIPPED_TEXTS = """
            const palette = document.getElementById('canvas-palette');
            const frame = palette.getBoundingClientRect();
            const right = frame.left + palette.clientWidth;
            const clipped = [];
            const walker = document.createTreeWalker(palette, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
              if (!text.textContent.trim() || !text.parentElement.offsetParent) { continue; }
              const range = document.createRange();
              range.selectNodeContents(text);
              const shown = range.getBoundingClientRect();
              const box = text.parentElement.getBoundingClientRect();
              if (shown.left < frame.left - 1 || shown.right > right + 1 || shown.left < box.left - 1
                  || shown.right > box.right + 1) {
                clipped.push(text.textContent.trim());
              }
            }
            return clipped;""";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-palette");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void everyTitleAndItemIsReadableWithoutAScrollbarSidewaysAtEveryCommonWidth() {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD);
            SoftAssertions.assertSoftly(fits -> {
                for (int width : List.of(1280, 1440, 1920)) {
                    browser.resize(width, 900);
                    browser.go("");
                    new PlanListPage(browser).openPlan("Contoso mixed");
                    browser.byId("canvas-palette");
                    browser.script("for (const d of document.querySelectorAll('#canvas-palette vaadin-details'))"
                            + " { d.opened = true; }");
                    browser.waitForVaadin();
                    browser.waitUntil("the palette's groups filled", () -> browser.all(
                            "#canvas-palette [data-palette-kind='store']").size() > 40);
                    browser.screenshot("palette-" + width);
                    Object overflow = browser.script("const p = document.getElementById('canvas-palette');"
                            + " return p.scrollWidth - p.clientWidth;");
                    fits.assertThat(((Number) overflow).intValue()).as("sideways overflow at %d px", width)
                            .isLessThanOrEqualTo(0);
                    fits.assertThat(browser.script(CLIPPED_TEXTS)).as("texts cut off at %d px", width)
                            .asList().isEmpty();
                }
            });
        }
    }
}
