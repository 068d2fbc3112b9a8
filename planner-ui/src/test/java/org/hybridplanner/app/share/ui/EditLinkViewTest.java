package org.hybridplanner.app.share.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.hybridplanner.app.plan.PlanSummary;
import org.hybridplanner.app.plan.ui.PlanEditorView;
import org.hybridplanner.app.plan.ui.PlanListView;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.hybridplanner.app.share.ShareAccess;
import org.junit.jupiter.api.Test;

/** Edit links in the planner: created in the share dialog, opened by another signed-in user. */
class EditLinkViewTest extends ViewTestSupport {

    @Test
    void theOwnerCreatesAnEditLinkAndAColleagueOpensThePlanInTheEditor() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        openEditor(id);
        test($(Button.class).id("share-plan")).click();
        chooseAccess(ShareAccess.EDIT);

        assertThat($(Paragraph.class).id("share-link-allows").getText()).isEqualTo(ShareAccess.EDIT.holderCan())
                .contains("cannot delete");
        assertThat($(Select.class).id("share-version").isEnabled()).as("edit links open the latest version")
                .isFalse();
        test($(TextField.class).id("share-label")).setValue("colleague");
        test($(Button.class).id("share-create")).click();
        String address = $(TextField.class).id("share-created-link").getValue();
        assertThat(address).matches("https?://[^/]+(/.*)?/edit-link/[A-Za-z0-9_-]{43}");
        @SuppressWarnings("unchecked")
        Grid<Object> links = $(Grid.class).id("share-links");
        assertThat(test(links).getCellText(0, 1)).isEqualTo("edit");
        String token = address.substring(address.lastIndexOf('/') + 1);

        signIn("bob");
        navigate("edit-link/" + token, PlanEditorView.class);
        assertThat($(TextField.class).id("plan-name").getValue()).isEqualTo(example(README_EXAMPLE).name());
        assertThat($(Button.class).withId("share-plan").exists()).as("only the owner shares").isFalse();
        assertThat($(Span.class).id("shared-by").getText()).isEqualTo("Shared with you by alice");

        navigate(PlanListView.class);
        PlanSummary row = plans.list("").stream().filter(plan -> plan.id().equals(id)).findFirst().orElseThrow();
        assertThat(row.yours()).isFalse();
        assertThat(row.owner()).isEqualTo("alice");
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> list = $(Grid.class).id("plans-grid");
        int index = list.getListDataView().getItems().toList().indexOf(row);
        assertThat(test(list).getCellText(index, 1)).isEqualTo("alice (shared with you)");
        HorizontalLayout actions = (HorizontalLayout) test(list).getCellComponent(index, list.getColumns().size() - 1);
        Button delete = actions.getChildren().filter(c -> c.hasClassName("delete-plan")).map(Button.class::cast)
                .findFirst().orElseThrow();
        assertThat(delete.isEnabled()).as("only the owner deletes").isFalse();
    }

    @Test
    void anUnknownEditLinkExplainsItselfInsteadOfOpeningAnything() {
        signIn("bob");
        navigate("edit-link/" + "x".repeat(43), EditLinkView.class);

        assertThat($(H2.class).id("edit-link-problem").getText()).isEqualTo("Link not found");
    }

    @SuppressWarnings("unchecked")
    private void chooseAccess(ShareAccess access) {
        RadioButtonGroup<ShareAccess> group = $(RadioButtonGroup.class).id("share-access");
        group.setValue(access);
    }
}
