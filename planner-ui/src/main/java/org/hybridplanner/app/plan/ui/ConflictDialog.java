package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.model.change.MergeConflict;

/**
 * Shown when a save met a newer version and the merge left something to decide: per conflicting field, the element,
 * the field, their value and yours, and a choice between them. Nothing is overwritten until the person chooses; the
 * way out of saving their version as a copy stays. With no conflicts listed (the merge could not be stored, or a
 * restore met a newer version), only reloading or saving a copy is offered.
 */
final class ConflictDialog extends Dialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String YOURS = "Keep yours";
    private static final String THEIRS = "Take theirs";

    private final List<RadioButtonGroup<String>> choices = new ArrayList<>();

    ConflictDialog(OpenedPlan theirs, List<MergeConflict> conflicts, Consumer<Set<MergeConflict.Key>> decide,
            Runnable reload, Runnable saveAsCopy) {
        setId("conflict-dialog");
        setHeaderTitle(conflicts.isEmpty() ? "This plan was changed elsewhere" : "Both of you changed the same "
                + (conflicts.size() == 1 ? "field" : "fields"));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setMaxWidth("44em");
        String who = theirs.updatedBy() + " saved \"" + theirs.plan().name() + "\" at "
                + TIME.format(theirs.updatedAt()) + " while you were editing it.";
        if (conflicts.isEmpty()) {
            add(new Paragraph(who + " Your changes in this window are not saved yet, and nothing has been "
                    + "overwritten."));
            add(new Paragraph("Reload to see their version (your unsaved changes here are dropped), or save your "
                    + "version as a separate copy."));
        } else {
            add(new Paragraph(who + " Their other changes and yours are merged; for "
                    + (conflicts.size() == 1 ? "this field" : "these fields") + ", choose which value to keep. "
                    + "Nothing is saved until you do."));
            for (int i = 0; i < conflicts.size(); i++) {
                add(conflictRow(conflicts.get(i), i));
            }
            Button apply = new Button("Save with these choices", click -> {
                close();
                decide.accept(takeTheirs(conflicts));
            });
            apply.setId("conflict-apply");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(apply);
        }
        Button reloadButton = new Button(conflicts.isEmpty() ? "Reload and see their change"
                : "Drop all mine and reload", click -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        if (conflicts.isEmpty()) {
            reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button copyButton = new Button("Save mine as a copy", click -> {
            close();
            saveAsCopy.run();
        });
        copyButton.setId("conflict-copy");
        getFooter().addComponentAsFirst(reloadButton);
        getFooter().addComponentAsFirst(copyButton);
    }

    private Div conflictRow(MergeConflict conflict, int index) {
        Span what = new Span(capitalised(conflict.elementWords()) + (conflict.field() == null ? ""
                : ": " + conflict.field().displayName()));
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setId("conflict-choice-" + index);
        choice.setItems(THEIRS, YOURS);
        choice.setItemLabelGenerator(item -> item.equals(THEIRS) ? "Theirs: " + conflict.theirs()
                : "Yours: " + conflict.mine());
        choice.setValue(YOURS);
        choices.add(choice);
        Div row = new Div(what, choice);
        row.addClassNames("conflict-row", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.Vertical.XSMALL);
        return row;
    }

    private Set<MergeConflict.Key> takeTheirs(List<MergeConflict> conflicts) {
        Set<MergeConflict.Key> keys = new HashSet<>();
        for (int i = 0; i < conflicts.size(); i++) {
            if (THEIRS.equals(choices.get(i).getValue())) {
                keys.add(conflicts.get(i).key());
            }
        }
        return keys;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
