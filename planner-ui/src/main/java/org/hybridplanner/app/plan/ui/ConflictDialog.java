package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hybridplanner.app.plan.OpenedPlan;

/**
 * Shown when a save finds that the plan changed elsewhere: nothing is overwritten; the user either reloads to see
 * the other change or keeps their own work as a copy.
 */
final class ConflictDialog extends Dialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    ConflictDialog(OpenedPlan theirs, Runnable reload, Runnable saveAsCopy) {
        setId("conflict-dialog");
        setHeaderTitle("This plan was changed elsewhere");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setMaxWidth("36em");
        add(new Paragraph(theirs.updatedBy() + " saved \"" + theirs.plan().name() + "\" at "
                + TIME.format(theirs.updatedAt()) + " while you were editing it. Your changes in this window are "
                + "not saved yet, and nothing has been overwritten."));
        add(new Paragraph("Reload to see their version (your unsaved changes here are dropped), or save your "
                + "version as a separate copy."));
        Button reloadButton = new Button("Reload and see their change", click -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button copyButton = new Button("Save mine as a copy", click -> {
            close();
            saveAsCopy.run();
        });
        copyButton.setId("conflict-copy");
        getFooter().add(copyButton, reloadButton);
    }
}
