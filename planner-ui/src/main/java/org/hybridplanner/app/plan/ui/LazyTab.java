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

    /**
     * @param create makes the content
     * @param refresh shows a plan in the content (called on opening and on every change once opened)
     */
    LazyTab(SerializableSupplier<T> create, SerializableBiConsumer<T, Plan> refresh) {
        this.create = create;
        this.refresh = refresh;
        setWidthFull();
    }

    /** Makes the content, showing {@code plan}, unless it is made already. */
    void open(Plan plan) {
        if (content == null) {
            content = create.get();
            add(content);
            refresh(plan);
        }
    }

    /** Shows {@code plan} in the content when it is made; nothing otherwise (opening shows the plan then). */
    void refresh(Plan plan) {
        if (content != null && plan != null) {
            refresh.accept(content, plan);
        }
    }
}
