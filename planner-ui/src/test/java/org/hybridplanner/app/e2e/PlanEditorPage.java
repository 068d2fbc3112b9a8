package org.hybridplanner.app.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.StoreTypeSpec;

/** The plan editor and the recommendation beside it, as a user works with them. */
final class PlanEditorPage {
    private final Browser browser;

    private PlanEditorPage(Browser browser) {
        this.browser = browser;
    }

    static PlanEditorPage waitFor(Browser browser) {
        browser.waitUntil("the plan editor", () -> browser.isPresent("recommendation"));
        browser.waitForVaadin();
        return new PlanEditorPage(browser);
    }

    /** The import checklist beside an imported plan: one line per item, "Kind · subject: message". */
    List<String> importChecklist() {
        browser.byId("import-checklist");
        return browser.all("#import-checklist vaadin-checkbox.import-item").stream()
                .map(box -> box.getAttribute("label") == null ? box.getText() : box.getAttribute("label")).toList();
    }

    /** Ticks the checklist item at {@code index}, as the architect does once the plan says what is true. */
    void tickChecklistItem(int index) {
        browser.all("#import-checklist vaadin-checkbox.import-item").get(index).click();
        browser.waitForVaadin();
    }

    String planId() {
        return browser.currentPath().substring("plans/".length());
    }

    void rename(String name) {
        browser.type("plan-name", name);
    }

    void setDataFactory(String name, String region) {
        browser.click("tab-settings");
        browser.type("factory-name", name);
        browser.type("factory-region", region);
    }

    void addLocation(String id, String name, LocationKind kind, String egressIps, String addressSpaces) {
        browser.click("tab-locations");
        browser.click("add-location");
        browser.type("location-id", id);
        browser.type("location-name", name);
        browser.choose("location-kind", kind.displayName());
        if (!egressIps.isEmpty()) {
            browser.type("location-egress", egressIps);
        }
        if (!addressSpaces.isEmpty()) {
            browser.type("location-spaces", addressSpaces);
        }
    }

    /** Types egress IPs for the selected location and returns the error the field shows (empty when none). */
    String typeEgressIpsOfSelectedLocation(String text) {
        browser.type("location-egress", text);
        return (String) browser.script("return arguments[0].invalid ? arguments[0].errorMessage : ''",
                browser.byId("location-egress"));
    }

    void addLink(String oneEnd, String otherEnd, LinkType type) {
        browser.click("tab-links");
        browser.click("add-link");
        browser.choose("link-one-end", oneEnd);
        browser.choose("link-other-end", otherEnd);
        browser.choose("link-type", type.displayName());
    }

    void addDataStore(String id, String name, String type, String location) {
        browser.click("tab-stores");
        browser.click("add-data-store");
        browser.type("store-id", id);
        browser.type("store-name", name);
        browser.choose("store-location", location);
        browser.choose("store-type", storeTypeName(type));
    }

    /** Opens the selected store's type list with {@code filter} typed in; returns the suggestions shown. */
    List<String> storeTypeSuggestions(String filter) {
        browser.click("tab-stores");
        WebElement input = browser.byId("store-type").findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(filter);
        browser.waitForVaadin();
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'vaadin-combo-box-item')).map(item => item.textContent.trim())");
        return labels;
    }

    void addFlow(String id, String source, String sink) {
        browser.click("tab-flows");
        browser.click("add-flow");
        browser.type("flow-id", id);
        browser.choose("flow-source", source);
        browser.choose("flow-sink", sink);
    }

    void changeSinkOfSelectedFlow(String sink) {
        browser.click("tab-flows");
        browser.choose("flow-sink", sink);
    }

    void keepCredentialsInKeyVault(String vault) {
        browser.click("tab-settings");
        browser.choose("credentials-store", "Azure Key Vault");
        browser.type("credentials-vault", vault);
    }

    /** Selects the data store with the id in its list and presses Remove. */
    void removeDataStore(String id) {
        browser.click("tab-stores");
        selectRow("dataStores-grid", id);
        browser.click("remove-data-store");
    }

    /** Selects the location with the id in its list and presses Remove. */
    void removeLocation(String id) {
        browser.click("tab-locations");
        selectRow("locations-grid", id);
        browser.click("remove-location");
    }

    /** The sentences of the open removal question, naming what depends on the element. */
    List<String> removalQuestion() {
        browser.waitUntil("the removal question", () -> !browser.all(".removal-dependant").isEmpty());
        return browser.all(".removal-dependant").stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** Answers the removal question with "Remove all N". */
    void removeThemTogether() {
        browser.clickButtonWithText(browser.driver(), (String) browser.script("return document.querySelector("
                + "'#removal-dialog').confirmText"));
        browser.waitUntil("the removal dialog to close", () -> browser.all(".removal-dependant").isEmpty());
    }

    /** What the notification after a removal says. */
    String removalNotice() {
        browser.waitUntil("the removal notice", () -> browser.isPresent("undo-notification-text"));
        return browser.byId("undo-notification-text").getText();
    }

    /** Presses Ctrl+Z (with the focus wherever it is). */
    void undoWithKeys() {
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys("z").keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        browser.waitForVaadin();
    }

    /** Presses Ctrl+Shift+Z. */
    void redoWithKeys() {
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(org.openqa.selenium.Keys.CONTROL)
                .keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys("z").keyUp(org.openqa.selenium.Keys.SHIFT)
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        browser.waitForVaadin();
    }

    String dataStores() {
        browser.click("tab-stores");
        return browser.gridText("dataStores-grid");
    }

    /** Opens Versions and compares the two latest versions; returns the plan changes listed, one per line. */
    List<String> compareTheTwoLatestVersions() {
        browser.click("show-versions");
        browser.waitUntil("the versions dialog", () -> browser.isPresent("compare-versions"));
        browser.click("compare-versions");
        browser.waitUntil("the comparison", () -> browser.isPresent("comparison-plan-changes"));
        browser.waitUntil("the comparison diagram", () -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", browser.byId("comparison-diagram"))));
        return browser.all("#comparison-plan-changes li").stream().map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    /** The rows of the comparison's firewall rule list. */
    String comparedRules() {
        return browser.gridText("comparison-rules");
    }

    private void selectRow(String gridId, String firstCellText) {
        var cell = browser.all("#" + gridId + " vaadin-grid-cell-content").stream()
                .filter(c -> c.getText().strip().equals(firstCellText)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + firstCellText + " in " + gridId));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        browser.waitForVaadin();
    }

    String runtimes() {
        return browser.gridText("recommendation-runtimes");
    }

    String flows() {
        return browser.gridText("recommendation-flows");
    }

    String corporateFirewallOutboundRules() {
        return browser.gridText("rules-CORPORATE_FIREWALL-OUTBOUND");
    }

    String allowlist() {
        return browser.gridText("recommendation-allowlist");
    }

    /** Waits until the browser has loaded the design's diagram and returns its width in pixels. */
    long diagramPixelWidth() {
        browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.byId("recommendation-summary"));
        browser.waitUntil("the diagram image", () -> ((Number) browser.script(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", browser.byId("design-diagram")))
                .longValue() > 0);
        return ((Number) browser.script("return arguments[0].naturalWidth", browser.byId("design-diagram")))
                .longValue();
    }

    String summary() {
        return browser.byId("recommendation-summary").getText();
    }

    /** Opens the source of the first runtime's placement and returns the quoted sentence shown. */
    String showSourceOfFirstRuntime() {
        var source = browser.all("vaadin-grid#recommendation-runtimes vaadin-button.source-toggle").getFirst();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", source);
        source.click();
        browser.waitForVaadin();
        browser.waitUntil("the quoted source", () -> !browser.all("#recommendation-runtimes .source-quote").isEmpty());
        return browser.all("#recommendation-runtimes .source-quote").getFirst().getText();
    }

    /** Opens the share dialog, creates a view link with the label and returns the link shown (once). */
    String createViewLink(String label) {
        browser.click("share-plan");
        browser.waitUntil("the share dialog", () -> browser.isPresent("share-dialog"));
        browser.type("share-label", label);
        browser.click("share-create");
        browser.waitUntil("the new link", () -> !String.valueOf(browser.script("return arguments[0].value",
                browser.byId("share-created-link"))).isBlank());
        return String.valueOf(browser.script("return arguments[0].value", browser.byId("share-created-link")));
    }

    void waitUntilSaved() {
        browser.waitUntil("the autosave", () -> browser.byId("save-status").getText().startsWith("Saved"));
    }

    boolean showsConflict() {
        return browser.isPresent("conflict-dialog");
    }

    void waitForConflict() {
        browser.waitUntil("the conflict dialog", this::showsConflict);
    }

    void waitForAccessLost() {
        browser.waitUntil("the access-lost dialog", () -> browser.isPresent("access-lost-dialog"));
    }

    /** Whether the Share button is shown (only to the plan's owner). */
    boolean offersSharing() {
        return browser.isPresent("share-plan") && browser.byId("share-plan").isDisplayed();
    }

    PlanEditorPage reloadTheirVersion() {
        browser.click("conflict-reload");
        return waitFor(browser);
    }

    String planName() {
        return (String) browser.script("return arguments[0].value", browser.byId("plan-name"));
    }

    PlanListPage backToList() {
        return PlanListPage.open(browser);
    }

    private static String storeTypeName(String code) {
        List<StoreTypeSpec> types = RecommendationEngine.standard().catalog().storeTypes();
        return types.stream().filter(t -> t.type().equals(code)).map(StoreTypeSpec::displayName).findFirst()
                .orElseThrow(() -> new AssertionError("No store type " + code));
    }

}
