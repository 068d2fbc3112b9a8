package org.hybridplanner.app.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The one way the planner asks before something that cannot be undone (deleting a plan, revoking a link or a
 * token): a cancelable dialog whose confirm button is styled as dangerous.
 */
public final class IrreversibleActionDialog {
    private IrreversibleActionDialog() {
    }

    /**
     * Opens the dialog; {@code action} runs only when the user confirms.
     *
     * @param id the dialog's element id (tests find it by this)
     * @param question the header, for example {@code Delete "Orders"?}
     * @param consequence what happens, ending with why it matters
     * @param confirmText the confirm button's caption, for example {@code Delete}
     */
    public static void ask(String id, String question, String consequence, String confirmText,
            SerializableRunnable action) {
        ConfirmDialog confirm = new ConfirmDialog(question, consequence + " This cannot be undone.", confirmText,
                event -> action.run());
        confirm.setId(id);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
