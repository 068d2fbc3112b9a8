package org.hybridplanner.app.plan.ui;

import com.sun.management.ThreadMXBean;
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
 * of a round trip. It also prints the characters of script calls each edit sends the browser, the memory each edit
 * allocates, and the garbage collections during each gesture's measured edits. Figures only, no timed assertion:
 * run it with {@code -Pmeasure} (docs/planner-ui.md, "Measured figures").
 *
 * <p>The figures are a server's in use, not its first minute: before measuring, the same gestures are made
 * {@link #WARM_UP_ROUNDS} times each, mixed, on another editor of another copy of the plan (as other people's edits
 * would), so that the JIT has compiled every path each gesture takes. Warming one gesture at a time was not enough:
 * a zone move takes a branch of the drawing's diff that drops and connects never take, and the compiled diff was
 * thrown away and rebuilt in the middle of the measured moves (stretches of 10 to 15 moves at 180-320 ms). Nor were
 * 60 rounds (about 10 s): the JIT log showed the planner's methods still going from C1's profiling code to C2's at
 * 10 to 30 a second until the end of the measurement, and a method that waited for C2 (the engine's firewall rules,
 * the model's flows) made 60 drops in a row take 65 ms instead of 20. 300 rounds (about 40 s) leave the compiler
 * nearly idle. The first edits of that warm-up are printed too (after the start of the JVM: the cold figures).
 */
@Tag("measurement")
class CanvasEditMeasurement extends ViewTestSupport {
    private static final int WARM_UP_ROUNDS = 300;
    private static final int COLD = 10;
    private static final int MEASURED = 100;
    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void thousandStorePlan() {
        signIn("canvas-measurer");
        warmUp();

        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        UUID id = stored(plan);
        PlanEditorView editor = navigate("plans/" + id, PlanEditorView.class);
        CanvasEditor canvas = $(CanvasEditor.class).single();
        System.out.printf("CANVAS SVG 1,000-store plan: %,d characters%n", canvas.canvas().svg().length());
        sentCharacters();
        Gestures gestures = new Gestures(plan, canvas);
        measure("drop a store", gestures::drop);
        measure("connect two stores", gestures::connect);
        measure("move a zone", gestures::move);
        Plan after = editor.plan();
        System.out.printf("CANVAS after: %d stores, %d flows%n", after.dataStores().size(), after.flows().size());
    }

    /** The three gestures, mixed, on another editor of another copy of the plan; prints the first ones' times. */
    private void warmUp() {
        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        navigate("plans/" + stored(plan), PlanEditorView.class);
        Gestures gestures = new Gestures(plan, $(CanvasEditor.class).single());
        List<IntConsumer> mixed = List.of(gestures::drop, gestures::connect, gestures::move);
        long[][] cold = new long[mixed.size()][COLD];
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int gesture = 0; gesture < mixed.size(); gesture++) {
                long start = System.nanoTime();
                mixed.get(gesture).accept(round);
                roundTrip();
                if (round < COLD) {
                    cold[gesture][round] = System.nanoTime() - start;
                }
                // Sent, as a response would send them: kept, 300 rounds of calls (a zone move's 0.9 MB each)
                // filled the old generation, and collecting them ran through the measured edits.
                sentCharacters();
            }
        }
        String[] names = {"drop", "connect", "move"};
        for (int gesture = 0; gesture < names.length; gesture++) {
            long[] nanos = cold[gesture];
            System.out.printf("CANVAS COLD %s, the JVM's first %d (mixed with the others): %s ms%n", names[gesture],
                    COLD, Arrays.stream(nanos).mapToObj(n -> String.format("%.0f", n / 1e6)).toList());
        }
    }

    /** The measured gestures on one plan, the i-th of each as the browser would report it. */
    private record Gestures(Plan plan, CanvasEditor canvas) {
        void drop(int i) {
            DataStore first = plan.dataStores().get(0);
            Box zone = zone(canvas, first.location());
            canvas.dropped("store", first.type(), zone.x() + 20 + (i % 7) * 30, zone.maxY() - 30);
        }

        void connect(int i) {
            List<DataStore> stores = plan.dataStores();
            canvas.connected("store", stores.get(i).id(), stores.get(stores.size() - 1 - i).id());
        }

        void move(int i) {
            canvas.moved("location", plan.locations().get(0).id(), i % 2 == 0 ? 10 : -10, 5);
        }
    }

    private static Box zone(CanvasEditor canvas, String locationId) {
        return canvas.layout().zones().stream().filter(z -> z.node().id().equals("zone:" + locationId))
                .map(Placed::bounds).findFirst().orElseThrow();
    }

    private void measure(String gesture, IntConsumer edit) {
        long[] nanos = new long[MEASURED];
        long[] sent = new long[MEASURED];
        long collectionsBefore = collections();
        long pausedBefore = collectionMillis();
        long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            edit.accept(i);
            roundTrip(); // what goes out before the response: the drawing, or the parts of it that changed
            nanos[i] = System.nanoTime() - start;
            sent[i] = sentCharacters();
        }
        double allocatedMb = (THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6 / MEASURED;
        long collections = collections() - collectionsBefore;
        long paused = collectionMillis() - pausedBefore;
        Arrays.sort(nanos);
        Arrays.sort(sent);
        System.out.printf("CANVAS EDIT %s, 1,000-store plan: median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " sent to the browser: median %,d characters; allocated %.1f MB per edit; %d collections"
                + " (%d ms) in the %d edits%n", gesture, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6,
                nanos[MEASURED - 1] / 1e6, sent[MEASURED / 2], allocatedMb, collections, paused, MEASURED);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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
