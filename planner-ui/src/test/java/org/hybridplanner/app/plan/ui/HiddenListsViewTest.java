package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * An edit on the canvas sends no rows of lists that did not change or that nobody sees: a forms tab that is not
 * showing is brought up to date when it shows, and the recommendation pane's lists are sent again only when their
 * rows changed.
 */
class HiddenListsViewTest extends ViewTestSupport {

    @Test
    void aFormsTabNotShowingIsBroughtUpToDateWhenItShowsAgain() {
        signIn("hidden-tab-" + System.nanoTime());
        Plan plan = example(README_EXAMPLE);
        PlanEditorView editor = openEditor(stored(plan));
        showTab("tab-stores");
        assertThat(rows("dataStores-grid")).hasSize(plan.dataStores().size());
        showTab("tab-canvas");
        sentSince();

        dropStoreBeside(plan.dataStores().get(0));

        DataStore dropped = editor.plan().dataStores().getLast();
        assertThat(editor.plan().dataStores()).hasSize(plan.dataStores().size() + 1);
        assertThat(sentSince()).as("nothing sent to the hidden stores list")
                .noneMatch(call -> ownedBy(call, "dataStores-grid"));
        assertThat(rows("dataStores-grid")).as("the hidden list waits").hasSize(plan.dataStores().size());

        showTab("tab-stores");

        assertThat(rows("dataStores-grid")).hasSize(plan.dataStores().size() + 1)
                .anyMatch(row -> row.toString().contains(dropped.id()));
        assertThat(sentSince()).as("its rows are sent as it shows").anyMatch(call -> ownedBy(call, "dataStores-grid"));
    }

    @Test
    void aTabShowingFollowsEveryEditAtOnce() {
        signIn("shown-tab-" + System.nanoTime());
        Plan plan = example(README_EXAMPLE);
        PlanEditorView editor = openEditor(stored(plan));
        showTab("tab-stores");

        editor.apply(PlanEdits.addDataStore(editor.plan(), editor.catalog()).orElseThrow());

        assertThat(rows("dataStores-grid")).hasSize(plan.dataStores().size() + 1);
    }

    @Test
    void theRecommendationsListsAreSentAgainOnlyWhenTheirRowsChanged() {
        signIn("pane-lists-" + System.nanoTime());
        Plan plan = example("06-mixed-azure-aws-estate");
        openEditor(stored(plan));
        CanvasEditor canvas = $(CanvasEditor.class).single();
        sentSince();

        dropStoreBeside(plan.dataStores().get(0));

        List<PendingJavaScriptInvocation> afterDrop = sentSince();
        assertThat(afterDrop).as("a new store without flows leaves the flows' list as it was")
                .noneMatch(call -> ownedBy(call, "recommendation-flows"));

        canvas.connected("store", plan.dataStores().get(0).id(), plan.dataStores().get(1).id());

        assertThat(sentSince()).as("a new flow is a new row").anyMatch(call -> ownedBy(call, "recommendation-flows"));
    }

    private void dropStoreBeside(DataStore store) {
        CanvasEditor canvas = $(CanvasEditor.class).single();
        Box zone = canvas.layout().zones().stream().filter(z -> z.node().id().equals("zone:" + store.location()))
                .findFirst().orElseThrow().bounds();
        canvas.dropped("store", store.type(), zone.x() + 20, zone.maxY() - 20);
    }

    private void showTab(String id) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id(id));
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String gridId) {
        Grid<Object> grid = $(Grid.class).id(gridId);
        return grid.getGenericDataView().getItems().toList();
    }

    /** The script calls queued since the last look, after the round trip's own (the canvas's drawing). */
    private List<PendingJavaScriptInvocation> sentSince() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    private static boolean ownedBy(PendingJavaScriptInvocation call, String id) {
        Element owner = Element.get(call.getOwner());
        return id.equals(owner.getAttribute("id"));
    }
}
