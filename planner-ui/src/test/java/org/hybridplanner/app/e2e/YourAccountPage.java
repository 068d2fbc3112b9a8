package org.hybridplanner.app.e2e;

/** "Your account": the signed-in user's own password. */
final class YourAccountPage {
    private final Browser browser;

    private YourAccountPage(Browser browser) {
        this.browser = browser;
    }

    static YourAccountPage open(Browser browser) {
        browser.go("account");
        browser.byId("change-password");
        return new YourAccountPage(browser);
    }

    /** What the page says to someone who signs in with the organisation's provider (who has no password here). */
    static String whereSignInIsManaged(Browser browser) {
        browser.go("account");
        return browser.byId("signs-in-with-provider").getText();
    }

    /** Changes the password and waits for the planner to confirm it. */
    void changePassword(String current, String chosen) {
        browser.type("current-password", current);
        browser.type("new-password", chosen);
        browser.type("repeat-password", chosen);
        browser.click("change-password");
        browser.waitUntil("the password change to be confirmed", () -> browser.all("vaadin-notification-card")
                .stream().anyMatch(card -> card.getText().contains("Password changed")));
    }
}
