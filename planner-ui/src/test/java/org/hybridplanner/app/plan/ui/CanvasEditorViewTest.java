package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Position;
import org.junit.jupiter.api.Test;

/** The canvas's palette, side panel and gestures, without a browser: each is the same plan edit a form makes. */
class CanvasEditorViewTest extends ViewTestSupport {
    private PlanEditorView openReadme() {
        signIn("canvas-" + System.nanoTime());
        return openEditor(stored(example(README_EXAMPLE)));
    }

    private CanvasEditor canvas() {
        return $(CanvasEditor.class).single();
    }

    private Box zone(String locationId) {
        return canvas().layout().zones().stream().filter(z -> z.node().id().equals("zone:" + locationId))
                .findFirst().orElseThrow().bounds();
    }

    @Test
    void aPaletteClickAddsALocationOfThatKindAndOpensItInTheSidePanel() {
        PlanEditorView editor = openReadme();

        CanvasPaletteTest.click($(CanvasPalette.class).single(), CanvasPalette.LOCATION, "AWS_VPC", "");

        Plan plan = editor.plan();
        assertThat(plan.locations()).hasSize(3);
        assertThat(plan.locations().getLast().kind()).isEqualTo(LocationKind.AWS_VPC);
        assertThat($(H4.class).all()).extracting(H4::getText).contains("Location");
        assertThat($(TextField.class).id("location-name").getValue()).isEqualTo("AWS VPC 1");
        // The README plan's locations are dc and az: the new one takes the first free location-N.
        assertThat(plan.locations().getLast().id()).isEqualTo("location-1");
        assertThat(canvas().canvas().svg()).contains("data-element-id='location-1'");
    }

    @Test
    void aStoreDroppedOnAZoneStandsThereAndATypeTheZoneCannotHoldIsRefused() {
        PlanEditorView editor = openReadme();
        Box dc = zone("dc");

        canvas().dropped("store", "FILE_SHARE", dc.x() + 120, dc.maxY() - 20);

        Plan plan = editor.plan();
        assertThat(plan.dataStores().getLast().type()).isEqualTo("FILE_SHARE");
        assertThat(plan.dataStores().getLast().location()).isEqualTo("dc");
        assertThat(plan.layout().dataStore(plan.dataStores().getLast().id())).isPresent();
        assertThat(editor.hasUnsavedChanges()).isTrue();

        Box az = zone("az");
        canvas().dropped("store", "FILE_SHARE", az.centerX(), az.centerY());
        assertThat(editor.plan()).isEqualTo(plan);
    }

    @Test
    void theSidePanelEditsTheClickedElementWithFieldLevelValidation() {
        PlanEditorView editor = openReadme();

        canvas().selected("store", "orders");
        test($(TextField.class).id("store-name")).setValue("Orders <db>");

        assertThat($(TextField.class).id("store-name").isInvalid()).isTrue();
        assertThat(editor.plan().dataStore("orders").orElseThrow().name()).isEqualTo("Orders");

        test($(TextField.class).id("store-name")).setValue("Orders database");
        assertThat(editor.plan().dataStore("orders").orElseThrow().name()).isEqualTo("Orders database");
    }

    @Test
    void theSidePanelShowsOnlyWithASelectionClosesKeepingItAndStaysAwayWhileConnecting() {
        openReadme();
        ElementPanel panel = $(ElementPanel.class).single();
        assertThat(panel.isOpen()).as("nothing selected").isFalse();
        assertThat(panel.getElement().getStyle().get("visibility")).isEqualTo("hidden");

        canvas().selected("store", "orders");
        assertThat(panel.isOpen()).isTrue();
        assertThat(panel.getElement().getStyle().get("visibility")).isEqualTo("visible");
        test($(Button.class).id("panel-close")).click();
        assertThat(panel.isOpen()).isFalse();
        assertThat(panel.selectedKind() + " " + panel.selectedId()).as("still selected").isEqualTo("store orders");

        canvas().selected("store", "orders");
        assertThat(panel.isOpen()).as("selecting it again opens it").isTrue();

        Button connect = $(Button.class).id("canvas-connect");
        test(connect).click();
        assertThat(connect.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(connect.getElement().getThemeList()).contains("primary").doesNotContain("tertiary");
        Span hint = $(Span.class).id("canvas-connect-hint");
        assertThat(hint.getText()).contains("Escape");
        assertThat(panel.isOpen()).as("while connecting").isFalse();
        test(connect).click();
        assertThat(connect.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(hint.isVisible()).isFalse();
        assertThat(panel.isOpen()).as("the selection shows again").isTrue();

        canvas().selected("", "");
        assertThat(panel.isOpen()).isFalse();
    }

    @Test
    void movingGivesAPositionRenamingCarriesItAndArrangeClearsItAsOneUndoableEdit() {
        PlanEditorView editor = openReadme();
        Box az = zone("az");

        canvas().moved("location", "az", 40, 60);
        assertThat(editor.plan().layout().location("az"))
                .contains(new Position((int) az.x() + 40, (int) az.y() + 60));
        assertThat(zone("az").x()).isEqualTo(az.x() + 40);

        canvas().selected("location", "az");
        test($(TextField.class).id("location-id")).setValue("azure");
        assertThat(editor.plan().layout().location("azure")).isPresent();
        assertThat(editor.plan().layout().location("az")).isEmpty();

        test($(Button.class).id("canvas-arrange")).click();
        assertThat(editor.plan().layout().isEmpty()).isTrue();
        editor.undo();
        assertThat(editor.plan().layout().location("azure")).isPresent();
    }

    @Test
    void connectingStoresAddsAFlowAndDeleteRemovesTheSelectionWithUndo() {
        PlanEditorView editor = openReadme();

        canvas().connected("store", "dwh", "orders");
        Plan connected = editor.plan();
        assertThat(connected.flows()).hasSize(2);
        assertThat(connected.flows().getLast().source()).isEqualTo("dwh");

        canvas().deleteSelected(); // the new flow is selected: nothing depends on it, so it goes at once
        assertThat(editor.plan().flows()).hasSize(1);
        editor.undo();
        assertThat(editor.plan()).isEqualTo(connected);
    }

    @Test
    void removingAStoreDropsItsPosition() {
        PlanEditorView editor = openReadme();
        Box orders = canvas().layout().nodes().stream().filter(n -> n.node().id().equals("store:orders"))
                .findFirst().orElseThrow().bounds();
        canvas().moved("store", "orders", 0, 80);
        assertThat(editor.plan().layout().dataStore("orders")).isPresent();
        assertThat(orders).isNotNull();

        canvas().selected("store", "orders");
        canvas().deleteSelected(); // a flow uses it: the removal asks first
        test($(ConfirmDialog.class).id("removal-dialog")).confirm();

        assertThat(editor.plan().dataStore("orders")).isEmpty();
        assertThat(editor.plan().layout().dataStore("orders")).isEmpty();
    }
}
