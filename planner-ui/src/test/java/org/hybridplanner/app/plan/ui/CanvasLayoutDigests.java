package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes a digest of every layout the canvas shows along {@link CanvasEditMeasurement}'s edits on the 1,000-store
 * plan (130 drops, 130 connections, then moves of three zones) and of the final drawing, one per line, to the file
 * named by {@code -Dcanvas.digests} ({@code target/canvas-layout-digests.txt} by default). A change meant to make
 * the layout cheaper without changing the drawing runs it on both builds and compares the files with {@code cmp}
 * (docs/planner-ui.md, "Measured figures"). A tool, not a check: run it with {@code -Pmeasure}.
 *
 * <p>It also writes a digest of what each edit sends the browser (every script call with its arguments, an element
 * as its tag, what differs between any two runs masked) to the file named by {@code -Dcanvas.sent-digests}
 * ({@code target/canvas-sent-digests.txt}): a change meant to send the same for less work compares those files too
 * ({@code -Dcanvas.sent-texts=<dir>} also writes each edit's calls as text there, to see what differs). Vaadin
 * queues a combo box's {@code this.invalid} call at a place among the other components' calls that varies from run
 * to run, so two runs of one build can differ there: when the digests differ, compare the texts without those calls.
 */
@Tag("measurement")
class CanvasLayoutDigests extends ViewTestSupport {
    @Test
    void thousandStorePlan() throws IOException {
        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        signIn("canvas-digests");
        UUID id = stored(plan);
        navigate("plans/" + id, PlanEditorView.class);
        CanvasEditor canvas = $(CanvasEditor.class).single();
        List<String> lines = new ArrayList<>();
        sent.clear();
        sentToBrowser();
        DataStore first = plan.dataStores().get(0);
        edit(lines, 130, canvas, i -> {
            Box zone = zone(canvas, first.location());
            canvas.dropped("store", first.type(), zone.x() + 20 + (i % 7) * 30, zone.maxY() - 30);
        });
        List<DataStore> stores = plan.dataStores();
        edit(lines, 130, canvas, i -> canvas.connected("store", stores.get(i).id(),
                stores.get(stores.size() - 1 - i).id()));
        for (String location : List.of(plan.locations().get(0).id(), plan.locations().get(1).id(),
                plan.locations().getLast().id())) {
            edit(lines, 6, canvas, i -> canvas.moved("location", location, i % 2 == 0 ? 40 : -25,
                    i % 3 == 0 ? -30 : 45));
        }
        lines.add("drawing " + digest(canvas.canvas().svg()));
        Path file = Path.of(System.getProperty("canvas.digests", "target/canvas-layout-digests.txt"));
        Files.write(file, lines);
        System.out.printf("CANVAS layout digests: %d lines in %s%n", lines.size(), file.toAbsolutePath());
        Path sentFile = Path.of(System.getProperty("canvas.sent-digests", "target/canvas-sent-digests.txt"));
        Files.write(sentFile, sent);
        System.out.printf("CANVAS sent digests: %d lines in %s%n", sent.size(), sentFile.toAbsolutePath());
    }

    private final List<String> sent = new ArrayList<>();

    /** Every script call queued for the browser since the last look (and forgets them), as text. */
    private static String sentToBrowser() {
        StringBuilder text = new StringBuilder();
        for (var call : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            text.append(call.getInvocation().getExpression()).append('\n');
            for (Object parameter : call.getInvocation().getParameters()) {
                text.append(parameter instanceof Element element ? "<" + element.getTag() + ">"
                        : String.valueOf(parameter)).append('\n');
            }
        }
        // What differs from run to run whatever the build: Vaadin's LitRenderer names its row properties at random
        // (lr_<16 hex digits>_), and a return channel goes as its identity hash.
        return text.toString().replaceAll("lr_[0-9a-f]{16}_", "lr_#_").replaceAll("ChannelImpl@[0-9a-f]+",
                "ChannelImpl@#");
    }

    private void edit(List<String> lines, int count, CanvasEditor canvas, IntConsumer edit) {
        for (int i = 0; i < count; i++) {
            edit.accept(i);
            roundTrip();
            lines.add(digest(describe(canvas.layout())));
            String calls = sentToBrowser();
            sent.add(digest(calls));
            String texts = System.getProperty("canvas.sent-texts");
            if (texts != null) { // every edit's calls as text, to see what differs
                try {
                    Files.createDirectories(Path.of(texts));
                    Files.writeString(Path.of(texts, "edit-" + sent.size() + ".txt"), calls);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    /** Everything the layout places, in its order: equal text, equal drawing. */
    private static String describe(DiagramLayout layout) {
        StringBuilder text = new StringBuilder();
        text.append(layout.width()).append(' ').append(layout.height()).append('\n');
        layout.zones().forEach(zone -> text.append(zone.node().id()).append(zone.bounds()).append('\n'));
        layout.nodes().forEach(node -> text.append(node.node().id()).append(node.bounds()).append('\n'));
        layout.edges().forEach(route -> text.append(route.edge().id()).append(route.points()).append('\n'));
        layout.texts().forEach(box -> text.append(box).append('\n'));
        layout.legend().forEach(sample -> text.append(sample).append('\n'));
        return text.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Box zone(CanvasEditor canvas, String locationId) {
        return canvas.layout().zones().stream().filter(z -> z.node().id().equals("zone:" + locationId))
                .map(Placed::bounds).findFirst().orElseThrow();
    }
}
