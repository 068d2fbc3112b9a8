package org.hybridplanner.app.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The OpenID Connect provider's own sign-in page (mock-oauth2-server's interactive login form). */
final class ProviderSignInPage {
    private final Browser browser;

    ProviderSignInPage(Browser browser) {
        this.browser = browser;
        browser.waitUntil("the provider's sign-in page",
                () -> !browser.all("form input[name='username']").isEmpty());
    }

    /**
     * Signs in at the provider as {@code subject}, with these extra ID token claims (JSON), and waits for the
     * planner's plan list.
     */
    PlanListPage signInAs(String subject, String claimsJson) {
        submit(subject, claimsJson);
        browser.waitUntil("the plan list after signing in with the provider", () -> browser.isPresent("plans-grid"));
        browser.waitForVaadin();
        return new PlanListPage(browser);
    }

    /** Signs in at the provider and answers the planner's sign-in page that the browser comes back to. */
    LoginPage signInAndComeBackRefused(String subject, String claimsJson) {
        submit(subject, claimsJson);
        browser.waitUntil("the planner's sign-in page", () -> browser.isPresent("login-provider-problem"));
        return new LoginPage(browser);
    }

    private void submit(String subject, String claimsJson) {
        browser.all("form input[name='username']").getFirst().sendKeys(subject);
        WebElement claims = browser.driver().findElement(By.cssSelector("form textarea[name='claims']"));
        claims.sendKeys(claimsJson);
        browser.driver().findElement(By.cssSelector("form input[type='submit']")).click();
    }
}
