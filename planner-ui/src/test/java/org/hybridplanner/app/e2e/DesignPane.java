package org.hybridplanner.app.e2e;

import java.util.List;

/**
 * The recommended design beside the plan editor, as a user on a given screen sees it: what fits, what hides behind
 * an overflow button, how tall the rows are, and what selecting a flow shows on the diagram.
 */
final class DesignPane {
    /** The recommendation lists whose rows must stay short. */
    static final List<String> LISTS = List.of("recommendation-flows", "recommendation-runtimes",
            "rules-CORPORATE_FIREWALL-OUTBOUND", "recommendation-allowlist", "recommendation-warnings");

    private final Browser browser;

    DesignPane(Browser browser) {
        this.browser = browser;
    }

    /**
     * The labels of the editor header's menu buttons shown on screen; a squeezed Vaadin menu bar shows its overflow
     * button ("···") instead of its items.
     */
    List<String> exportMenuButtonsShown() {
        return strings(browser.script("""
                return Array.from(arguments[0].querySelectorAll('vaadin-menu-bar-button'))
                    .filter(b => !b.hidden && b.offsetParent !== null)
                    .filter(b => { const r = b.getBoundingClientRect();
                                   return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth; })
                    .map(b => b.textContent.trim());""", browser.byId("export-design")));
    }

    /** Whether the plan editor's tabs scroll (Vaadin marks scrolling tabs with an overflow attribute and arrows). */
    boolean editorTabsScroll() {
        return Boolean.TRUE.equals(browser.script("""
                const tabs = document.querySelector('vaadin-tabsheet vaadin-tabs');
                return tabs.hasAttribute('overflow') || tabs.scrollWidth > tabs.clientWidth;"""));
    }

    /**
     * The headers of a list that are not wholly on screen: outside the window or the list, or broken over more than
     * one line.
     */
    List<String> headersNotWhollyShown(String gridId) {
        scrollTo(gridId);
        return strings(browser.script("""
                const grid = arguments[0];
                const box = grid.getBoundingClientRect();
                return Array.from(grid.shadowRoot.querySelectorAll('thead th'))
                    .map(th => th.querySelector('slot').assignedElements()[0])
                    .filter(cell => cell && cell.textContent.trim().length > 0)
                    .filter(cell => {
                        const r = cell.getBoundingClientRect();
                        const range = document.createRange();
                        range.selectNodeContents(cell);
                        return r.left < Math.max(0, box.left) || r.right > Math.min(window.innerWidth, box.right)
                            || range.getClientRects().length > 1;
                    })
                    .map(cell => cell.textContent.trim());""", browser.byId(gridId)));
    }

    /** Whether the list scrolls sideways (its columns wider than the list). */
    boolean scrollsSideways(String gridId) {
        return Boolean.TRUE.equals(browser.script("""
                const table = arguments[0].shadowRoot.querySelector('#table');
                return table.scrollWidth > table.clientWidth + 1;""", browser.byId(gridId)));
    }

    /** The height in pixels of the list's tallest row (details closed). */
    long tallestRow(String gridId) {
        return ((Number) browser.script("""
                return Math.max(0, ...Array.from(arguments[0].shadowRoot.querySelectorAll('tbody#items tr'))
                    .filter(tr => !tr.hidden)
                    .map(tr => Math.round(tr.getBoundingClientRect().height)));""", browser.byId(gridId)))
                .longValue();
    }

    /** The line height of the list's text in pixels, to compare row heights with. */
    double lineHeight(String gridId) {
        return ((Number) browser.script("""
                const cell = arguments[0].querySelector('vaadin-grid-cell-content');
                const style = getComputedStyle(cell);
                return parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;""", browser.byId(gridId)))
                .doubleValue();
    }

    /** Selects the flow with the id in the flows list, as a user clicks its row. */
    void selectFlow(String flowId) {
        var cell = browser.all("#recommendation-flows vaadin-grid-cell-content").stream()
                .filter(c -> c.getText().strip().startsWith(flowId + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("No flow " + flowId + " in the flows list"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        browser.waitForVaadin();
        browser.waitUntil("the selection line", () -> browser.byId("recommendation-selection").isDisplayed());
    }

    /** What the line above the flows says is highlighted. */
    String selectionLine() {
        return browser.byId("recommendation-selection").getText();
    }

    /** The address the diagram image shows, once the browser has loaded it. */
    String diagramAddress() {
        browser.waitUntil("the diagram image", () -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", browser.byId("design-diagram"))));
        return browser.byId("design-diagram").getAttribute("src");
    }

    /** The SVG document the diagram image shows now, fetched with the browser's session. */
    String diagramSvg() {
        return (String) browser.script("""
                const request = new XMLHttpRequest();
                request.open('GET', arguments[0].src, false);
                request.send();
                return request.responseText;""", browser.byId("design-diagram"));
    }

    /** The quoted sources open under rows of the flows list. */
    List<String> flowCitationsShown() {
        return browser.all("#recommendation-flows .source-quote").stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    void scrollTo(String gridId) {
        browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.byId(gridId));
        Browser.pause(200);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object scriptResult) {
        return (List<String>) scriptResult;
    }
}
