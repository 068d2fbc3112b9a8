package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the server time of an edit round trip: the user picks another sink for a flow, and the editor validates
 * the plan, recomputes the recommendation and refreshes every grid and the recommendation panel. Measured on the
 * demo plan and on a generated plan with 1,000 stores. Figures only, no timed assertion: run it with
 * {@code -Pmeasure} (see docs/planner-ui.md).
 */
@Tag("measurement")
class EditRoundTripMeasurement extends ViewTestSupport {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Test
    void demoPlan() {
        measure("demo plan", example("06-mixed-azure-aws-estate"));
    }

    @Test
    void thousandStorePlan() {
        measure("1,000-store plan", thousandStores(example("06-mixed-azure-aws-estate")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.hybridplanner.app.plan.DesignService design;

    private void measure(String label, Plan plan) {
        signIn("measurer");
        UUID id = stored(plan);
        navigate("plans/" + id, PlanEditorView.class);
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id("tab-flows"));
        @SuppressWarnings("unchecked")
        Grid<Object> flows = $(Grid.class).id("flows-grid");
        test(flows).select(0);
        @SuppressWarnings("unchecked")
        ComboBox<String> sink = $(ComboBox.class).id("flow-sink");
        Flow flow = plan.flows().get(0);
        List<String> sinks = plan.dataStores().stream().map(DataStore::id)
                .filter(s -> !s.equals(flow.source())).limit(2).toList();
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String next = sinks.get(i % 2);
            long start = System.nanoTime();
            test(sink).selectItem(next);
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        Arrays.sort(nanos);
        long[] engine = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            design.design(plan);
            engine[i] = System.nanoTime() - start;
        }
        Arrays.sort(engine);
        System.out.printf("ENGINE ONLY %s: validate + recommend median %.1f ms%n", label, engine[MEASURED / 2] / 1e6);
        System.out.printf("EDIT ROUND TRIP %s (%d stores, %d flows): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                label, plan.dataStores().size(), plan.flows().size(), nanos[MEASURED / 2] / 1e6,
                nanos[MEASURED * 95 / 100] / 1e6, nanos[MEASURED - 1] / 1e6);
    }

    /** The demo plan with 1,000 stores: the demo's own, plus copies of them, each with a flow to a demo store. */
    static Plan thousandStores(Plan demo) {
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
