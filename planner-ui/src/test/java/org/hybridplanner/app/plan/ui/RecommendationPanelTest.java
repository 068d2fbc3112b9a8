package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.app.plan.Design;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.junit.jupiter.api.Test;

/** The pane's problems list: made only for an invalid plan, under the summary, and hidden again once it is fixed. */
class RecommendationPanelTest extends BrowserlessTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();
    private final Plan plan = engine.reader().read(ExamplePlans.byId("06-mixed-azure-aws-estate").json())
            .planOrThrow();

    @Test
    void theProblemsListIsMadeWhenAPlanIsFirstInvalidAndHiddenWhenItIsValidAgain() {
        RecommendationPanel panel = new RecommendationPanel();
        Design valid = new Design(plan, List.of(), engine.evaluate(plan).recommendation());
        panel.show(valid);
        assertThat(problems(panel)).as("no problems list for a valid plan").isEmpty();

        Problem problem = new Problem("$.dataStores[0].location", "nowhere", "Unknown location 'nowhere'.");
        panel.show(new Design(plan, List.of(problem), null));
        @SuppressWarnings("unchecked")
        Grid<Problem> grid = (Grid<Problem>) problems(panel).orElseThrow();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getListDataView().getItems()).containsExactly(problem);
        List<String> ids = panel.getContent().getChildren().map(c -> c.getId().orElse("")).toList();
        assertThat(ids.indexOf("recommendation-problems")).as("right under the summary")
                .isEqualTo(ids.indexOf("recommendation-summary") + 1);

        panel.show(valid);
        assertThat(grid.isVisible()).isFalse();
    }

    @Test
    void anAllowlistEntryOfARuntimeOfSeveralNodesShowsTheArticlesNoteAndCitesWhatTheNodesNeed() {
        showThreeNodes();

        @SuppressWarnings("unchecked")
        Grid<Object> allowlist = $(Grid.class).id("recommendation-allowlist");
        int why = allowlist.getColumns().size() - 1;
        assertThat(test(allowlist).getLitRendererPropertyValue(0, why, "reason", String.class))
                .contains("might not require an allowlist entry by default");
        test(allowlist).invokeLitRendererFunction(0, why, "toggle");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).contains("runs on 3 nodes", "every node's traffic"));
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(a -> a.getText())
                .anySatisfy(text -> assertThat(text).contains("Self-hosted runtime nodes"));
    }

    @Test
    void aFirewallRuleOfARuntimeOfSeveralNodesShowsTheSingleNodesPurposeAndCitesTheNodesDecisionForItsNote() {
        showThreeNodes();

        @SuppressWarnings("unchecked")
        Grid<Object> rules = $(Grid.class).id("rules-CORPORATE_FIREWALL-OUTBOUND");
        int why = rules.getColumns().size() - 1;
        assertThat(test(rules).getLitRendererPropertyValue(0, why, "reason", String.class))
                .startsWith("Interactive authoring").doesNotContain("nodes");
        test(rules).invokeLitRendererFunction(0, why, "toggle");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).startsWith("Interactive authoring").doesNotContain("nodes"))
                .anySatisfy(text -> assertThat(text).contains("runs on 3 nodes", "every node needs this rule"));
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(a -> a.getText())
                .anySatisfy(text -> assertThat(text).contains("Self-hosted runtime nodes"));
    }

    private static Optional<Component> problems(RecommendationPanel panel) {
        return panel.getContent().getChildren().filter(c -> c.getId().filter("recommendation-problems"::equals)
                .isPresent()).findFirst();
    }

    /** A runtime of three nodes in Leeds DC, copying to Azure SQL Database over the internet, shown in the pane. */
    private void showThreeNodes() {
        Plan threeNodes = engine.reader().read("""
                { "schemaVersion": 2, "name": "Three nodes",
                  "dataFactory": { "name": "contoso-adf", "region": "westeurope" },
                  "locations": [
                    { "id": "dc", "name": "Leeds DC", "kind": "ON_PREMISES", "egressIps": ["198.51.100.20"],
                      "addressSpaces": ["10.30.0.0/16"], "runtimeNodes": { "count": 3 } },
                    { "id": "azure", "name": "Azure public endpoints", "kind": "AZURE_PUBLIC" } ],
                  "links": [],
                  "dataStores": [
                    { "id": "erp", "name": "ERP database", "type": "SQL_SERVER", "location": "dc" },
                    { "id": "dwh", "name": "Warehouse", "type": "AZURE_SQL_DATABASE", "location": "azure" } ],
                  "flows": [ { "id": "erp-to-dwh", "source": "erp", "sink": "dwh" } ] }
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).planOrThrow();
        RecommendationPanel panel = new RecommendationPanel();
        com.vaadin.flow.component.UI.getCurrent().add(panel);
        panel.show(new Design(threeNodes, List.of(), engine.evaluate(threeNodes).recommendation()));
    }
}
