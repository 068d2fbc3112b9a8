package org.hybridplanner.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prints the browser time from a canvas gesture to the updated diagram on a 1,000-store plan, in headless
 * Chromium: the page calls the gesture's server method exactly as {@code design-canvas.js} does at the end of a drag,
 * and a MutationObserver on the canvas waits for the new drawing to be in the page; the time runs to the next
 * animation frame after it (style, layout and paint of the new drawing included). Figures only: run it with
 * {@code bin/measure-canvas.sh} (docs/planner-ui.md, "Measured figures").
 */
@Tag("measurement")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasBrowserMeasurementIT {
    private static final String PASSWORD = "canvas-measurer-password";
    private static final int WARM_UP = 5;
    /**
     * Rounds of the three gestures, mixed, made on another copy of the plan before the measured one is opened, so
     * that the server's compiled code has seen every path each gesture takes (CanvasEditMeasurement: without it a
     * zone move's first stretch of moves runs in code the JIT threw away).
     */
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED = 30;
    /**
     * Calls a gesture and answers the milliseconds until the drawing that follows it has been painted, and where
     * they went: until the canvas's script got the update (server, network, the Vaadin client), in the script's
     * patch (parse, clean, import, insert), and from there to the painted frame (the rest of the response, style,
     * layout, paint).
     */
    private static final String TIMED_GESTURE = """
            const [call, done] = [arguments[0], arguments[arguments.length - 1]];
            const host = document.getElementById('design-canvas');
            const canvas = host.__canvas;
            const before = host.dataset.revision;
            const start = performance.now();
            const times = { patched: start, applied: start };
            const patch = canvas.patch;
            canvas.patch = function () {
              times.patched = performance.now();
              try {
                return patch.apply(this, arguments);
              } finally {
                times.applied = performance.now();
                canvas.patch = patch;
              }
            };
            const observer = new MutationObserver(() => {
              if (host.dataset.revision !== before) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => {
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
        Path dataDir = Files.createTempDirectory("planner-canvas-measure");
        registry.add("planner.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOutOfThisThread() {
        AccountFixtures.signOut();
    }

    @Test
    void thousandStorePlan() throws Exception {
        long account = AccountFixtures.localAccount(context, "canvas-measurer", PASSWORD, Role.USER);
        AccountFixtures.signIn(account, "canvas-measurer", Role.USER);
        Plan plan = thousandStores();
        UUID id = plans.create(plan, VersionKind.CREATED);
        UUID warmUpCopy = plans.create(plan, VersionKind.CREATED);
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            LoginPage.open(browser).signIn("canvas-measurer", PASSWORD);
            warmUp(browser, warmUpCopy, plan);
            browser.go("plans/" + id);
            ((ChromeDriver) browser.driver()).executeCdpCommand("Performance.enable", Map.of());
            CanvasPage canvas = new CanvasPage(browser);
            canvas.fit();
            Object size = browser.script("return document.querySelector('#design-canvas svg').outerHTML.length");
            System.out.printf("CANVAS BROWSER drawing in the page: %,d characters%n", ((Number) size).longValue());
            DataStore first = plan.dataStores().get(0);
            List<DataStore> stores = plan.dataStores();
            String location = plan.locations().get(0).id();
            measure(browser, "drop a store", i -> drop(first, i));
            measure(browser, "connect two stores", i -> connect(stores, i, 0));
            measure(browser, "move a zone", i -> move(location, i));
            browser.screenshot("canvas-measured-1000-stores");
            // The same gestures zoomed in far enough to show the elements (at Fit the overview of zones is shown).
            Object zoom = browser.script("const host = document.getElementById('design-canvas');"
                    + " for (let i = 0; i < 40 && host.dataset.level === 'zones'; i++) { host.__canvas.zoom(1.25); }"
                    + " return host.dataset.level + ' at ' + host.dataset.zoom + ' %';");
            System.out.println("CANVAS BROWSER zoomed in: " + zoom);
            measure(browser, "drop a store, zoomed in", i -> drop(first, i));
            measure(browser, "connect two stores, zoomed in", i -> connect(stores, i, 40));
            measure(browser, "move a zone, zoomed in", i -> move(location, i));
            browser.screenshot("canvas-measured-1000-stores-zoomed-in");
            breakdown(browser);
        }
    }

    /** The three gestures, mixed, {@link #WARM_UP_ROUNDS} times on another copy of the plan, untimed. */
    private static void warmUp(Browser browser, UUID copy, Plan plan) {
        browser.go("plans/" + copy);
        new CanvasPage(browser).fit();
        DataStore first = plan.dataStores().get(0);
        List<DataStore> stores = plan.dataStores();
        String location = plan.locations().get(0).id();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (String call : List.of(drop(first, i), connect(stores, i, 0), move(location, i))) {
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(TIMED_GESTURE, call);
                browser.waitForVaadin();
            }
        }
    }

    /**
     * The i-th drop of a store like {@code first} on its zone as shown (in the overview of zones or in the drawing,
     * whichever is on screen), as the script reports it.
     */
    private static String drop(DataStore first, int i) {
        return "const z = Array.from(document.querySelectorAll(\"#design-canvas [data-element-kind='location']"
                + "[data-element-id='" + first.location() + "']\")).map(e => e.getBBox()).find(b => b.width > 0);"
                + " server.dropped('store', '" + first.type() + "', z.x + 20 + " + (i % 7) * 30
                + ", z.y + z.height - 30);";
    }

    /** The i-th connection: the store {@code skip + i} to the one as far from the end. */
    private static String connect(List<DataStore> stores, int i, int skip) {
        return "server.connected('store', '" + stores.get(skip + i).id() + "', '"
                + stores.get(stores.size() - 1 - skip - i).id() + "');";
    }

    /** The i-th move of the zone: right and left by turns, always a little down. */
    private static String move(String location, int i) {
        return "server.moved('location', '" + location + "', " + (i % 2 == 0 ? 10 : -10) + ", 5);";
    }

    /** Where the browser's time goes: the steps of the script's update() on the same drawing, one by one. */
    private static void breakdown(Browser browser) {
        String steps = """
                const done = arguments[arguments.length - 1];
                const viewport = document.querySelector('#design-canvas .canvas-viewport');
                const markup = viewport.querySelector('svg').outerHTML;
                const t0 = performance.now();
                const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
                const t1 = performance.now();
                let attributes = 0;
                for (const element of [root, ...root.querySelectorAll('*')]) {
                  attributes += element.attributes.length;
                }
                const t2 = performance.now();
                viewport.replaceChildren(document.importNode(root, true));
                const t3 = performance.now();
                viewport.querySelector('svg').getBBox();
                const t4 = performance.now();
                requestAnimationFrame(() => setTimeout(() => done([t1 - t0, t2 - t1, t3 - t2, t4 - t3,
                    performance.now() - t4]), 0));
                """;
        for (int i = 0; i < 3; i++) {
            Object took = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(steps);
            System.out.println("CANVAS BROWSER update steps, ms (parse, walk attributes, import and replace, layout,"
                    + " to the next frame): " + took);
        }
    }

    private static void measure(Browser browser, String gesture, java.util.function.IntFunction<String> call) {
        double[] millis = new double[MEASURED];
        double[][] phases = new double[3][MEASURED];
        Map<String, Double> metricsBefore = Map.of();
        long[] cpuBefore = {0, 0};
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i == WARM_UP) {
                metricsBefore = pageMetrics(browser);
                cpuBefore = cpuMillis();
            }
            List<?> took = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeAsyncScript(TIMED_GESTURE, call.apply(i));
            browser.waitForVaadin();
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = ((Number) took.get(0)).doubleValue();
                for (int phase = 0; phase < 3; phase++) {
                    phases[phase][i - WARM_UP] = ((Number) took.get(phase + 1)).doubleValue();
                }
            }
        }
        Map<String, Double> metricsAfter = pageMetrics(browser);
        long[] cpuAfter = cpuMillis();
        Arrays.sort(millis);
        System.out.printf("CANVAS BROWSER %s, 1,000-store plan: median %.0f ms, p95 %.0f ms, max %.0f ms (%d)%n",
                gesture, millis[MEASURED / 2], millis[(int) Math.ceil(MEASURED * 0.95) - 1], millis[MEASURED - 1],
                MEASURED);
        for (double[] phase : phases) {
            Arrays.sort(phase);
        }
        StringBuilder perEdit = new StringBuilder();
        for (String metric : List.of("ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration")) {
            double seconds = metricsAfter.getOrDefault(metric, 0.0) - metricsBefore.getOrDefault(metric, 0.0);
            perEdit.append(String.format(" %s %.0f", metric.replace("Duration", ""), seconds * 1000 / MEASURED));
        }
        System.out.printf("CANVAS BROWSER   where, median ms: to the script's patch %.0f, in patch %.0f,"
                + " to painted %.0f; main thread per edit, mean ms:%s%n", phases[0][MEASURED / 2], phases[1][MEASURED / 2],
                phases[2][MEASURED / 2], perEdit);
        System.out.printf("CANVAS BROWSER   CPU time per edit, mean ms: Chromium's processes (main thread, raster,"
                + " compositor, GPU, network) %d, the server's JVM %d%n", (cpuAfter[0] - cpuBefore[0]) / MEASURED,
                (cpuAfter[1] - cpuBefore[1]) / MEASURED);
    }

    /**
     * CPU time so far, in milliseconds, of the browser's processes (chromedriver and the Chromium it started, this
     * JVM's descendants) and of this JVM (the server and the test): where the machine's time went, beyond the page's
     * main thread.
     */
    private static long[] cpuMillis() {
        long browser = ProcessHandle.current().descendants()
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
        long server = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        return new long[] {browser, server};
    }

    /** Chromium's own counters of the page's main-thread work (seconds), through the DevTools protocol. */
    private static Map<String, Double> pageMetrics(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Map<String, Double> metrics = new HashMap<>();
        List<?> listed = (List<?>) chrome.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        for (Object entry : listed) {
            Map<?, ?> metric = (Map<?, ?>) entry;
            metrics.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return metrics;
    }

    /** The demo plan grown to 1,000 stores, as the server-side measurement (EditRoundTripMeasurement) grows it. */
    static Plan thousandStores() {
        Plan demo = RecommendationEngine.standard().reader()
                .read(ExamplePlans.byId("06-mixed-azure-aws-estate").json()).planOrThrow();
        List<DataStore> stores = new ArrayList<>(demo.dataStores());
        List<Flow> flows = new ArrayList<>(demo.flows());
        for (int i = 0; stores.size() < 1000; i++) {
            DataStore template = demo.dataStores().get(i % demo.dataStores().size());
            DataStore copy = new DataStore(template.id() + "-" + i, template.name() + " " + i, template.type(),
                    template.location());
            stores.add(copy);
            Flow like = demo.flows().get(i % demo.flows().size());
            String sink = like.source().equals(template.id()) ? like.sink() : like.source();
            if (!sink.equals(copy.id())) {
                flows.add(new Flow("copy-" + i, copy.id(), sink, false));
            }
        }
        return new Plan(demo.schemaVersion(), demo.name() + " (1,000 stores)", demo.dataFactory(), demo.locations(),
                demo.links(), stores, flows, demo.runtime(), demo.credentials());
    }
}
