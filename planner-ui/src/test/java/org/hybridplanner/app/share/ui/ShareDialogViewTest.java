package org.hybridplanner.app.share.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkNotFoundException;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShareDialogViewTest extends ViewTestSupport {
    @Autowired
    ShareLinkService shareLinks;

    @Test
    void creatingALinkShowsItsAddressOnceAndListsIt() {
        signIn("alice");
        Plan readme = example(README_EXAMPLE);
        openEditor(stored(readme));
        openShareDialog();
        assertThat($(Paragraph.class).id("share-link-allows").getText()).isEqualTo(ShareAccess.VIEW.holderCan());
        assertThat(test(links()).size()).isZero();
        assertThat(expiry().getValue().label()).isEqualTo("30 days");
        assertThat(expiry().getListDataView().getItems().map(ShareDialog.Expiry::label))
                .containsExactly("7 days", "30 days", "90 days");

        test($(TextField.class).id("share-label")).setValue("network team");
        test($(Button.class).id("share-create")).click();

        String address = $(TextField.class).id("share-created-link").getValue();
        assertThat(address).matches("https?://[^/]+(/.*)?/shared/[A-Za-z0-9_-]{43}");
        assertThat(test(links()).size()).isEqualTo(1);
        assertThat(test(links()).getCellText(0, 0)).isEqualTo("network team");
        assertThat(test(links()).getCellText(0, 1)).isEqualTo("view");
        assertThat(test(links()).getCellText(0, 6)).isEqualTo("latest");
        String token = address.substring(address.lastIndexOf('/') + 1);
        assertThat(shareLinks.resolve(token, "view-test").plan().name()).isEqualTo(readme.name());

        $(ShareDialog.class).single().close();
        openShareDialog();
        assertThat($(TextField.class).withId("share-created-link").exists()).isFalse();
        assertThat(test(links()).getCellText(0, 5)).isEqualTo("1");
    }

    @Test
    void aLinkCanBePinnedToASavedVersion() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        openEditor(id);
        openShareDialog();

        @SuppressWarnings("unchecked")
        Select<Object> version = $(Select.class).id("share-version");
        test(version).selectItem(version.getListDataView().getItems().findFirst()
                .map(item -> version.getItemLabelGenerator().apply(item)).orElseThrow());
        test($(Button.class).id("share-create")).click();

        assertThat(test(links()).getCellText(0, 6)).isEqualTo("version 1");
        assertThat(shareLinks.list(id).get(0).versionId()).isEqualTo(plans.versions(id).get(0).id());
    }

    @Test
    void revokingALinkAsksFirstAndThenTheLinkNoLongerWorks() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        openEditor(id);
        openShareDialog();
        test($(Button.class).id("share-create")).click();
        String address = $(TextField.class).id("share-created-link").getValue();
        String token = address.substring(address.lastIndexOf('/') + 1);

        Button revoke = (Button) test(links()).getCellComponent(0, links().getColumns().size() - 1);
        test(revoke).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("share-revoke-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();

        assertThat(test(links()).size()).isZero();
        assertThat(shareLinks.list(id)).singleElement().satisfies(link -> assertThat(link.revokedAt()).isNotNull());
        assertThatThrownBy(() -> shareLinks.resolve(token, "view-test"))
                .isInstanceOf(ShareLinkNotFoundException.class);
    }

    @Test
    void aLabelWithMarkupIsRefusedOnItsFieldAndNoLinkIsCreated() {
        signIn("alice");
        UUID id = stored(example(README_EXAMPLE));
        openEditor(id);
        openShareDialog();

        test($(TextField.class).id("share-label")).setValue("<b>network</b>");
        test($(Button.class).id("share-create")).click();

        TextField label = $(TextField.class).id("share-label");
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Label must not contain '<' or '>' (names are plain text)");
        assertThat(shareLinks.list(id)).isEmpty();
    }

    private void openShareDialog() {
        test($(Button.class).id("share-plan")).click();
        assertThat($(ShareDialog.class).single().isOpened()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> links() {
        return $(Grid.class).id("share-links");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ShareDialog.Expiry> expiry() {
        return $(RadioButtonGroup.class).id("share-expiry");
    }
}
