package org.hybridplanner.app.e2e;

import java.util.List;
import java.util.Map;
import org.hybridplanner.model.LocationKind;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The canvas, as a user works with it: with the mouse (drags through Selenium's Actions, so the page sees real
 * pointer events) and the side panel's fields. Every action waits until the server has sent the new drawing.
 */
final class CanvasPage {
    private final Browser browser;
    private int actions;

    CanvasPage(Browser browser) {
        this.browser = browser;
        browser.click("tab-canvas");
        browser.waitUntil("the drawing", () -> revision() > 0);
    }

    /** How many user actions (drops, drags, clicks, typed fields) this page object performed. */
    int actions() {
        return actions;
    }

    /** The drawing's update counter: it goes up each time the server sends a new drawing. */
    long revision() {
        Object value = browser.script("return Number(document.getElementById('design-canvas').dataset.revision"
                + " || 0)");
        return ((Number) value).longValue();
    }

    void fit() {
        act(() -> browser.byId("canvas-fit").click(), false);
    }

    /** Drags a location kind from the palette to a point given as fractions of the canvas's width and height. */
    void dropLocation(LocationKind kind, double across, double down) {
        WebElement viewport = browser.all("#design-canvas .canvas-viewport").getFirst();
        dragPaletteItem("palette-location-" + kind.name(), (int) (viewport.getRect().getWidth() * across),
                (int) (viewport.getRect().getHeight() * down));
    }

    /** Drags a store type from the palette's group onto the middle of the zone of location {@code locationId}. */
    void dropStoreInto(LocationKind group, String type, String locationId) {
        Map<String, Number> zone = rect("location", locationId);
        Map<String, Number> canvas = viewport();
        int x = (int) (zone.get("left").doubleValue() - canvas.get("left").doubleValue()
                + zone.get("width").doubleValue() / 2);
        int y = (int) (zone.get("top").doubleValue() - canvas.get("top").doubleValue()
                + zone.get("height").doubleValue() * 0.7);
        browser.script("document.getElementById(arguments[0]).opened = true", "palette-group-" + group.name());
        dragPaletteItem("palette-store-" + group.name() + "-" + type, x, y);
    }

    /** Drags the element by (dx, dy) screen pixels. */
    void move(String kind, String id, int dx, int dy) {
        WebElement handle = handle(kind, id);
        int[] at = grip(kind, id);
        act(() -> new Actions(browser.driver()).moveToElement(handle, at[0], at[1]).clickAndHold()
                .moveByOffset(dx / 2, dy / 2).moveByOffset(dx - dx / 2, dy - dy / 2).release().perform(), true);
    }

    /** In connect mode, drags from one element to another: zones make a link, stores a flow. */
    void connect(String kind, String from, String to) {
        if (!"connect".equals(browser.script("return document.getElementById('design-canvas').dataset.mode"))) {
            act(() -> browser.byId("canvas-connect").click(), false);
        }
        WebElement source = handle(kind, from);
        WebElement target = handle(kind, to);
        int[] a = grip(kind, from);
        int[] b = grip(kind, to);
        act(() -> new Actions(browser.driver()).moveToElement(source, a[0], a[1]).clickAndHold()
                .moveByOffset(10, 10).moveToElement(target, b[0], b[1]).release().perform(), true);
    }

    /** Leaves connect mode, so that drags move again. */
    void moveMode() {
        if ("connect".equals(browser.script("return document.getElementById('design-canvas').dataset.mode"))) {
            act(() -> browser.byId("canvas-connect").click(), false);
        }
    }

    /** Closes the side panel (its × button) when it is open, so that it covers no part of the drawing. */
    void closeSidePanel() {
        if (Boolean.TRUE.equals(browser.script("return getComputedStyle(document.getElementById('element-panel'))"
                + ".visibility === 'visible'"))) {
            act(() -> browser.byId("panel-close").click(), false);
        }
    }

    void select(String kind, String id) {
        WebElement handle = handle(kind, id);
        int[] at = grip(kind, id);
        act(() -> new Actions(browser.driver()).moveToElement(handle, at[0], at[1]).click().perform(), false);
        browser.waitForVaadin();
    }

    /** Types into a field of the side panel. */
    void type(String fieldId, String text) {
        actions++;
        browser.type(fieldId, text);
    }

    void chooseLinkType(String linkType) {
        actions++;
        browser.click("link-type-" + linkType);
    }

    /** The screen rectangle of the element's first drawn shape (left, top, width, height). */
    @SuppressWarnings("unchecked")
    Map<String, Number> rect(String kind, String id) {
        return (Map<String, Number>) browser.script("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, top: r.top, width: r.width, height: r.height};", handle(kind, id));
    }

    /** Ids of the drawn elements of {@code kind}, as the SVG's data-element-id says. */
    @SuppressWarnings("unchecked")
    List<String> drawn(String kind) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'#design-canvas [data-element-kind=\"' + arguments[0] + '\"]')).map(e => e.dataset.elementId)"
                + ".filter((v, i, a) => a.indexOf(v) === i)", kind);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> viewport() {
        return (Map<String, Number>) browser.script("const r = document.querySelector('#design-canvas"
                + " .canvas-viewport').getBoundingClientRect(); return {left: r.left, top: r.top};");
    }

    private WebElement handle(String kind, String id) {
        browser.waitUntil(kind + " " + id + " on the canvas", () -> !browser.all(selector(kind, id)).isEmpty());
        return browser.all(selector(kind, id)).getFirst();
    }

    /**
     * The element's drawn shapes: the children of its group but its {@code <title>} (the hover text, first child of
     * every group), which is not drawn and so has an empty rectangle at the page's origin.
     */
    private static String selector(String kind, String id) {
        return "#design-canvas [data-element-kind='" + kind + "'][data-element-id~='" + id + "'] > :not(title)";
    }

    /** Where to take hold of an element, from its centre: a zone by its title row, so not by a store inside it. */
    private int[] grip(String kind, String id) {
        if (!"location".equals(kind)) {
            return new int[] {0, 0};
        }
        Map<String, Number> r = rect(kind, id);
        return new int[] {(int) (-r.get("width").doubleValue() / 2 + 30),
                (int) (-r.get("height").doubleValue() / 2 + 10)};
    }

    private void dragPaletteItem(String itemId, int x, int y) {
        WebElement item = browser.byId(itemId);
        WebElement viewport = browser.all("#design-canvas .canvas-viewport").getFirst();
        int width = viewport.getRect().getWidth();
        int height = viewport.getRect().getHeight();
        act(() -> new Actions(browser.driver()).moveToElement(item).clickAndHold().moveByOffset(15, 0)
                .moveToElement(viewport, x - width / 2, y - height / 2).release().perform(), true);
    }

    /** Performs one user action; when it edits, waits for the new drawing. */
    private void act(Runnable action, boolean edits) {
        long before = revision();
        actions++;
        action.run();
        browser.waitForVaadin();
        if (edits) {
            browser.waitUntil("the drawing after the action", () -> revision() > before);
        }
    }
}
