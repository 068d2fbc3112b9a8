package org.hybridplanner.app.plan.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The plan editors open on this server. When the server stops gracefully, each saves its unsaved edits while the
 * database is still there: the editor's own save on leaving runs only when the web server ends its sessions, which
 * is after the connection pool has closed, and was lost.
 */
@Component
class OpenEditors implements SmartLifecycle {
    /**
     * Stops after the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}: requests in progress have
     * finished, new ones are refused) and before the web server stops ({@code DEFAULT_PHASE - 2048}).
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;
    private static final Duration SAVE_WAIT = Duration.ofSeconds(5);

    private final Set<PlanEditorView> editors = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void opened(PlanEditorView editor) {
        editors.add(editor);
    }

    void closed(PlanEditorView editor) {
        editors.remove(editor);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        for (PlanEditorView editor : List.copyOf(editors)) {
            editor.saveBeforeStop(SAVE_WAIT);
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
