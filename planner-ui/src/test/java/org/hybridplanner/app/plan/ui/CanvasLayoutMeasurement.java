package org.hybridplanner.app.plan.ui;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.diagram.ZoneLayout;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The canvas's layout of an edit alone (the diagram model and the zone layout), without the editor around it, along
 * the edits of {@link CanvasEditMeasurement} on the 1,000-store plan: time and bytes allocated on the thread, per
 * edit. Figures only, no timed assertion: run it with {@code -Pmeasure} (docs/planner-ui.md, "Measured figures").
 */
@Tag("measurement")
class CanvasLayoutMeasurement {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final RecommendationEngine engine = RecommendationEngine.standard();
    private final CanvasEdits edits = new CanvasEdits(engine.catalog());
    private Plan plan;
    private DiagramLayout layout;

    @Test
    void thousandStorePlan() {
        plan = EditRoundTripMeasurement.thousandStores(
                engine.reader().read(ExamplePlans.byId("06-mixed-azure-aws-estate").json()).planOrThrow());
        layout = Exporters.layout(plan, engine.recommend(plan));
        DataStore first = plan.dataStores().get(0);
        measure("drop a store", i -> {
            Box zone = zone(first.location());
            return edits.dropStore(plan, layout, first.type(), zone.x() + 20 + (i % 7) * 30, zone.maxY() - 30)
                    .plan();
        });
        List<DataStore> stores = plan.dataStores();
        measure("connect two stores", i -> edits.connectStores(plan, stores.get(i).id(),
                stores.get(stores.size() - 1 - i).id()).plan());
        String location = plan.locations().get(0).id();
        measure("move a zone", i -> edits.move(plan, layout, "location", location, i % 2 == 0 ? 10 : -10, 5).plan());
    }

    private Box zone(String locationId) {
        return layout.zones().stream().filter(z -> z.node().id().equals("zone:" + locationId))
                .map(Placed::bounds).findFirst().orElseThrow();
    }

    private void measure(String gesture, IntFunction<Plan> edit) {
        long[] modelNanos = new long[MEASURED];
        long[] layoutNanos = new long[MEASURED];
        long modelBytes = 0;
        long layoutBytes = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            plan = edit.apply(i);
            Recommendation recommendation = engine.recommend(plan);
            long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            DiagramModel model = Exporters.model(plan, recommendation);
            long middle = System.nanoTime();
            long bytes1 = THREADS.getCurrentThreadAllocatedBytes();
            layout = new ZoneLayout().layout(model);
            long end = System.nanoTime();
            long bytes2 = THREADS.getCurrentThreadAllocatedBytes();
            if (i >= WARM_UP) {
                modelNanos[i - WARM_UP] = middle - start;
                layoutNanos[i - WARM_UP] = end - middle;
                modelBytes += bytes1 - bytes0;
                layoutBytes += bytes2 - bytes1;
            }
        }
        Arrays.sort(modelNanos);
        Arrays.sort(layoutNanos);
        System.out.printf("CANVAS LAYOUT %s: model median %.1f ms, p95 %.1f ms, %.2f MB per edit;"
                + " layout median %.1f ms, p95 %.1f ms, %.2f MB per edit%n", gesture,
                modelNanos[MEASURED / 2] / 1e6, modelNanos[MEASURED * 95 / 100] / 1e6, modelBytes / 1e6 / MEASURED,
                layoutNanos[MEASURED / 2] / 1e6, layoutNanos[MEASURED * 95 / 100] / 1e6,
                layoutBytes / 1e6 / MEASURED);
    }
}
