package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import org.hybridplanner.model.Plan;

/**
 * A tab's content, made the first time the tab is opened. Most editors are only looked at on the canvas: building
 * the forms tabs (grids, combo boxes, fields) for each of them would keep hundreds of unseen components in every
 * session (docs/deployment.md, "Heap per editor session").
 *
 * @param <T> the content
 */
final class LazyTab<T extends Component> extends Div {
    private final SerializableSupplier<T> create;
    private final SerializableBiConsumer<T, Plan> refresh;
    private T content;
    /** The tab is the one showing: only then does a change of the plan reach its content at once. */
    private boolean showing;
    /** Whether the plan changed while the tab was not showing: its content is brought up to date when it shows. */
    private boolean stale;

    /**
     * @param create makes the content
     * @param refresh shows a plan in the content (called on opening, on every change while the tab shows, and when
     *     it shows again after changes made elsewhere)
     */
    LazyTab(SerializableSupplier<T> create, SerializableBiConsumer<T, Plan> refresh) {
        this.create = create;
        this.refresh = refresh;
        setWidthFull();
    }

    /** The tab shows: makes the content, showing {@code plan}, or shows {@code plan} in it if it changed since. */
    void open(Plan plan) {
        showing = true;
        if (content == null) {
            content = create.get();
            add(content);
            refresh.accept(content, plan);
        } else if (stale) {
            refresh.accept(content, plan);
        }
        stale = false;
    }

    /**
     * Another tab shows (the canvas, say): changes of the plan are kept from the content until it shows again, so
     * that an edit on the canvas does not send the rows of a grid nobody sees (at 1,000 stores, every drop changed
     * the stores' list and resent its grid).
     */
    void hide() {
        showing = false;
    }

    /** Shows {@code plan} in the content while the tab shows; otherwise when it next shows (nothing if not made). */
    void refresh(Plan plan) {
        if (content == null || plan == null) {
            return;
        }
        if (showing) {
            refresh.accept(content, plan);
        } else {
            stale = true;
        }
    }

    /** Whether the content is made and shows the plan as it was last changed (for tests). */
    boolean isCurrent() {
        return content != null && !stale;
    }
}
