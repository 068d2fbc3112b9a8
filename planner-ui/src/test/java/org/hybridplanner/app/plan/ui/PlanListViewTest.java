package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridplanner.app.plan.PlanSummary;
import org.hybridplanner.model.PlanLimits;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

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
    void importingAFileWithThousandsOfProblemsListsTheFirstHundredAndCountsTheRest() {
        signIn("heidi");
        PlanListView list = navigate(PlanListView.class);
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1");
        for (int i = 0; i < 5_000; i++) {
            json.append(",\"typo").append(i).append("\": 0");
        }

        list.importPlan("typos.json", json.append('}').toString().getBytes(StandardCharsets.UTF_8));

        Dialog problems = $(Dialog.class).id("import-problems");
        assertThat($(Paragraph.class, problems).id("import-problems-summary").getText())
                .isEqualTo("Fix these 5005 problems and import the file again:");
        @SuppressWarnings("unchecked")
        Grid<org.hybridplanner.model.Problem> grid = $(Grid.class, problems).id("import-problems-grid");
        assertThat(test(grid).size()).isEqualTo(100);
        assertThat($(UnorderedList.class, problems).id("import-problems-more").getElement().getTextRecursively())
                .contains("… and 4,900 more of the same kind: unknown property");
    }

    @Test
    void importingMoreStoresThanTheLimitIsOneProblem() {
        signIn("ivan");
        PlanListView list = navigate(PlanListView.class);
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"name\": \"Big\", \"dataFactory\": "
                + "{\"name\": \"adf-1\", \"region\": \"westeurope\"}, \"locations\": [{\"id\": \"dc\", "
                + "\"kind\": \"ON_PREMISES\"}], \"dataStores\": [");
        for (int i = 0; i < 20_006; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i)
                    .append("\",\"type\":\"SQL_SERVER\",\"location\":\"dc\"}");
        }
        json.append("], \"flows\": [");
        for (int i = 0; i < 20_005; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i).append("\",\"source\":\"s")
                    .append(i).append("\",\"sink\":\"s").append(i + 1).append("\"}");
        }

        list.importPlan("big.json", json.append("]}").toString().getBytes(StandardCharsets.UTF_8));

        Dialog problems = $(Dialog.class).id("import-problems");
        assertThat($(Paragraph.class, problems).id("import-problems-summary").getText())
                .isEqualTo("Fix this problem and import the file again:");
        @SuppressWarnings("unchecked")
        Grid<org.hybridplanner.model.Problem> grid = $(Grid.class, problems).id("import-problems-grid");
        assertThat(test(grid).getRow(0)).hasToString("$.dataStores: has 20006 elements; the limit is 20000");
    }

    @Test
    void theServerReadsAtMostTheLimitOfAnUploadThatSkipsTheBrowsersSizeCheck() throws Exception {
        signIn("judy");
        PlanListView list = navigate(PlanListView.class);
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };
        UploadEvent event = Mockito.mock(UploadEvent.class);
        Mockito.when(event.getFileSize()).thenReturn(-1L);
        Mockito.when(event.getFileName()).thenReturn("huge.json");
        Mockito.when(event.getInputStream()).thenReturn(endless);
        Mockito.when(event.getUI()).thenReturn(UI.getCurrent());

        list.importHandler().handleUploadRequest(event);

        Mockito.verify(event).reject("The file is larger than 16 MiB, the limit for a plan file.");
        assertThat(read.get()).isLessThanOrEqualTo(PlanLimits.MAX_DOCUMENT_BYTES + 64 * 1024);
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
