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

    /** The diagram's summary line above the page's sections. */
    String summary() {
        return browser.byId("summary").getText();
    }

    /** Where the diagram and the drawing inside it end, in CSS pixels of the window. */
    record DiagramFit(double svgWidth, double containerWidth, double rightmostShape, double containerRight,
            double viewportWidth, double scrollWidth) {
    }

    DiagramFit diagramFit() {
        @SuppressWarnings("unchecked")
        java.util.List<Number> values = (java.util.List<Number>) browser.script("""
                const svg = document.querySelector('#diagram svg');
                const box = document.getElementById('diagram');
                const rights = Array.from(svg.querySelectorAll('rect, path, text'))
                    .map(e => e.getBoundingClientRect().right);
                return [svg.getBoundingClientRect().width, box.clientWidth, Math.max(...rights),
                    box.getBoundingClientRect().right, document.documentElement.clientWidth, box.scrollWidth];
                """);
        return new DiagramFit(values.get(0).doubleValue(), values.get(1).doubleValue(), values.get(2).doubleValue(),
                values.get(3).doubleValue(), values.get(4).doubleValue(), values.get(5).doubleValue());
    }

    /** Follows the page's "full size" link (no script: the link only targets the diagram). */
    void showDiagramFullSize() {
        browser.byId("diagram-full-size").click();
    }

    void fitDiagramToPage() {
        browser.byId("diagram-fit").click();
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
