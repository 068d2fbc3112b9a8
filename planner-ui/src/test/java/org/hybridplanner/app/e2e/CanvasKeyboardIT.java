package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The canvas without a mouse, in a real browser: the palette adds with Enter, Tab reaches the canvas and shows
 * where the focus is, Enter and Tab select elements (and a screen reader is told which), arrow keys move the
 * selected one, Delete removes it and Ctrl+Z brings it back, + / − / 0 zoom. Screenshots go to
 * {@code target/screenshots/keyboard-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasKeyboardIT {
    private static final String ADMIN_PASSWORD = "keyboard-admin-password";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-canvas-keyboard");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void buildsSelectsMovesDeletesAndZoomsWithTheKeyboardAlone() {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            PlanEditorPage editor = LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD).createPlan();
            CanvasKeys canvas = new CanvasKeys(new CanvasPage(browser), browser);

            assertThat(canvas.controlsWithoutAName()).as("toolbar and palette controls a screen reader can name")
                    .isEmpty();
            assertThat(canvas.accessibleName()).startsWith("Design canvas").contains("Tab", "arrow keys", "Delete");

            // The palette: Enter on an item adds it (a location; then a store into the selected location).
            canvas.pressEnterOn("palette-location-ON_PREMISES");
            canvas.pressEnterOn("palette-store-ON_PREMISES-SQL_SERVER");
            assertThat(canvas.drawn("location")).containsExactly("location-1");
            assertThat(canvas.drawn("store")).containsExactly("store-1");
            assertThat(canvas.selected()).isEqualTo("store store-1");

            // Shift+Tab from the palette comes back to the canvas, whose frame shows the focus.
            canvas.tabUntilTheCanvasHasFocus(true);
            assertThat(canvas.focusOutline()).as("the focused canvas's frame").startsWith("solid");
            browser.screenshot("keyboard-01-focused-canvas-store-selected");

            // Arrow keys move the selected store by 10, Shift+arrow by 50 (diagram units).
            double[] before = canvas.drawnCorner("store", "store-1");
            canvas.press(Keys.ARROW_RIGHT, true);
            canvas.press(Keys.chord(Keys.SHIFT,
                    Keys.ARROW_DOWN), true);
            double[] after = canvas.drawnCorner("store", "store-1");
            assertThat(after[0] - before[0]).isEqualTo(10.0);
            assertThat(after[1] - before[1]).isEqualTo(50.0);
            assertThat(canvas.hasFocus()).as("the canvas keeps the focus across a new drawing").isTrue();
            editor.waitUntilSaved();

            // Escape clears the selection; Enter selects the first element, Tab the next, and each is announced.
            canvas.press(Keys.ESCAPE, false);
            assertThat(canvas.selected()).isEmpty();
            canvas.press(Keys.ENTER, false);
            assertThat(canvas.selected()).isEqualTo("location location-1");
            browser.waitUntil("the announcement of the location", () -> canvas.announcement()
                    .startsWith("Selected location"));
            canvas.press(Keys.TAB, false);
            assertThat(canvas.selected()).isEqualTo("store store-1");
            browser.waitUntil("the announcement of the store", () -> canvas.announcement()
                    .startsWith("Selected data store"));
            assertThat(canvas.hasFocus()).as("Tab between elements stays on the canvas").isTrue();
            browser.screenshot("keyboard-02-store-selected-by-tab");

            // Delete removes it (with an undo notice); Ctrl+Z brings it back where it was moved to.
            canvas.press(Keys.DELETE, true);
            // The notice opens after the drawing it follows: wait for it rather than read it at once.
            browser.waitUntil("the removal notice", () -> editor.removalNotice().startsWith("Removed data store"));
            assertThat(canvas.drawn("store")).isEmpty();
            editor.undoWithKeys();
            browser.waitUntil("the store to come back", () -> canvas.drawn("store").contains("store-1"));
            assertThat(canvas.drawnCorner("store", "store-1")).containsExactly(after[0], after[1]);

            // Tab past the last element leaves the canvas: the keyboard is not trapped.
            canvas.focus();
            canvas.press(Keys.ESCAPE, false);
            canvas.press(Keys.ENTER, false);
            canvas.press(Keys.TAB, false);
            canvas.press(Keys.TAB, false);
            assertThat(canvas.hasFocus()).as("focus moved on after the last element").isFalse();
            assertThat(canvas.selected()).isEmpty();

            // + and − zoom around the middle; 0 fits the drawing again.
            canvas.focus();
            long fitted = canvas.zoom();
            canvas.press("+", false);
            assertThat(canvas.zoom()).isGreaterThan(fitted);
            canvas.press("-", false);
            canvas.press("-", false);
            assertThat(canvas.zoom()).isLessThan(fitted);
            canvas.press("0", false);
            assertThat(canvas.zoom()).isEqualTo(fitted);
            browser.screenshot("keyboard-03-after-zoom-and-fit");
        }
    }

    /** The canvas driven from the keyboard: keys go to whatever has the focus, as a person's would. */
    private static final class CanvasKeys {
        private final CanvasPage page;
        private final Browser browser;

        CanvasKeys(CanvasPage page, Browser browser) {
            this.page = page;
            this.browser = browser;
        }

        List<String> drawn(String kind) {
            return page.drawn(kind);
        }

        /** Focuses a control (as Tab would reach it) and presses Enter on it; waits for the new drawing. */
        void pressEnterOn(String id) {
            long before = page.revision();
            browser.script("arguments[0].focus()", browser.byId(id));
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForVaadin();
            browser.waitUntil("the drawing after Enter on " + id, () -> page.revision() > before);
        }

        /** Presses Tab (or Shift+Tab) until the canvas has the focus; at most 60 presses. */
        void tabUntilTheCanvasHasFocus(boolean backwards) {
            for (int i = 0; i < 60 && !hasFocus(); i++) {
                browser.driver().switchTo().activeElement().sendKeys(backwards ? Keys.chord(
                        Keys.SHIFT, Keys.TAB) : Keys.TAB);
            }
            assertThat(hasFocus()).as("Tab reaches the canvas").isTrue();
        }

        void focus() {
            browser.script("document.getElementById('design-canvas').focus()");
        }

        /** Presses keys on the focused element; when they edit, waits for the new drawing. */
        void press(CharSequence keys, boolean edits) {
            long before = page.revision();
            browser.driver().switchTo().activeElement().sendKeys(keys);
            browser.waitForVaadin();
            if (edits) {
                browser.waitUntil("the drawing after " + keys, () -> page.revision() > before);
            }
        }

        boolean hasFocus() {
            return Boolean.TRUE.equals(browser.script("return document.activeElement"
                    + " === document.getElementById('design-canvas')"));
        }

        /** The focus outline of the drawing's frame: "style width color". */
        String focusOutline() {
            return (String) browser.script("const s = getComputedStyle(document.querySelector("
                    + "'#design-canvas .canvas-viewport')); return s.outlineStyle + ' ' + s.outlineWidth");
        }

        /** "kind id" of the highlighted element, or empty when nothing is. */
        String selected() {
            return (String) browser.script("const e = document.querySelector('#design-canvas .canvas-selected');"
                    + "return e ? e.dataset.elementKind + ' ' + e.dataset.elementId.split(' ')[0] : ''");
        }

        String announcement() {
            return (String) browser.script("return document.getElementById('canvas-announcement').textContent");
        }

        String accessibleName() {
            return browser.byId("design-canvas").getAccessibleName();
        }

        /** The toolbar's and palette's buttons that give a screen reader nothing to read. */
        List<String> controlsWithoutAName() {
            browser.script("for (const d of document.querySelectorAll('#canvas-palette vaadin-details'))"
                    + " { d.opened = true; }");
            return browser.all("#design-canvas vaadin-button, vaadin-button[id^='canvas-']").stream()
                    .filter(button -> button.getAccessibleName().isBlank()).map(button -> button.getDomAttribute("id"))
                    .toList();
        }

        /** The top-left corner of the element's first shape, in diagram units. */
        double[] drawnCorner(String kind, String id) {
            @SuppressWarnings("unchecked")
            // Where it is drawn: its box, moved by its own transform (a part the server moved without drawing it).
            List<Number> corner = (List<Number>) browser.script("const e = document.querySelector(\"#design-canvas"
                    + " [data-element-kind='\" + arguments[0] + \"'][data-element-id~='\" + arguments[1] + \"']\");"
                    + " const b = e.getBBox(); const t = e.transform.baseVal.consolidate();"
                    + " return [b.x + (t ? t.matrix.e : 0), b.y + (t ? t.matrix.f : 0)];", kind, id);
            return new double[] {corner.get(0).doubleValue(), corner.get(1).doubleValue()};
        }

        long zoom() {
            return Long.parseLong((String) browser.script("return document.getElementById('design-canvas')"
                    + ".dataset.zoom"));
        }
    }
}
