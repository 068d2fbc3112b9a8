package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shown when a save finds the plan out of reach: someone editing through an edit link whose owner revoked it (or
 * that expired), or a plan deleted meanwhile. Nothing of theirs was saved to the plan; they may keep it as a copy.
 */
final class AccessLostDialog extends Dialog {

    AccessLostDialog(Runnable saveAsCopy, Runnable leave) {
        setId("access-lost-dialog");
        setHeaderTitle("You can no longer edit this plan");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setMaxWidth("36em");
        add(new Paragraph("The link you opened it with was revoked or has expired, or the plan was deleted. Your "
                + "latest changes in this window were not saved to it."));
        add(new Paragraph("Save your version as a plan of your own, or leave it."));
        Button copyButton = new Button("Save mine as a copy", click -> {
            close();
            saveAsCopy.run();
        });
        copyButton.setId("access-lost-copy");
        copyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leaveButton = new Button("Go to your plans", click -> {
            close();
            leave.run();
        });
        leaveButton.setId("access-lost-leave");
        getFooter().add(leaveButton, copyButton);
    }
}
