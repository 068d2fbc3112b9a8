package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Asks before removing an element that others depend on: says which ones, in words, and offers to remove them
 * together (the plan cannot keep them pointing at nothing). One undo brings all of it back, so the question is
 * about what goes, not about whether it can come back.
 */
final class RemovalDialog {
    private RemovalDialog() {
    }

    static void ask(ElementRemoval removal, SerializableRunnable remove) {
        Div text = new Div();
        removal.dependants().forEach(sentence -> {
            Paragraph line = new Paragraph(sentence);
            line.addClassNames(LumoUtility.Margin.Vertical.XSMALL, "removal-dependant");
            text.add(line);
        });
        text.add(new Paragraph("They cannot stay without it, so they would be removed together. Undo (Ctrl+Z) "
                + "brings all of it back."));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("removal-dialog");
        dialog.setHeader("Remove " + removal.element() + "?");
        dialog.setText(text);
        dialog.setConfirmText("Remove all " + removal.removedCount());
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> remove.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep them");
        dialog.open();
    }
}
