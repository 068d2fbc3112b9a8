package org.hybridplanner.app.e2e;

/** The read-only page a view link opens (plain HTML, no Vaadin). */
final class SharedPlanPage {
    private final Browser browser;

    private SharedPlanPage(Browser browser) {
        this.browser = browser;
    }

    static SharedPlanPage open(Browser browser, String token) {
        browser.go("shared/" + token);
        return new SharedPlanPage(browser);
    }

    String planName() {
        return browser.byId("plan-name").getText();
    }

    String firewallRules() {
        return browser.byId("firewall-rules").getText();
    }

    boolean showsDiagram() {
        return !browser.all("#diagram svg").isEmpty();
    }

    /**
     * Clicks the PDF download (the page's policy forbids scripts from fetching, so it goes through the browser's
     * own download) and returns the downloaded file once complete.
     */
    java.nio.file.Path downloadPdf(java.nio.file.Path into) {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", into.toAbsolutePath().toString()));
        browser.byId("download-pdf").click();
        browser.waitUntil("the PDF download", () -> pdfIn(into) != null);
        return pdfIn(into);
    }

    private static java.nio.file.Path pdfIn(java.nio.file.Path directory) {
        try (var files = java.nio.file.Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
