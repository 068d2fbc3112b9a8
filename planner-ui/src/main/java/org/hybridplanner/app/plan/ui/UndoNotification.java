package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Says what an edit just removed, with an Undo button. Shown at the bottom right, over the design rather than over
 * the form being edited, for a few seconds; Ctrl+Z does the same after it is gone.
 */
final class UndoNotification {
    static final int DURATION_MS = 8000;

    private UndoNotification() {
    }

    static Notification show(String what, SerializableRunnable undo) {
        Notification notification = new Notification();
        notification.setId("undo-notification");
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_END);
        Span text = new Span(what);
        text.setId("undo-notification-text");
        Button undoButton = new Button("Undo", click -> {
            notification.close();
            undo.run();
        });
        undoButton.setId("undo-notification-undo");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button("Close", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, undoButton, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
