package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.stream.StreamSupport;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.diagram.ZoneOverview;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the canvas sends the browser after an edit, read from the page's pending script calls: on the 1,000-store
 * plan only the parts of the drawing that changed, named by their diagram ids, and the groups of the zones-and-counts
 * overview that changed.
 */
class CanvasUpdateViewTest extends ViewTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEditOnTheThousandStorePlanSendsOnlyThePartsThatChangedAndTheOverviewsGroupsWithTheNewCounts() {
        Plan plan = EditRoundTripMeasurement.thousandStores(example("06-mixed-azure-aws-estate"));
        signIn("canvas-update-" + System.nanoTime());
        PlanEditorView editor = openEditor(stored(plan));
        CanvasEditor canvas = $(CanvasEditor.class).single();
        List<Object[]> first = sent();
        assertThat(first).as("the first drawing is whole").anyMatch(call -> call[0].equals("update"));
        OverviewParts firstOverview = OverviewParts.of((String) first.stream()
                .filter(call -> call[0].equals("update")).findFirst().orElseThrow()[2]);
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
        Object wholeOverview = afterDrop.stream().filter(call -> call[0].equals("patch")).findFirst()
                .orElseThrow()[2];
        assertThat(wholeOverview).as("the overview is not sent whole").isNull();
        JsonNode overview = update.get("overview");
        List<String> groups = StreamSupport.stream(overview.get("parts").spliterator(), false)
                .map(part -> part.get(0).asString()).toList();
        assertThat(groups).contains("location " + store.location());
        assertThat(groups.size()).as("overview groups sent of %d", firstOverview.groups().size())
                .isLessThan(firstOverview.groups().size() / 2);
        assertThat(overview.get("parts").get(groups.indexOf("location " + store.location())).get(2).asString())
                .contains(Quantity.of(inZone, "store"));
        List<OverviewParts.Part> groupsSent = StreamSupport.stream(overview.get("parts").spliterator(), false)
                .map(part -> new OverviewParts.Part(part.get(0).asString(),
                        part.get(1).isNull() ? null : part.get(1).asString(), part.get(2).asString())).toList();
        List<String> removed = StreamSupport.stream(overview.get("removed").spliterator(), false)
                .map(JsonNode::asString).toList();
        OverviewParts now = OverviewParts.of(ZoneOverview.svg(canvas.layout(), editor.plan(),
                RecommendationEngine.standard().recommend(editor.plan())));
        assertThat(OverviewPartsTest.patched(firstOverview.groups(), new OverviewParts.Patch(removed, groupsSent)))
                .as("the page's overview, patched, is the new overview").isEqualTo(now.groups());

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
