package org.hybridplanner.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** The one view: a button, as in Vaadin's starter. */
@Route("")
class HelloView extends VerticalLayout {

    HelloView() {
        add(new Button("Say hello", event -> Notification.show("Hello")));
    }
}
