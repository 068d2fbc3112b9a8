package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.StoreTypeSpec;
import org.junit.jupiter.api.Test;

class PlanEditorViewTest extends ViewTestSupport {

    @Test
    void changingAFlowRecomputesTheRecommendationAtOnce() {
        signIn("alice");
        Plan demo = example("06-mixed-azure-aws-estate");
        PlanEditorView editor = openEditor(stored(demo));
        String newSink = demo.dataStores().stream().map(s -> s.id())
                .filter(id -> !id.equals(demo.flows().get(0).sink()) && !id.equals(demo.flows().get(0).source()))
                .findFirst().orElseThrow();

        showTab("tab-flows");
        test(grid("flows-grid")).select(0);
        test(combo("flow-sink")).selectItem(newSink);

        assertThat(editor.plan().flows().get(0).sink()).isEqualTo(newSink);
        assertThat(test(grid("recommendation-flows")).getCellText(0, 0)).endsWith("→ " + newSink);
        assertThat(editor.hasUnsavedChanges()).isTrue();
        editor.saveNow();
        assertThat(plans.open(editor.planIdForTests()).plan().flows().get(0).sink()).isEqualTo(newSink);
    }

    @Test
    void showsTheDiagramAndOffersEveryExportFormat() {
        signIn("alice");
        openEditor(stored(example(README_EXAMPLE)));

        com.vaadin.flow.component.html.Image diagram = $(com.vaadin.flow.component.html.Image.class)
                .id("design-diagram");
        assertThat(diagram.isVisible()).isTrue();
        assertThat(diagram.getSrc()).isNotBlank();
        assertThat(diagram.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("Contoso ingestion"));
        for (org.hybridplanner.export.ExportFormat format : org.hybridplanner.export.ExportFormat.values()) {
            com.vaadin.flow.component.html.Anchor link = $(com.vaadin.flow.component.html.Anchor.class)
                    .id("export-design-" + format.cliName());
            assertThat(link.getHref()).as(format.cliName()).isNotBlank();
        }
    }

    @Test
    void theSummaryAndListsUseThePlannersWordsInTheirNumber() {
        signIn("alice");
        openEditor(stored(example(README_EXAMPLE)));

        assertThat($(com.vaadin.flow.component.html.Span.class).id("recommendation-summary").getText())
                .isEqualTo("Hybrid scenario · 1 flow · 1 runtime · 5 firewall rules · 1 warning");
        assertThat(test(grid("recommendation-flows")).getCellText(0, 1)).isEqualTo("Hybrid");
        assertThat(test(grid("recommendation-warnings")).getCellText(0, 0)).isEqualTo("Info");
    }

    @Test
    void offersOnlyTheStoreTypesTheLocationKindAllows() {
        signIn("alice");
        openEditor(stored(example(README_EXAMPLE)));

        showTab("tab-stores");
        test(grid("dataStores-grid")).select(0);

        // "Other Data Factory connector" is for imported stores: never offered as a choice.
        List<String> expected = RecommendationEngine.standard().catalog().storeTypesFor(LocationKind.ON_PREMISES)
                .stream().filter(spec -> !spec.type().equals(DataStore.OTHER_CONNECTOR))
                .map(StoreTypeSpec::displayName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertThat(test(combo("store-type")).getSuggestions()).containsExactlyElementsOf(expected)
                .contains("IBM Db2", "SAP table (SAP ERP or S/4HANA)", "SFTP server")
                .doesNotContain("Other Data Factory connector");
    }

    @Test
    void typingFindsAStoreTypeByItsNameOrGroup() {
        signIn("alice");
        openEditor(stored(example(README_EXAMPLE)));

        showTab("tab-stores");
        test(grid("dataStores-grid")).select(0);
        var types = test(combo("store-type"));

        types.setFilter("sap");
        assertThat(types.getSuggestions()).contains("SAP HANA", "SAP Business Warehouse", "SAP ASE (Sybase)")
                .doesNotContain("SQL Server");
        types.setFilter("databases");
        assertThat(types.getSuggestions()).contains("IBM Db2", "SQL Server", "PostgreSQL").doesNotContain("SAP HANA");
    }

    @Test
    void anInvalidAddressIsShownOnItsFieldAndNotApplied() {
        signIn("alice");
        Plan readme = example(README_EXAMPLE);
        PlanEditorView editor = openEditor(stored(readme));

        showTab("tab-locations");
        test(grid("locations-grid")).select(0);
        test(textField("location-egress")).setValue("203.0.113.300");

        TextField egress = textField("location-egress");
        assertThat(egress.isInvalid()).isTrue();
        assertThat(egress.getErrorMessage()).contains("203.0.113.300").contains("not a valid");
        assertThat(editor.plan()).isEqualTo(readme);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void renamingALocationIdCarriesTheNewIdIntoLinksAndStores() {
        signIn("alice");
        PlanEditorView editor = openEditor(stored(example(README_EXAMPLE)));

        showTab("tab-locations");
        test(grid("locations-grid")).select(0);
        test(textField("location-id")).setValue("amsterdam");

        assertThat(editor.plan().links().get(0).between()).contains("amsterdam");
        assertThat(editor.plan().dataStore("orders").orElseThrow().location()).isEqualTo("amsterdam");
        assertThat(test(grid("recommendation-runtimes")).getCellText(0, 0)).isEqualTo("shir-amsterdam");
    }

    @Test
    void aPlanNameWithDirectionControlsIsRefusedWithAMessage() {
        signIn("alice");
        Plan readme = example(README_EXAMPLE);
        PlanEditorView editor = openEditor(stored(readme));

        test(textField("plan-name")).setValue("Invoice\u202Egpj.exe");

        assertThat(textField("plan-name").isInvalid()).isTrue();
        assertThat(textField("plan-name").getErrorMessage()).contains("direction control");
        assertThat(editor.plan().name()).isEqualTo(readme.name());
    }

    @Test
    void aSaveAfterSomeoneElseSavedOpensTheConflictDialogAndOverwritesNothing() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        PlanEditorView editor = openEditor(id);
        OpenedPlan otherWindow = plans.open(id);
        plans.save(id, otherWindow.version(), otherWindow.plan().withName("Changed in the other window"));

        test(textField("plan-name")).setValue("Changed here");
        editor.saveNow();

        assertThat($(Dialog.class).id("conflict-dialog").isOpened()).isTrue();
        assertThat(plans.open(id).plan().name()).isEqualTo("Changed in the other window");
    }

    @Test
    void anotherUsersPlanCannotBeOpenedByItsAddress() {
        signIn("alice");
        UUID alicesPlan = stored(example(README_EXAMPLE));
        signIn("bob");

        navigate("plans/" + alicesPlan, com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(PlanEditorView.class);
        assertThat($(TextField.class).withId("plan-name").exists()).isFalse();
    }

    private void showTab(String id) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id(id));
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
