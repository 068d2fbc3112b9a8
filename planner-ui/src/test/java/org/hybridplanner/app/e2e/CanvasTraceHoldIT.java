package org.hybridplanner.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Holds the 1,000-store plan open in headless Chromium, zoomed in (elements shown), for a Chromium trace taken from
 * outside: it writes the browser's DevTools address and the gestures' calls to {@code /tmp/canvas-trace/debugger-LABEL.json}
 * and waits ({@code -Dcanvas.hold} seconds, default 1,200) until {@code /tmp/canvas-trace/release-LABEL} exists.
 * {@code bin/canvas-trace/drive.mjs} then runs gestures in the page (the same call and timing as
 * {@link CanvasBrowserMeasurementIT}, with {@code performance.mark}s for the trace) under CDP {@code Tracing}, and
 * {@code bin/canvas-trace/tdur.py} sums each thread's CPU time between gesture and painted frame
 * (docs/planner-ui.md, "Where a zoomed-in edit's browser time goes"). Figures only, no assertions.
 */
@Tag("measurement")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasTraceHoldIT {
    private static final String PASSWORD = "canvas-measurer-password";
    private static final String GESTURE = """
            const [call, done] = [arguments[0], arguments[arguments.length - 1]];
            const host = document.getElementById('design-canvas');
            const canvas = host.__canvas;
            const before = host.dataset.revision;
            performance.mark('gesture');
            const start = performance.now();
            const times = { patched: start, applied: start };
            const patch = canvas.patch;
            canvas.patch = function () {
              times.patched = performance.now();
              performance.mark('patch-start');
              try { return patch.apply(this, arguments); } finally {
                times.applied = performance.now(); performance.mark('patch-end'); canvas.patch = patch; }
            };
            const observer = new MutationObserver(() => {
              if (host.dataset.revision !== before) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => {
                  performance.mark('painted');
                  const end = performance.now();
                  canvas.patch = patch;
                  done([end - start, times.patched - start, times.applied - times.patched, end - times.applied]);
                }, 0));
              }
            });
            observer.observe(host, { attributes: true, attributeFilter: ['data-revision'] });
            new Function('server', call)(host.$server);
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-canvas-trace");
        registry.add("planner.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void requireChromium() {
        // Only when asked for by name (bin/canvas-trace/README.md): it holds the browser open for minutes.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("canvas.label") != null,
                "run with -Dcanvas.label=NAME, see bin/canvas-trace/README.md");
        Browser.requireChromium();
    }

    @AfterEach
    void signOutOfThisThread() {
        AccountFixtures.signOut();
    }

    @Test
    void trace() throws Exception {
        long account = AccountFixtures.localAccount(context, "canvas-measurer", PASSWORD, Role.USER);
        AccountFixtures.signIn(account, "canvas-measurer", Role.USER);
        Plan plan = CanvasBrowserMeasurementIT.thousandStores();
        UUID id = plans.create(plan, VersionKind.CREATED);
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            LoginPage.open(browser).signIn("canvas-measurer", PASSWORD);
            browser.go("plans/" + id);
            CanvasPage canvas = new CanvasPage(browser);
            canvas.fit();
            DataStore first = plan.dataStores().get(0);
            String zoneBox = "const z = Array.from(document.querySelectorAll(\"#design-canvas"
                    + " [data-element-kind='location'][data-element-id='" + first.location() + "']\"))"
                    + ".map(e => e.getBBox()).find(b => b.width > 0);";
            Object zoom = browser.script("const host = document.getElementById('design-canvas');"
                    + " for (let i = 0; i < 40 && host.dataset.level === 'zones'; i++) { host.__canvas.zoom(1.25); }"
                    + " return host.dataset.level + ' at ' + host.dataset.zoom + ' %';");
            System.out.println("CANVAS TRACE zoomed in: " + zoom);
            for (int i = 0; i < 4; i++) {
                gesture(browser, zoneBox + "server.dropped('store', '" + first.type() + "', z.x + 20 + " + (i % 7) * 30
                        + ", z.y + z.height - 30);");
            }
            browser.screenshot("trace-zoomed-in-" + System.getProperty("canvas.label"));
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            Map<?, ?> chromeOptions = (Map<?, ?>) chrome.getCapabilities().getCapability("goog:chromeOptions");
            String address = (String) chromeOptions.get("debuggerAddress");
            String label = System.getProperty("canvas.label");
            Files.createDirectories(Path.of("/tmp/canvas-trace"));
            Files.writeString(Path.of("/tmp/canvas-trace/debugger-" + label + ".json"), new Json().toJson(Map.of(
                    "address", address, "gesture", GESTURE, "drop", zoneBox + "server.dropped('store', '"
                            + first.type() + "', z.x + 20 + %X%, z.y + z.height - 30);",
                    "connect", "server.connected('store', '%A%', '%B%');",
                    "stores", plan.dataStores().stream().map(DataStore::id).toList(),
                    "move", "server.moved('location', '" + plan.locations().get(0).id() + "', %D%, 5);")));
            System.out.println("CANVAS TRACE holding at " + address);
            long hold = Long.getLong("canvas.hold", 1200);
            Path release = Path.of("/tmp/canvas-trace/release-" + label);
            for (long waited = 0; waited < hold && !Files.exists(release); waited++) {
                Thread.sleep(1000);
            }
        }
    }

    private static Object gesture(Browser browser, String call) {
        Object took = ((JavascriptExecutor) browser.driver()).executeAsyncScript(GESTURE, call);
        browser.waitForVaadin();
        return took;
    }
}
