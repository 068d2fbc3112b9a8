package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the server time of a canvas edit on a 1,000-store plan: a store dropped on a zone, a flow made by
 * connecting two stores, a zone moved. Each is the gesture's server side as the browser calls it (the
 * {@code @ClientCallable} method): the edit, validation and recommendation, the forms and the recommendation pane
 * refreshed, the canvas's drawing (or the parts of it that changed) made and queued for the browser, as at the end
 * of a round trip. It also prints the characters of script calls each edit sends the browser. Figures only, no
 * timed assertion: run it with {@code -Pmeasure} (docs/planner-ui.md, "Measured figures").
 */
@Tag("measurement")
class CanvasEditMeasurement extends ViewTestSupport {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Test
    void thousandStorePlan() {
        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        signIn("canvas-measurer");
        UUID id = stored(plan);
        PlanEditorView editor = navigate("plans/" + id, PlanEditorView.class);
        CanvasEditor canvas = $(CanvasEditor.class).single();
        System.out.printf("CANVAS SVG 1,000-store plan: %,d characters%n", canvas.canvas().svg().length());
        sentCharacters();

        DataStore first = plan.dataStores().get(0);
        measure("drop a store", i -> {
            Box zone = zone(canvas, first.location());
            canvas.dropped("store", first.type(), zone.x() + 20 + (i % 7) * 30, zone.maxY() - 30);
        });
        List<DataStore> stores = plan.dataStores();
        measure("connect two stores", i -> canvas.connected("store", stores.get(i).id(),
                stores.get(stores.size() - 1 - i).id()));
        String location = plan.locations().get(0).id();
        measure("move a zone", i -> canvas.moved("location", location, i % 2 == 0 ? 10 : -10, 5));
        Plan after = editor.plan();
        System.out.printf("CANVAS after: %d stores, %d flows%n", after.dataStores().size(), after.flows().size());
    }

    private static Box zone(CanvasEditor canvas, String locationId) {
        return canvas.layout().zones().stream().filter(z -> z.node().id().equals("zone:" + locationId))
                .map(Placed::bounds).findFirst().orElseThrow();
    }

    private void measure(String gesture, IntConsumer edit) {
        long[] nanos = new long[MEASURED];
        long[] sent = new long[MEASURED];
        long[] allocated = new long[MEASURED];
        int withCollection = 0;
        long collectionsBefore = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i == WARM_UP) {
                collectionsBefore = collections();
            }
            long collections = collections();
            long bytes = ALLOCATION.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            edit.accept(i);
            roundTrip(); // what goes out before the response: the drawing, or the parts of it that changed
            long took = System.nanoTime() - start;
            bytes = ALLOCATION.getCurrentThreadAllocatedBytes() - bytes;
            boolean collected = collections() != collections;
            long characters = sentCharacters();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
                sent[i - WARM_UP] = characters;
                allocated[i - WARM_UP] = bytes;
                withCollection += collected ? 1 : 0;
            }
        }
        long collected = collections() - collectionsBefore;
        Arrays.sort(nanos);
        Arrays.sort(sent);
        Arrays.sort(allocated);
        System.out.printf("CANVAS EDIT %s, 1,000-store plan: median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " sent to the browser: median %,d characters%n", gesture, nanos[MEASURED / 2] / 1e6,
                nanos[MEASURED * 95 / 100] / 1e6, nanos[MEASURED - 1] / 1e6, sent[MEASURED / 2]);
        System.out.printf("CANVAS ALLOCATION %s: median %.2f MB per edit (the test thread); %d collections over the"
                + " %d measured edits, %d edits with one in them%n", gesture, allocated[MEASURED / 2] / 1e6,
                collected, MEASURED, withCollection);
    }

    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Collections of every collector (young and old, and G1's concurrent cycles' pauses) so far. */
    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /**
     * The characters of the script calls queued for the browser since the last look (and forgets them). An element
     * passed to a call (each call gets the element it runs on) goes as a reference to its node, not as its markup:
     * counting its markup added about 50,000 characters (the canvas with its palette) to every canvas update.
     */
    private static long sentCharacters() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(call -> call.getInvocation().getParameters().stream())
                .filter(parameter -> !(parameter instanceof Element))
                .mapToLong(parameter -> String.valueOf(parameter).length()).sum();
    }
}
