package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Selecting an item of the recommendation highlights what it concerns on the diagram and marks it in the pane. */
class RecommendationSelectionViewTest extends ViewTestSupport {
    private static final String MIXED_ESTATE = "06-mixed-azure-aws-estate";

    @Test
    void selectingAFlowHighlightsItsPathAndMarksItsRulesAllowlistEntriesAndWarnings() {
        signIn("selector");
        PlanEditorView editor = openEditor(stored(example(MIXED_ESTATE)));
        List<Set<String>> told = new ArrayList<>();
        panel(editor).addSelectionListener(told::add);
        // ledger-to-dwh: the PORT_1433_AVOIDABLE warning names it, STAGING_ACCOUNT_FIREWALL the runtime it runs on
        test(grid("recommendation-flows")).select(1);
        DesignDiagram diagram = panel(editor).diagram();
        assertThat(diagram.highlighted()).contains("store:ledger", "store:dwh", "runtime:shir-dc-ams",
                "zone:dc-ams", "zone:azure").doesNotContain("store:orders", "store:redshift", "zone:aws-prod");
        assertThat(told).containsExactly(diagram.highlighted());
        assertThat(diagram.svg()).contains("hp-highlighted", "hp-dimmed");
        DesignCanvas canvas = $(DesignCanvas.class).single();
        assertThat(canvas.svg()).as("the canvas lights the same path").contains("hp-highlighted", "hp-dimmed")
                .containsPattern("class='hp-element hp-data-store hp-highlighted'[^>]*data-element-id='ledger'|"
                        + "data-element-id='ledger'[^>]*class='hp-element hp-data-store hp-highlighted'");
        assertThat($(Span.class).id("recommendation-selection").getText())
                .matches("Highlighted on the diagram: flow ledger-to-dwh\\. Marked below: 1 flow, [1-9][0-9]* "
                        + "firewall rules, 1 allowlist entry, 2 warnings\\.");
        assertThat(partName(grid("recommendation-allowlist"), 1)).isEqualTo("concerns-selection");
        assertThat(partName(grid("recommendation-allowlist"), 3)).isNull();
        assertThat(grid("recommendation-flows").isDetailsVisible(
                grid("recommendation-flows").getListDataView().getItem(1))).as("its citations open").isTrue();

        test($(Button.class).id("recommendation-selection-clear")).click();
        assertThat(diagram.highlighted()).isEmpty();
        assertThat(diagram.svg()).doesNotContain("hp-dimmed");
        assertThat(canvas.svg()).doesNotContain("hp-dimmed");
        assertThat(told.getLast()).isEmpty();
        assertThat(partName(grid("recommendation-allowlist"), 1)).isNull();
    }

    @Test
    void selectingAWarningHighlightsWhatItNamesAndMarksTheFlowsConcerned() {
        signIn("warned");
        PlanEditorView editor = openEditor(stored(example(MIXED_ESTATE)));
        Grid<?> warnings = grid("recommendation-warnings");
        int row = rowAbout(warnings, "shir-aws-prod");
        test(warnings).select(row);
        assertThat(panel(editor).diagram().highlighted()).contains("runtime:shir-aws-prod", "zone:aws-prod",
                "store:redshift", "store:dwh").doesNotContain("store:orders");
        assertThat(partName(grid("recommendation-flows"), 5)).as("redshift-to-dwh").isEqualTo("concerns-selection");
        assertThat(partName(grid("recommendation-flows"), 0)).isNull();
    }

    @Test
    void theWhyColumnShowsTheFirstSentenceOnOneLineAndTheWholeReasonOnHover() {
        assertThat(CitedList.firstSentence("The store is private. So the runtime goes in the VNet.\nMore."))
                .isEqualTo("The store is private.");
        assertThat(CitedList.firstSentence("One line only")).isEqualTo("One line only");
        assertThat(CitedList.firstSentence("v1.2 of it. Next")).isEqualTo("v1.2 of it.");
    }

    @Test
    void aCellCutToTwoLinesShowsItsWholeTextOnHoverAndTheQuoteButtonOpensTheCitations() {
        signIn("narrow");
        openEditor(stored(example(MIXED_ESTATE)));
        Grid<Object> flows = grid("recommendation-flows");
        Object first = flows.getListDataView().getItem(0);
        for (int column = 0; column < 4; column++) {
            assertThat(flows.getColumns().get(column).getTooltipGenerator().apply(first))
                    .isEqualTo(test(flows).getCellText(0, column));
        }

        String reason = test(flows).getLitRendererPropertyValue(0, 4, "reason", String.class);
        assertThat(test(flows).getLitRendererPropertyValue(0, 4, "first", String.class))
                .isEqualTo(CitedList.firstSentence(reason));
        test(flows).invokeLitRendererFunction(0, 4, "toggle");
        assertThat(flows.isDetailsVisible(first)).as("one click opens the citations").isTrue();
        test(flows).invokeLitRendererFunction(0, 4, "toggle");
        assertThat(flows.isDetailsVisible(first)).isFalse();
    }

    private RecommendationPanel panel(PlanEditorView editor) {
        return $(RecommendationPanel.class).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }

    private static String partName(Grid<?> grid, int row) {
        @SuppressWarnings("unchecked")
        Grid<Object> rows = (Grid<Object>) grid;
        return rows.getPartNameGenerator().apply(rows.getListDataView().getItem(row));
    }

    private int rowAbout(Grid<?> grid, String subject) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(subject)) {
                return row;
            }
        }
        throw new AssertionError("no row about " + subject);
    }
}
