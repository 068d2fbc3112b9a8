package org.hybridplanner.app.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sign-in page. */
final class LoginPage {
    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.go("login");
        return new LoginPage(browser);
    }

    PlanListPage signIn(String username, String password) {
        submit(username, password);
        browser.waitUntil("the plan list after signing in", () -> browser.isPresent("plans-grid"));
        browser.waitForVaadin();
        return new PlanListPage(browser);
    }

    /** Signs in where the planner sent the user to sign in first: it returns them to the page they asked for. */
    PlanEditorPage signInToEdit(String username, String password) {
        submit(username, password);
        return PlanEditorPage.waitFor(browser);
    }

    private void submit(String username, String password) {
        browser.waitUntil("the login form", () -> !browser.all("vaadin-login-form input[name='username']").isEmpty());
        WebElement user = browser.all("vaadin-login-form input[name='username']").getFirst();
        WebElement pass = browser.all("vaadin-login-form input[name='password']").getFirst();
        user.sendKeys(username);
        pass.sendKeys(password, Keys.ENTER);
    }

    /** The link to the organisation's sign-in provider, as the page words it. */
    String providerLinkText() {
        return browser.byId("sign-in-with-provider").getText();
    }

    ProviderSignInPage signInWithProvider() {
        browser.byId("sign-in-with-provider").click();
        return new ProviderSignInPage(browser);
    }

    /** Why signing in with the provider did not let the user in; empty when the page shows no such problem. */
    String providerProblem() {
        return browser.isPresent("login-provider-problem") ? browser.byId("login-provider-problem").getText() : "";
    }

    boolean isShown() {
        return !browser.all("vaadin-login-form").isEmpty();
    }

    boolean showsSignInForm() {
        return !browser.driver().findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty();
    }
}
