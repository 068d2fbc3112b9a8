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

    private static Optional<Component> problems(RecommendationPanel panel) {
        return panel.getContent().getChildren().filter(c -> c.getId().filter("recommendation-problems"::equals)
                .isPresent()).findFirst();
    }
}
