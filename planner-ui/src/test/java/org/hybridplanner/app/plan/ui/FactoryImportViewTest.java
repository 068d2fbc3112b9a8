package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridplanner.app.FactoryExports;
import org.hybridplanner.factoryimport.ImportLimits;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** "Import from Data Factory" without a browser: the new plan opens with its checklist; bad input says why. */
class FactoryImportViewTest extends ViewTestSupport {

    @Test
    void anUploadedExportBecomesAPlanThatOpensWithItsChecklistBesideIt() {
        signIn("uma");
        PlanListView list = navigate(PlanListView.class);

        list.importFactory("fabrikam.zip", FactoryExports.templateZip());

        PlanEditorView editor = (PlanEditorView) UI.getCurrent().getCurrentView();
        Plan plan = plans.open(editor.planIdForTests()).plan();
        assertThat(plan.dataFactory().name()).isEqualTo("fabrikam-adf");
        assertThat(plan.dataStores()).extracting("name").containsExactlyInAnyOrder("ls_orders", "ls_lake");
        ImportChecklist checklist = $(ImportChecklist.class).id("import-checklist");
        assertThat(checklist.isVisible()).isTrue();
        List<String> items = $(Checkbox.class, checklist).all().stream().map(Checkbox::getLabel).toList();
        assertThat(items).first().asString().startsWith("Needs your input · ");
        assertThat(items).anySatisfy(item -> assertThat(item).contains("shir-plant", "AWS VPC"));
        assertThat(items).anySatisfy(item -> assertThat(item).contains("ls_orders",
                "secure ARM parameter 'ls_orders_connectionString'"));
        assertThat(String.join("\n", items)).doesNotContain("LEAK");
    }

    @Test
    void aPlanOpenedWithoutAnImportShowsNoChecklist() {
        signIn("victor");
        openEditor(stored(example(README_EXAMPLE)));

        // Only visible components are found: the checklist is there, hidden.
        assertThat($(ImportChecklist.class).all()).isEmpty();
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedNamingItAndNothingIsStored() {
        signIn("wendy");
        PlanListView list = navigate(PlanListView.class);

        list.importFactory("notes.json", "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));

        Dialog refused = $(Dialog.class).id("import-refused");
        assertThat(refused.isOpened()).isTrue();
        assertThat($(UnorderedList.class, refused).id("import-refused-problems").getElement().getTextRecursively())
                .startsWith("notes.json: not a Data Factory export");
        assertThat(plans.list("")).isEmpty();
    }

    @Test
    void theServerReadsAtMostTheLimitOfAnExportThatSkipsTheBrowsersSizeCheck() throws Exception {
        signIn("xavier");
        PlanListView list = navigate(PlanListView.class);
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'P';
            }
        };
        UploadEvent event = Mockito.mock(UploadEvent.class);
        Mockito.when(event.getFileSize()).thenReturn(-1L);
        Mockito.when(event.getFileName()).thenReturn("huge.zip");
        Mockito.when(event.getInputStream()).thenReturn(endless);
        Mockito.when(event.getUI()).thenReturn(UI.getCurrent());

        list.factoryHandler().handleUploadRequest(event);

        Mockito.verify(event).reject("The file is larger than 16 MiB, the limit for a Data Factory export.");
        assertThat(read.get()).isLessThanOrEqualTo(ImportLimits.MAX_FILE_BYTES + 64 * 1024);
        assertThat(plans.list("")).isEmpty();
    }
}
