package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;

/** Undo and redo of editor edits, and removing elements others depend on. */
class UndoAndRemovalViewTest extends ViewTestSupport {
    private static final String DEMO = "06-mixed-azure-aws-estate";

    @Test
    void undoesAndRedoesAnEditWithTheButtonsAndTheKeysEvenAfterItWasSaved() {
        signIn("alice");
        Plan demo = example(DEMO);
        UUID id = stored(demo);
        PlanEditorView editor = openEditor(id);
        showTab("tab-flows");
        test(grid("flows-grid")).select(0);
        test(combo("flow-sink")).selectItem("lake");
        editor.saveNow();
        assertThat(plans.open(id).plan().flows().get(0).sink()).isEqualTo("lake");

        test(button("undo")).click();

        assertThat(editor.plan()).isEqualTo(demo);
        assertThat(test(grid("recommendation-flows")).getCellText(0, 0)).endsWith("→ dwh");
        assertThat(combo("flow-sink").getValue()).as("the open form follows the undo").isEqualTo("dwh");
        assertThat(editor.hasUnsavedChanges()).as("an undo is an edit: it is saved like one").isTrue();
        editor.saveNow();
        assertThat(plans.open(id).plan()).isEqualTo(demo);
        assertThat(button("undo").isEnabled()).isFalse();

        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT);
        assertThat(editor.plan().flows().get(0).sink()).isEqualTo("lake");
        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(editor.plan()).isEqualTo(demo);
        test(button("redo")).click();
        assertThat(editor.plan().flows().get(0).sink()).isEqualTo("lake");
        assertThat(button("redo").isEnabled()).isFalse();
    }

    @Test
    void typingInOneFieldIsOneStepAndTheNameFieldFollowsAnUndo() {
        signIn("alice");
        Plan demo = example(DEMO);
        PlanEditorView editor = openEditor(stored(demo));

        test(textField("plan-name")).setValue("Estate 2");
        test(textField("plan-name")).setValue("Estate 20");
        test(textField("plan-name")).setValue("Estate 2026");
        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(editor.plan().name()).isEqualTo(demo.name());
        assertThat(textField("plan-name").getValue()).isEqualTo(demo.name());
    }

    @Test
    void removingAStoreThatFlowsUseNamesThemAndOneUndoBringsAllBack() {
        signIn("alice");
        Plan demo = example(DEMO);
        PlanEditorView editor = openEditor(stored(demo));
        showTab("tab-stores");
        test(grid("dataStores-grid")).select(0);

        test(button("remove-data-store")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("removal-dialog");
        assertThat(test(dialog).getHeader()).isEqualTo("Remove data store \"Orders (SQL Server)\"?");
        assertThat(dependants()).containsExactly("2 flows use Orders (SQL Server): Orders (SQL Server) → "
                + "Enterprise warehouse (Synapse), Orders (SQL Server) → App SQL Server VM");
        assertThat(editor.plan()).as("nothing is removed before the answer").isEqualTo(demo);
        test(dialog).confirm();

        assertThat(editor.plan().dataStore("orders")).isEmpty();
        assertThat(editor.plan().flows()).extracting(Flow::id).doesNotContain("orders-to-dwh", "orders-to-app")
                .hasSize(demo.flows().size() - 2);
        assertThat(notificationText()).isEqualTo("Removed data store Orders (SQL Server) and 2 flows");
        assertThat(allNotificationTexts()).noneMatch(text -> text.contains("$."));

        test(button("undo-notification-undo")).click();

        assertThat(editor.plan()).isEqualTo(demo);
    }

    @Test
    void cancellingTheRemovalKeepsEverything() {
        signIn("alice");
        Plan demo = example(DEMO);
        PlanEditorView editor = openEditor(stored(demo));
        showTab("tab-stores");
        test(grid("dataStores-grid")).select(0);
        test(button("remove-data-store")).click();

        test($(ConfirmDialog.class).id("removal-dialog")).cancel();

        assertThat(editor.plan()).isEqualTo(demo);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void removingALocationNamesItsStoresLinksAndFlows() {
        signIn("alice");
        Plan demo = example(DEMO);
        PlanEditorView editor = openEditor(stored(demo));
        showTab("tab-locations");
        test(grid("locations-grid")).select(0);

        test(button("remove-location")).click();

        assertThat(dependants()).containsExactly(
                "3 data stores stand in Amsterdam DC: Orders (SQL Server), General ledger (Oracle), "
                        + "Finance file share",
                "2 links join Amsterdam DC: Amsterdam DC ↔ Hub VNet (West Europe) (ExpressRoute private peering), "
                        + "Amsterdam DC ↔ Azure public endpoints (ExpressRoute Microsoft peering)",
                "4 flows use those stores: Orders (SQL Server) → Enterprise warehouse (Synapse), General ledger "
                        + "(Oracle) → Enterprise warehouse (Synapse), Finance file share → Raw data lake, "
                        + "Orders (SQL Server) → App SQL Server VM");
        ConfirmDialog dialog = $(ConfirmDialog.class).id("removal-dialog");
        test(dialog).confirm();
        assertThat(editor.plan().location("dc-ams")).isEmpty();
        assertThat(editor.plan().links()).hasSize(1);
        assertThat(notificationText())
                .isEqualTo("Removed location Amsterdam DC, 3 data stores, 2 links and 4 flows");
        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(editor.plan()).isEqualTo(demo);
    }

    @Test
    void removingAFlowAsksNothingAndSaysWhatWasRemovedWithAnUndo() {
        signIn("alice");
        Plan demo = example(DEMO);
        PlanEditorView editor = openEditor(stored(demo));
        showTab("tab-flows");
        test(grid("flows-grid")).select(0);

        test(button("remove-flow")).click();

        assertThat($(ConfirmDialog.class).withId("removal-dialog").exists()).isFalse();
        assertThat(editor.plan().flow("orders-to-dwh")).isEmpty();
        assertThat(notificationText())
                .isEqualTo("Removed flow Orders (SQL Server) → Enterprise warehouse (Synapse)");
        test(button("undo-notification-undo")).click();
        assertThat(editor.plan()).isEqualTo(demo);
    }

    @Test
    void aRemovalFirstSavesTheEditsBeforeItSoAVersionHoldsThemWithoutTheRemoval() {
        signIn("alice");
        Plan demo = example(DEMO);
        UUID id = stored(demo);
        PlanEditorView editor = openEditor(id);
        test(textField("plan-name")).setValue("Estate before the removal");
        showTab("tab-flows");
        test(grid("flows-grid")).select(0);

        test(button("remove-flow")).click();
        editor.saveNow();

        var history = plans.versions(id);
        assertThat(history).hasSize(3);
        assertThat(history.get(0).label()).startsWith("Removed flow ");
        Plan beforeRemoval = plans.version(id, history.get(1).id());
        assertThat(beforeRemoval.name()).isEqualTo("Estate before the removal");
        assertThat(beforeRemoval.flows()).hasSize(demo.flows().size());
    }

    private List<String> dependants() {
        return $(Paragraph.class).all().stream().filter(p -> p.hasClassName("removal-dependant"))
                .map(Paragraph::getText).toList();
    }

    private String notificationText() {
        return $(Span.class).id("undo-notification-text").getText();
    }

    private List<String> allNotificationTexts() {
        return $(Notification.class).all().stream().map(n -> n.getElement().getTextRecursively()).toList();
    }

    private void showTab(String id) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id(id));
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    private TextField textField(String id) {
        return $(TextField.class).id(id);
    }
}
