package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.dom.Element;

/**
 * Escape within an element, heard on the window in the capture phase, before anything in the page: while any Vaadin
 * tooltip is open (a button's, under a pointer resting on it), the tooltip listens on the document in the capture
 * phase and stops Escape there, so a listener on the element (bubbling or capturing) or a shortcut never heard it
 * (docs/planner-ui.md, "Escape and tooltips"). An element on the way that takes Escape for itself keeps it: an open
 * list (combo box, select) closes, a clear button clears. Listening only while the focus is in the element.
 */
final class EscapeFirst {
    private static final String SCRIPT = """
            const host = this;
            const eventName = $0;
            const pressed = $1;
            if (host.__escapeFirst) {
              return;
            }
            const ownEscape = element => element !== host && (element.opened === true
                || (element.clearButtonVisible === true && !!element.value));
            const escape = event => {
              if (!host.isConnected) {
                window.removeEventListener('keydown', escape, true);
                return;
              }
              const path = event.composedPath();
              if (event.key === 'Escape' && !event.defaultPrevented && path.includes(host)
                  && (!pressed || host.querySelector(pressed)?.getAttribute('aria-pressed') === 'true')
                  && !path.slice(0, path.indexOf(host)).some(ownEscape)) {
                host.dispatchEvent(new CustomEvent(eventName));
              }
            };
            host.__escapeFirst = escape;
            host.addEventListener('focusin', () => window.addEventListener('keydown', escape, true));
            host.addEventListener('focusout', event => {
              if (!host.contains(event.relatedTarget)) {
                window.removeEventListener('keydown', escape, true);
              }
            });
            if (host.contains(document.activeElement)) {
              window.addEventListener('keydown', escape, true);
            }
            """;

    private EscapeFirst() {
    }

    /**
     * Runs {@code action} on Escape within {@code host}; with {@code onlyWhilePressed} (a selector) only while the
     * element it names inside the host is pressed ({@code aria-pressed="true"}), so that no round trip is made
     * otherwise. {@code eventName} is the DOM event the page sends the server, one per kind of host.
     */
    static void install(Element host, String eventName, String onlyWhilePressed, Runnable action) {
        host.addEventListener(eventName, event -> action.run());
        host.addAttachListener(event -> host.executeJs(SCRIPT, eventName, onlyWhilePressed));
    }
}
