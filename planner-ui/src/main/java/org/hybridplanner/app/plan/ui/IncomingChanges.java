package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.hybridplanner.model.change.ElementChange;
import org.hybridplanner.model.change.PlanChanges;

/**
 * Tells the person, in words, what a merge brought in from someone else's save: one line per element, the first
 * {@link #SHOWN} of them and how many more. It stays until closed: it is news, not a confirmation.
 */
final class IncomingChanges {
    static final int SHOWN = 8;

    private IncomingChanges() {
    }

    static Notification show(String author, PlanChanges incoming) {
        List<ElementChange> changes = incoming.changes();
        UnorderedList lines = new UnorderedList();
        changes.stream().limit(SHOWN).forEach(change -> lines.add(new ListItem(change.describe())));
        if (changes.size() > SHOWN) {
            lines.add(new ListItem("and " + (changes.size() - SHOWN) + " more (see Versions)"));
        }
        Div text = new Div(new Div("Merged with " + author + "'s changes:"), lines);
        text.setId("incoming-changes");
        Notification notification = new Notification();
        Button close = new Button("Close", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(text, close));
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(0);
        notification.open();
        return notification;
    }
}
