package org.hybridplanner.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.RuntimeHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Building the README's example estate on the canvas with the mouse, in a real browser: drops from the palette,
 * links and flows drawn by dragging, names typed in the side panel. Then the plan as the API returns it, the
 * recommendation, and a moved zone that stays where it was put after a reload and in the exported SVG.
 * Screenshots of each step go to {@code target/screenshots/canvas-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasJourneyIT {
    private static final String ADMIN_PASSWORD = "canvas-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-canvas");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
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
    void buildsTheReadmeEstateOnTheCanvasAndAMovedZoneStaysWhereItWasPut() throws Exception {
        try (Browser browser = Browser.open("http://localhost:" + port + "/")) {
            PlanEditorPage editor = LoginPage.open(browser).signIn("admin", ADMIN_PASSWORD).createPlan();
            CanvasPage canvas = new CanvasPage(browser);
            browser.screenshot("canvas-01-empty");

            canvas.dropLocation(LocationKind.ON_PREMISES, 0.1, 0.3);
            canvas.type("location-name", "Amsterdam DC");
            canvas.type("location-egress", "203.0.113.10");
            canvas.type("location-spaces", "10.10.0.0/16");
            canvas.dropLocation(LocationKind.AZURE_PUBLIC, 0.6, 0.3);
            canvas.type("location-name", "Azure public endpoints");
            browser.screenshot("canvas-02-two-locations");

            canvas.dropStoreInto(LocationKind.ON_PREMISES, "SQL_SERVER", "location-1");
            canvas.type("store-name", "Orders");
            canvas.dropStoreInto(LocationKind.AZURE_PUBLIC, "AZURE_SYNAPSE_ANALYTICS", "location-2");
            canvas.type("store-name", "Warehouse");
            browser.screenshot("canvas-03-stores");

            canvas.connect("location", "location-1", "location-2");
            if (browser.isPresent("link-type-dialog")) {
                canvas.chooseLinkType(LinkType.EXPRESSROUTE_MICROSOFT_PEERING.name());
            }
            canvas.connect("store", "store-1", "store-2");
            browser.screenshot("canvas-04-link-and-flow");
            int canvasActions = canvas.actions();

            // The plan-wide settings are one form, not a grid: the factory and where credentials are kept.
            editor.rename("Contoso ingestion");
            editor.setDataFactory("contoso-adf", "westeurope");
            editor.keepCredentialsInKeyVault("contoso-kv");
            int actions = 1 /* new plan */ + canvasActions + 1 /* name */ + 2 /* factory */ + 2 /* key vault */;
            System.out.printf("Canvas journey: the README estate took %d actions (%d on the canvas)%n", actions,
                    canvasActions);
            assertThat(actions).isLessThan(30);

            assertThat(editor.runtimes()).contains("shir-location-1", RuntimeHost.ON_PREMISES_MACHINE.displayName());
            assertThat(editor.flows()).contains("Orders", "Warehouse", "ExpressRoute Microsoft peering");

            String planId = editor.planId();
            browser.waitUntil("the autosave", () -> browser.byId("save-status").getText().startsWith("Saved"));
            Plan saved = planFromApi(planId);
            assertThat(saved.locations()).extracting(l -> l.name() + ":" + l.kind()).containsExactly(
                    "Amsterdam DC:ON_PREMISES", "Azure public endpoints:AZURE_PUBLIC");
            assertThat(saved.location("location-1").orElseThrow().egressIps()).containsExactly("203.0.113.10");
            assertThat(saved.links()).extracting(l -> l.type()).containsExactly(
                    LinkType.EXPRESSROUTE_MICROSOFT_PEERING);
            assertThat(saved.dataStores()).extracting(s -> s.name() + ":" + s.type() + "@" + s.location())
                    .containsExactly("Orders:SQL_SERVER@location-1",
                            "Warehouse:AZURE_SYNAPSE_ANALYTICS@location-2");
            assertThat(saved.flows()).extracting(f -> f.source() + "->" + f.sink()).containsExactly(
                    "store-1->store-2");
            assertThat(saved.layout().locations()).containsOnlyKeys("location-1", "location-2");

            // Move the Azure zone down and to the right; it stays there after a reload and in the exported SVG.
            canvas = new CanvasPage(browser);
            canvas.moveMode();
            // The side panel floats over the drawing's right edge, where the Azure zone is: out of the way first.
            canvas.closeSidePanel();
            Position before = saved.layout().location("location-2").orElseThrow();
            canvas.move("location", "location-2", 90, 120);
            browser.screenshot("canvas-05-moved");
            browser.waitUntil("the autosave", () -> browser.byId("save-status").getText().startsWith("Saved"));
            Position moved = planFromApi(planId).layout().location("location-2").orElseThrow();
            assertThat(moved.x()).isGreaterThan(before.x());
            assertThat(moved.y()).isGreaterThan(before.y());

            browser.go("plans/" + planId);
            canvas = new CanvasPage(browser);
            browser.screenshot("canvas-06-after-reload");
            Number drawnX = (Number) browser.script("return document.querySelector(\"#design-canvas"
                    + " [data-element-kind='location'][data-element-id='location-2']\").getBBox().x");
            assertThat(drawnX.doubleValue()).isEqualTo(moved.x());
            Plan reloaded = planFromApi(planId);
            String exported = Exporters.svg(reloaded, RecommendationEngine.standard().recommend(reloaded));
            // The zone's outline (after the group's hover <title>) starts at its left edge, one corner radius (7)
            // below its top.
            assertThat(exported).containsPattern("data-element-id='location-2' data-element-kind='location'[^>]*>"
                    + "<title>[^<]*</title><g[^>]*><path d='M" + moved.x() + "," + (moved.y() + 7) + "L");
        }
    }

    private Plan planFromApi(String planId) throws Exception {
        String token = tokens.issueFor("admin", "canvas journey").orElseThrow().token();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/plans/" + planId))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return RecommendationEngine.standard().reader().read(response.body()).planOrThrow();
    }

}
