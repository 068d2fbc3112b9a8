package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 1,000-store plan on the canvas at 1,280 px: fitted to the screen it shows its zones with their counts and the
 * flows between zones, not the stores; zooming in shows the stores; an edit while zoomed out updates the counts; the
 * keyboard still selects on the zoomed-out canvas (screenshots {@code canvas-1000-*}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasZoomLevelsIT {
    private static final String PASSWORD = "canvas-zoom-password";
    /** What the canvas shows of each layer: shapes with a size on screen, by layer and kind. */
    private static final String SHOWN = """
            const [layer, kind] = [arguments[0], arguments[1]];
            return Array.from(document.querySelectorAll('#design-canvas .' + layer
                + ' [data-element-kind="' + kind + '"]')).filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0;
                }).length;
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-canvas-zoom");
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
    void zoomedOutTheThousandStorePlanShowsZonesAndCountsAndZoomedInItsStores() {
        long account = AccountFixtures.localAccount(context, "canvas-zoomer", PASSWORD, Role.USER);
        AccountFixtures.signIn(account, "canvas-zoomer", Role.USER);
        Plan plan = CanvasBrowserMeasurementIT.thousandStores();
        UUID id = plans.create(plan, VersionKind.CREATED);
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            browser.resize(1280, 800);
            LoginPage.open(browser).signIn("canvas-zoomer", PASSWORD);
            browser.go("plans/" + id);
            CanvasPage canvas = new CanvasPage(browser);
            canvas.fit();

            assertThat(level(browser)).isEqualTo("zones");
            assertThat(shown(browser, "canvas-overview", "location")).isEqualTo(plan.locations().size());
            assertThat(shown(browser, "canvas-overview", "zone-flows")).isPositive();
            assertThat(shown(browser, "canvas-detail", "store")).isZero();
            DataStore first = plan.dataStores().getFirst();
            long inZone = plan.dataStores().stream().filter(s -> s.location().equals(first.location())).count();
            assertThat(overviewText(browser, first.location())).contains(inZone + " stores")
                    .contains("flows").contains("warning");
            browser.screenshot("canvas-1000-01-zoomed-out");

            // An edit while zoomed out: the drop goes to the server as from the palette, and the count follows.
            long revision = canvas.revision();
            browser.script("const z = document.querySelector(\"#design-canvas .canvas-overview"
                    + " [data-element-kind='location'][data-element-id='" + first.location() + "']\").getBBox();"
                    + " document.getElementById('design-canvas').$server.dropped('store', '" + first.type()
                    + "', z.x + 40, z.y + z.height - 30);");
            browser.waitUntil("the updated drawing", () -> canvas.revision() > revision);
            assertThat(overviewText(browser, first.location())).contains((inZone + 1) + " stores");

            // The keyboard still chooses on the zoomed-out canvas: the zones it shows.
            browser.script("document.getElementById('design-canvas').focus()");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE, Keys.ENTER);
            browser.waitUntil("a zone selected", () -> !browser.all("#design-canvas .canvas-overview"
                    + " .canvas-selected").isEmpty());
            browser.waitUntil("the zone announced", () -> browser.byId("canvas-announcement").getText()
                    .startsWith("Selected location"));

            for (int i = 0; i < 20 && "zones".equals(level(browser)); i++) {
                browser.click("canvas-zoom-in");
            }
            assertThat(level(browser)).isEqualTo("elements");
            assertThat(shown(browser, "canvas-detail", "store")).isPositive();
            assertThat(shown(browser, "canvas-overview", "location")).isZero();
            browser.screenshot("canvas-1000-02-zoomed-in");

            // An edit that keeps the drawing's size leaves the size alone: writing it, even unchanged, makes the
            // browser lay out and paint all 30,000 shapes again (100-500 ms at 1,000 stores), not just the new ones.
            browser.script("const svg = document.querySelector('#design-canvas svg'); window.sizeWrites = [];"
                    + " new MutationObserver(records => window.sizeWrites.push(...records.map(r => r.attributeName)))"
                    + ".observe(svg, { attributes: true, attributeFilter: ['width', 'height', 'viewBox'] });"
                    + " window.sizeBefore = svg.getAttribute('viewBox');");
            long beforeConnect = canvas.revision();
            String from = plan.dataStores().get(1).id();
            String to = plan.dataStores().get(plan.dataStores().size() - 2).id();
            browser.script("document.getElementById('design-canvas').$server.connected('store', arguments[0],"
                    + " arguments[1])", from, to);
            browser.waitUntil("the flow drawn", () -> canvas.revision() > beforeConnect);
            assertThat(browser.script("return document.querySelector('#design-canvas svg').getAttribute('viewBox')"
                    + " === window.sizeBefore ? window.sizeWrites : ['size changed']")).asList().isEmpty();

            // An edit while zoomed in changes the hidden overview's counts; the script puts the new overview in
            // only when a zoom shows it, and then with the counts of the last edit.
            long beforeDrop = canvas.revision();
            browser.script("const z = document.querySelector(\"#design-canvas .canvas-detail"
                    + " [data-element-kind='location'][data-element-id='" + first.location() + "']\").getBBox();"
                    + " document.getElementById('design-canvas').$server.dropped('store', '" + first.type()
                    + "', z.x + 40, z.y + z.height - 30);");
            browser.waitUntil("the store dropped zoomed in", () -> canvas.revision() > beforeDrop);
            canvas.fit();
            assertThat(level(browser)).isEqualTo("zones");
            assertThat(overviewText(browser, first.location())).contains((inZone + 2) + " stores");
        }
    }

    private static String level(Browser browser) {
        return (String) browser.script("return document.getElementById('design-canvas').dataset.level");
    }

    private static long shown(Browser browser, String layer, String kind) {
        return ((Number) browser.script(SHOWN, layer, kind)).longValue();
    }

    private static String overviewText(Browser browser, String locationId) {
        return (String) browser.script("return document.querySelector(\"#design-canvas .canvas-overview"
                + " [data-element-kind='location'][data-element-id='\" + arguments[0] + \"']\").textContent",
                locationId);
    }
}
