package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;
import org.hybridplanner.app.plan.PlanSummary;
import org.junit.jupiter.api.Test;

class PlanListViewTest extends ViewTestSupport {

    @Test
    void listsOnlyTheSignedInUsersPlansAndSearchesThem() {
        signIn("carol");
        stored(example(README_EXAMPLE).withName("Carol's warehouse"));
        signIn("dave");
        stored(example(README_EXAMPLE).withName("Dave's warehouse"));
        stored(example(README_EXAMPLE).withName("Dave's lake"));

        navigate(PlanListView.class);
        assertThat(names()).containsExactlyInAnyOrder("Dave's warehouse", "Dave's lake");

        test($(com.vaadin.flow.component.textfield.TextField.class).id("plan-search")).setValue("LAKE");
        assertThat(names()).containsExactly("Dave's lake");
    }

    @Test
    void deletingAPlanAsksForConfirmationFirst() {
        signIn("erin");
        stored(example(README_EXAMPLE).withName("To delete"));
        navigate(PlanListView.class);

        deleteButtonOfRow(0).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("delete-confirm");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(names()).containsExactly("To delete");

        test(confirm).confirm();
        assertThat(names()).isEmpty();
    }

    @Test
    void importingAnInvalidFileListsEveryProblemByPathAndStoresNothing() {
        signIn("frank");
        PlanListView list = navigate(PlanListView.class);

        list.importPlan("bad.json", """
                {"schemaVersion": 1, "name": "Bad", "dataFactory": {"name": "adf-1", "region": "westeurope"},
                 "locations": [{"id": "dc", "kind": "ON_PREMISES", "addressSpaces": ["10.10.0.1/16"]}],
                 "dataStores": [{"id": "s1", "type": "SQL_SERVER", "location": "nowhere"}],
                 "flows": [], "extra": true}
                """.getBytes(StandardCharsets.UTF_8));

        Dialog problems = $(Dialog.class).id("import-problems");
        assertThat(problems.isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<org.hybridplanner.model.Problem> grid = $(Grid.class, problems).id("import-problems-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).path()))
                .contains("$.extra", "$.locations[0].addressSpaces[0]", "$.dataStores[0].location");
        assertThat(names()).isEmpty();
    }

    @Test
    void importingMalformedJsonSaysWhereItBroke() {
        signIn("grace");
        PlanListView list = navigate(PlanListView.class);

        list.importPlan("broken.json", "{\"schemaVersion\": 1, \"name\": ".getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<org.hybridplanner.model.Problem> grid = $(Grid.class).id("import-problems-grid");
        assertThat(test(grid).getRow(0).message()).contains("malformed JSON").contains("line 1");
    }

    private java.util.List<String> names() {
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> grid = $(Grid.class).id("plans-grid");
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).name())
                .toList();
    }

    private Button deleteButtonOfRow(int row) {
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> grid = $(Grid.class).id("plans-grid");
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("Delete")).findFirst()
                .orElseThrow();
    }
}
