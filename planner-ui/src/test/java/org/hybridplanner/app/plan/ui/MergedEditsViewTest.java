package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.app.plan.PlanPresence;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A save that meets someone else's save: merged, told in words, conflicts decided per field; and presence. */
class MergedEditsViewTest extends ViewTestSupport {
    @Autowired
    PlanPresence presence;

    @Test
    void editsOfDifferentFieldsAreMergedOnSaveAndTheNotificationSaysWhatCameIn() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        PlanEditorView editor = openEditor(id);
        saveInOtherWindow(id, plan -> withRegion(plan, "northeurope"));

        test(textField("plan-name")).setValue("Renamed here");
        editor.saveNow();

        Plan stored = plans.open(id).plan();
        assertThat(stored.name()).isEqualTo("Renamed here");
        assertThat(stored.dataFactory().region()).isEqualTo("northeurope");
        assertThat(editor.plan()).isEqualTo(stored);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat($(Div.class).id("incoming-changes").getElement().getTextRecursively()).contains("Merged with alice's changes:")
                .contains("Changed plan settings: region westeurope → northeurope");
        assertThat($(Span.class).id("save-status").getText()).contains("merged with alice's changes");
    }

    @Test
    void theSameFieldChangedOnBothSidesOpensTheDialogWithBothValuesAndTheChoiceIsSaved() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        PlanEditorView editor = openEditor(id);
        saveInOtherWindow(id, plan -> withRegion(plan.withName("Their name"), "northeurope"));

        test(textField("plan-name")).setValue("My name");
        editor.saveNow();

        Dialog dialog = $(Dialog.class).id("conflict-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plans.open(id).plan().name()).as("nothing saved before the choice").isEqualTo("Their name");
        RadioButtonGroup<String> choice = choice(0);
        assertThat(choice.getListDataView().getItems().map(item -> choice.getItemLabelGenerator().apply(item)))
                .containsExactly("Theirs: Their name", "Yours: My name");

        test(choice).selectItem("Theirs: Their name");
        test($(Button.class).id("conflict-apply")).click();

        Plan stored = plans.open(id).plan();
        assertThat(stored.name()).isEqualTo("Their name");
        assertThat(stored.dataFactory().region()).isEqualTo("northeurope");
        assertThat(editor.plan()).isEqualTo(stored);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void undoAfterAMergeTakesBackMyEditAndKeepsWhatCameIn() {
        signIn("alice");
        Plan readme = example(README_EXAMPLE);
        UUID id = stored(readme);
        PlanEditorView editor = openEditor(id);
        saveInOtherWindow(id, plan -> withRegion(plan, "northeurope"));
        test(textField("plan-name")).setValue("Renamed here");
        editor.saveNow();

        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(editor.plan().name()).isEqualTo(readme.name());
        assertThat(editor.plan().dataFactory().region()).isEqualTo("northeurope");
        editor.saveNow();
        assertThat(plans.open(id).plan().dataFactory().region()).isEqualTo("northeurope");
        assertThat(plans.open(id).plan().name()).isEqualTo(readme.name());
    }

    @Test
    void theHeaderNamesWhoElseHasThePlanOpen() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        assertThat(presence.beat(id, "alice-other-tab")).isEmpty();
        assertThat(presence.beat(id, "probe")).containsExactly("alice");
        presence.left(id, "probe");
        PlanEditorView editor = openEditor(id);

        assertThat($(Span.class).id("others-editing").getText()).isEqualTo("Also editing: you in another window");

        presence.left(id, "alice-other-tab");
        editor.showWhoElseEditsForTests();
        assertThat($(Span.class).withId("others-editing").exists()).as("hidden when nobody else is there").isFalse();
    }

    private void saveInOtherWindow(UUID id, java.util.function.UnaryOperator<Plan> edit) {
        OpenedPlan otherWindow = plans.open(id);
        plans.save(id, otherWindow.version(), edit.apply(otherWindow.plan()));
    }

    private static Plan withRegion(Plan plan, String region) {
        DataFactory factory = plan.dataFactory();
        return new Plan(plan.schemaVersion(), plan.name(), new DataFactory(factory.name(), region,
                factory.endpointStyle()), plan.locations(), plan.links(), plan.dataStores(), plan.flows(),
                plan.runtime(), plan.credentials());
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> choice(int index) {
        return $(RadioButtonGroup.class).id("conflict-choice-" + index);
    }

    private TextField textField(String id) {
        return $(TextField.class).id(id);
    }
}
