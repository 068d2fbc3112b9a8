package org.hybridplanner.app.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a view link's page says and draws, read from the HTML it sends. */
class SharedPageTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    private static final String TOKEN = "A".repeat(43);
    private static final Pattern CELL = Pattern.compile("<td><bdi>(.*?)</bdi></td>", Pattern.DOTALL);

    static Stream<String> examples() {
        return ExamplePlans.all().stream().map(example -> example.id());
    }

    @Test
    void theDiagramScalesToThePageAndOffersItsFullSize() {
        String html = render("02-expressroute-microsoft-peering");

        String diagram = html.substring(html.indexOf("<div class=\"diagram\" id=\"diagram\">"));
        String svg = diagram.substring(diagram.indexOf("<svg"), diagram.indexOf(">", diagram.indexOf("<svg")) + 1);
        assertThat(attribute(svg, "viewBox")).as("a viewBox over the whole drawing, so CSS can scale it: %s", svg)
                .isEqualTo("0 0 " + attribute(svg, "width") + " " + attribute(svg, "height"));
        assertThat(html).contains(".diagram svg{display:block;max-width:100%;height:auto}",
                "<a id=\"diagram-full-size\" href=\"#diagram-section\">",
                "#diagram-section:target svg{max-width:none}",
                "href=\"" + TOKEN + "/exports/svg\" download>");
        assertThat(html).as("script-free").doesNotContain("<script", "onclick", "javascript:");
    }

    @Test
    void everyAllowlistEntrySaysWhoConnectsAndThatTheStoreMightNotRequireItWithItsSource() {
        Plan plan = ENGINE.reader().read(ExamplePlans.byId("06-mixed-azure-aws-estate").json()).planOrThrow();
        var recommendation = ENGINE.recommend(plan);
        String html = SharedPage.render(TOKEN, new SharedDesign(plan, recommendation, "architect", "latest version",
                ShareAccess.VIEW));

        String allowlist = html.substring(html.indexOf("<section id=\"allowlist\">"),
                html.indexOf("</section>", html.indexOf("<section id=\"allowlist\">")));
        var entry = recommendation.allowlist().stream().filter(e -> e.purpose().contains("might not require"))
                .findFirst().orElseThrow();
        assertThat(allowlist).contains("might not require an allowlist entry by default",
                SharedPage.esc(entry.purpose()), "href=\"#ref-" + SharedPage.esc(entry.reference()) + "\"");
    }

    @Test
    void everyFirewallRuleSaysWhyWithItsSourceAndWhatEveryNodeNeedsWithTheNodesDecision() {
        Plan plan = ENGINE.reader().read(ExamplePlans.byId("08-private-endpoints-managed-network").json())
                .planOrThrow();
        var recommendation = ENGINE.recommend(plan);
        String html = SharedPage.render(TOKEN, new SharedDesign(plan, recommendation, "architect", "latest version",
                ShareAccess.VIEW));

        String rules = html.substring(html.indexOf("<section id=\"firewall-rules\">"),
                html.indexOf("</section>", html.indexOf("<section id=\"firewall-rules\">")));
        var rule = recommendation.firewallRules().stream().filter(r -> !r.notes().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(rules).doesNotContain("nodes needs it").contains(
                "<div>" + SharedPage.esc(rule.purpose()) + " <a class=\"ref\" href=\"#ref-"
                        + SharedPage.esc(rule.reference()) + "\">",
                "<div>" + SharedPage.esc(rule.notes().getFirst().text())
                        + " <a class=\"ref\" href=\"#ref-Decision: self-hosted runtime nodes\">");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void showsThePlannersWordsNeverTheCodes(String example) {
        String html = render(example);

        List<String> cells = cells(html);
        List<String> codes = Stream.of(RuntimeType.values(), FlowStatus.values(), Direction.values(),
                AddressBasis.values(), Severity.values(), Scenario.values()).flatMap(Arrays::stream)
                .map(Enum::name).toList();
        assertThat(cells).isNotEmpty().doesNotContainAnyElementsOf(codes);
        assertThat(html).doesNotContain("SELF_HOSTED", "OUTBOUND", "INBOUND", "EGRESS_IPS", "ADDRESS_SPACES",
                "SERVICE_TAG");
    }

    @Test
    void theWordsAreTheOnesThePlannerUsesElsewhere() {
        List<String> cells = cells(render("02-expressroute-microsoft-peering"));

        assertThat(cells).contains(RuntimeType.SELF_HOSTED.displayName(), FlowStatus.OK.displayName(),
                Direction.OUTBOUND.displayName(), AddressBasis.EGRESS_IPS.displayName(),
                Severity.INFO.displayName());
    }

    @Test
    void theSummaryCountsInTheRightNumber() {
        String html = render("02-expressroute-microsoft-peering");

        assertThat(html).contains("<p class=\"summary\" id=\"summary\">Hybrid scenario · 1 flow · 1 runtime · ")
                .contains(" · 1 warning</p>").doesNotContain("1 warnings", "1 flows", "1 runtimes");
    }

    @Test
    void drawsThePlannersIconInlineSoTheBrowserAsksForNoFavicon() {
        for (String html : List.of(render("02-expressroute-microsoft-peering"),
                SharedPage.problem("Link not found", "Gone."))) {
            assertThat(html).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"data:image/svg+xml;base64,")
                    .doesNotContain("href=\"data:,\"");
        }
    }

    private static String render(String example) {
        Plan plan = ENGINE.reader().read(ExamplePlans.byId(example).json()).planOrThrow();
        return SharedPage.render(TOKEN, new SharedDesign(plan, ENGINE.recommend(plan), "architect", "latest version",
                ShareAccess.VIEW));
    }

    private static String attribute(String element, String name) {
        Matcher value = Pattern.compile(" " + name + "=['\"]([^'\"]*)['\"]").matcher(element);
        return value.find() ? value.group(1) : null;
    }

    private static List<String> cells(String html) {
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(html);
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }
}
