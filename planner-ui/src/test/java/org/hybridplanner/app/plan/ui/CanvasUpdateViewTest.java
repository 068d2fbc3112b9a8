package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.stream.StreamSupport;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the canvas sends the browser after an edit, read from the page's pending script calls: on the 1,000-store
 * plan only the parts of the drawing that changed, named by their diagram ids, and the zones-and-counts overview.
 */
class CanvasUpdateViewTest extends ViewTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEditOnTheThousandStorePlanSendsOnlyThePartsThatChangedAndTheOverviewWithTheNewCounts() {
        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        signIn("canvas-update-" + System.nanoTime());
        PlanEditorView editor = openEditor(stored(plan));
        CanvasEditor canvas = $(CanvasEditor.class).single();
        List<Object[]> first = sent();
        assertThat(first).as("the first drawing is whole").anyMatch(call -> call[0].equals("update"));
        int parts = canvas.layout().zones().size() + canvas.layout().nodes().size() + canvas.layout().edges().size();

        DataStore store = plan.dataStores().get(0);
        Box zone = canvas.layout().zones().stream().filter(z -> z.node().id().equals("zone:" + store.location()))
                .findFirst().orElseThrow().bounds();
        canvas.dropped("store", store.type(), zone.x() + 40, zone.maxY() - 30);
        DataStore dropped = editor.plan().dataStores().getLast();
        List<Object[]> afterDrop = sent();

        assertThat(afterDrop).noneMatch(call -> call[0].equals("update"));
        JsonNode update = patch(afterDrop);
        List<String> drawn = StreamSupport.stream(update.get("parts").spliterator(), false)
                .map(part -> part.get(0).asString()).toList();
        assertThat(drawn).contains("store:" + dropped.id());
        assertThat(drawn.size()).as("parts drawn of %d", parts).isLessThan(parts / 20);
        assertThat(update.get("removed")).isEmpty();
        assertThat(update.get("parts").get(drawn.indexOf("store:" + dropped.id())).get(2).asString())
                .contains("data-element-id='" + dropped.id() + "'").contains("data-element-kind='store'");
        long inZone = editor.plan().dataStores().stream().filter(s -> s.location().equals(store.location())).count();
        String overview = (String) afterDrop.stream().filter(call -> call[0].equals("patch")).findFirst()
                .orElseThrow()[2];
        assertThat(overview).contains("data-element-id='" + store.location() + "'")
                .contains(Quantity.of(inZone, "store"));

        canvas.selected("store", store.id());
        assertThat(sent()).as("a change of selection sends no drawing")
                .noneMatch(call -> call[0].equals("update") || call[0].equals("patch"));
    }

    /** The canvas's script calls sent since the last look: [update|patch|select, parameters...]. */
    private List<Object[]> sent() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains("this.__canvas."))
                .map(call -> {
                    String expression = call.getExpression();
                    String name = expression.substring(expression.indexOf("this.__canvas.") + 14,
                            expression.indexOf('(', expression.indexOf("this.__canvas.")));
                    Object[] row = new Object[call.getParameters().size() + 1];
                    row[0] = name;
                    for (int i = 0; i < call.getParameters().size(); i++) {
                        row[i + 1] = call.getParameters().get(i);
                    }
                    return row;
                }).toList();
    }

    private static JsonNode patch(List<Object[]> calls) {
        Object[] patch = calls.stream().filter(call -> call[0].equals("patch")).findFirst().orElseThrow();
        return JSON.readTree((String) patch[1]);
    }
}
