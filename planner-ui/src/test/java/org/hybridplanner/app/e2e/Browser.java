package org.hybridplanner.app.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session, with the waits and element access the page objects share. The browser and
 * driver paths are explicit so that Selenium Manager never tries to download anything.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("planner.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("planner.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final List<String> cspViolations = new java.util.ArrayList<>();

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Fails in CI and skips elsewhere when Chromium or chromedriver is missing (test.sh installs both). */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER + ") are needed for the "
                + "browser tests: run ./test.sh, or apt-get install -y chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    static Browser open(String baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1600,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1600, 1000));
        return new Browser(driver, baseUrl);
    }

    /** Resizes the window, for a check at a given screen width. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void go(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Opens an address on another server (another instance behind the load balancer), with this browser's cookies. */
    void goToAddress(String url) {
        driver.get(url);
        waitForVaadin();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits until the Vaadin client has no request in flight (and a lazy field has sent its value). */
    void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const f = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!f || !f.clients) { return document.readyState === 'complete'; }"
                        + "return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + what.replaceAll("[^a-z0-9]+", "-"));
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    WebElement byId(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id(id)).isEmpty());
        return driver.findElement(By.id(id));
    }

    /** Presses Escape, which closes the open dialog. */
    void pressEscape() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
    }

    boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String id) {
        byId(id).click();
        waitForVaadin();
    }

    void clickButtonWithText(SearchContext within, String text) {
        within.findElements(By.cssSelector("vaadin-button")).stream().filter(b -> b.getText().strip().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("No button '" + text + "'")).click();
        waitForVaadin();
    }

    /** Types into a text field (replacing its value) and leaves it, so the value reaches the server. */
    void type(String fieldId, String text) {
        WebElement input = byId(fieldId).findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        pause(450);
        waitForVaadin();
    }

    /** Picks the combo box item whose label is exactly {@code label}. */
    void choose(String comboId, String label) {
        WebElement input = byId(comboId).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        pause(300);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        String chosen = (String) script("return arguments[0].querySelector('input').value", byId(comboId));
        if (!label.equals(chosen)) {
            throw new AssertionError("Could not choose '" + label + "' in " + comboId + " (shows '" + chosen + "')");
        }
    }

    /** The text of every cell of a grid, header included, in document order. */
    String gridText(String gridId) {
        return (String) script("return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).filter(t => t.length > 0).join(' | ')", byId(gridId));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * What the browser's console reported as blocked by the page's Content-Security-Policy since this browser
     * opened (Chromium: "Refused to ... because it violates the following Content Security Policy directive").
     */
    List<String> contentSecurityPolicyViolations() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).forEach(cspViolations::add);
        return List.copyOf(cspViolations);
    }

    WebDriver driver() {
        return driver;
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
