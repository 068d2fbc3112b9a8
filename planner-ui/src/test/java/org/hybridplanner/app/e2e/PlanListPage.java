package org.hybridplanner.app.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebElement;

/** The list of the signed-in user's plans. */
final class PlanListPage {
    private final Browser browser;

    PlanListPage(Browser browser) {
        this.browser = browser;
    }

    static PlanListPage open(Browser browser) {
        browser.go("");
        browser.byId("plans-grid");
        return new PlanListPage(browser);
    }

    String listText() {
        return browser.gridText("plans-grid");
    }

    PlanEditorPage createPlan() {
        browser.click("new-plan");
        return PlanEditorPage.waitFor(browser);
    }

    PlanEditorPage openPlan(String name) {
        browser.type("plan-search", name);
        browser.waitUntil("plan '" + name + "' in the list", () -> listText().contains(name));
        browser.all("vaadin-grid#plans-grid vaadin-button.open-plan").getFirst().click();
        browser.waitForVaadin();
        return PlanEditorPage.waitFor(browser);
    }

    /** Uploads a plan file; returns the problems shown (path and message per row), or an empty list on success. */
    List<String> importFile(Path file) {
        WebElement upload = browser.byId("import-plan");
        WebElement input = (WebElement) browser.script(
                "return arguments[0].querySelector('input[type=file]') || "
                        + "(arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitUntil("the import to finish", () -> browser.isPresent("import-problems")
                || browser.currentPath().startsWith("plans/"));
        browser.waitForVaadin();
        if (!browser.isPresent("import-problems")) {
            return List.of();
        }
        String text = browser.gridText("import-problems-grid");
        return List.of(text.split(" \\| "));
    }

    /** Uploads a Data Factory export (a zip or the ARM template) and waits for the plan it becomes to open. */
    PlanEditorPage importFromDataFactory(Path export) {
        WebElement upload = browser.byId("import-data-factory");
        WebElement input = (WebElement) browser.script(
                "return arguments[0].querySelector('input[type=file]') || "
                        + "(arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload);
        input.sendKeys(export.toAbsolutePath().toString());
        browser.waitUntil("the imported plan to open", () -> browser.currentPath().startsWith("plans/"));
        return PlanEditorPage.waitFor(browser);
    }

    void closeImportProblems() {
        browser.click("import-problems-close");
    }

    LoginPage signOut() {
        browser.click("sign-out");
        browser.waitUntil("the sign-in page", () -> !browser.all("vaadin-login-form").isEmpty()
                || browser.isPresent("sign-in-with-provider"));
        return new LoginPage(browser);
    }

    /** Who the title bar says is signed in. */
    String signedInUser() {
        return browser.byId("signed-in-user").getText();
    }

    /** The entries of the planner's menu. */
    java.util.List<String> menu() {
        return browser.all("vaadin-side-nav-item").stream().map(item -> item.getText().strip()).toList();
    }

    boolean hasRow(String name) {
        return listText().contains(name);
    }

}
