package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;

/** The Versions dialog: a version opens as its design, and any two versions compare in words and as a diagram. */
class VersionHistoryViewTest extends ViewTestSupport {

    /** Stores the demo, removes the Redshift store with its flows in the editor and saves: versions 1 and 2. */
    private PlanEditorView demoWithRedshiftRemoved() {
        signIn("alice");
        UUID id = stored(example("06-mixed-azure-aws-estate"));
        PlanEditorView editor = openEditor(id);
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id("tab-stores"));
        @SuppressWarnings("unchecked")
        Grid<Object> stores = $(Grid.class).id("dataStores-grid");
        int redshift = IntStream.range(0, test(stores).size())
                .filter(i -> test(stores).getCellText(i, 0).equals("redshift")).findFirst().orElseThrow();
        test(stores).select(redshift);
        test($(Button.class).id("remove-data-store")).click();
        test($(ConfirmDialog.class).id("removal-dialog")).confirm();
        editor.saveNow();
        test($(Button.class).id("show-versions")).click();
        return editor;
    }

    @Test
    void aVersionOpensAsItsDesignAndDiagramNotAsJson() {
        demoWithRedshiftRemoved();
        @SuppressWarnings("unchecked")
        Grid<Object> versions = $(Grid.class).id("versions-grid");
        assertThat(test(versions).getCellText(0, 2)).as("the removal's version says what it removed")
                .startsWith("Removed data store Marketing Redshift");

        Component actions = test(versions).getCellComponent(1, 5);
        Button open = actions.getChildren().filter(c -> c instanceof Button b && b.getText().equals("Open"))
                .map(Button.class::cast).findFirst().orElseThrow();
        test(open).click();

        assertThat($(Span.class).id("version-about").getText()).startsWith("Created · by alice");
        assertThat($(Span.class).id("version-recommendation-summary").getText()).startsWith("Hybrid scenario");
        assertThat($(Image.class).id("version-design-diagram").getSrc()).isNotBlank();
        @SuppressWarnings("unchecked")
        Grid<Object> flows = $(Grid.class).id("version-recommendation-flows");
        assertThat(test(flows).size()).as("version 1 still has the Redshift flows").isEqualTo(7);
        assertThat($(TextArea.class).all()).as("no raw JSON").isEmpty();
        assertThat($(Span.class).id("recommendation-summary").getText()).as("the editor's panel keeps its ids")
                .startsWith("Hybrid scenario");
    }

    @Test
    void twoVersionsCompareInWordsByRuleAndAllowlistAndAsADiagram() {
        demoWithRedshiftRemoved();

        test($(Button.class).id("compare-versions")).click();

        List<String> changes = $(UnorderedList.class).id("comparison-plan-changes").getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(changes).containsExactly("Removed data store Marketing Redshift (redshift)",
                "Removed flow App SQL Server VM → Marketing Redshift (app-to-redshift)",
                "Removed flow Marketing Redshift → Enterprise warehouse (Synapse) (redshift-to-dwh)");
        @SuppressWarnings("unchecked")
        Grid<Object> rules = $(Grid.class).id("comparison-rules");
        assertThat(test(rules).size()).isPositive();
        assertThat(IntStream.range(0, test(rules).size()).mapToObj(i -> test(rules).getCellText(i, 0)))
                .containsOnly("Removed");
        @SuppressWarnings("unchecked")
        Grid<Object> allowlist = $(Grid.class).id("comparison-allowlist");
        assertThat(IntStream.range(0, test(allowlist).size()).mapToObj(i -> test(allowlist).getCellText(i, 0)
                + " " + test(allowlist).getCellText(i, 1))).contains("Removed redshift");
        assertThat($(Image.class).id("comparison-diagram").getSrc()).isNotBlank();
    }

    @Test
    void aVersionComparedWithTheSamePlanSaysSo() {
        signIn("alice");
        Plan demo = example("06-mixed-azure-aws-estate");
        UUID id = stored(demo);
        var opened = plans.save(id, plans.open(id).version(), demo.withName("Renamed"));
        plans.saveNamedVersion(id, opened.version(), demo, "Back to the original name");
        openEditor(id);
        test($(Button.class).id("show-versions")).click();
        @SuppressWarnings("unchecked")
        var from = (com.vaadin.flow.component.combobox.ComboBox<Object>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("compare-from");
        test(from).selectItem(test(from).getSuggestions().stream().filter(s -> s.startsWith("1 ")).findFirst()
                .orElseThrow());

        test($(Button.class).id("compare-versions")).click();

        assertThat($(Span.class).id("comparison-plan-changes").getText())
                .isEqualTo("The plan is the same in both versions.");
        assertThat($(Grid.class).withId("comparison-rules").exists()).isFalse();
    }
}
