package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * Fits the editor to the browser window when it opens and whenever the window is resized (docs/planner-ui.md,
 * "The pane at 1,280 px"): a window that is or becomes at most {@link #NARROW_WINDOW} CSS pixels wide closes the
 * navigation drawer, whose width the canvas needs, and the split gives the design pane the width its lists need and
 * the canvas the rest, until the user drags the splitter. A drawer opened again by its toggle stays open while the
 * window stays narrow: only becoming narrow closes it.
 */
final class WindowFit implements Serializable {
    /** Window widths up to this many CSS pixels close the navigation drawer in the editor. */
    static final int NARROW_WINDOW = 1440;
    /** The navigation drawer's width while open. */
    static final int DRAWER_WIDTH = 256;

    private final SplitLayout split;
    private boolean dragged;
    /** Whether the window was narrow when last measured; null before the first measurement. */
    private Boolean narrow;
    /** The window's width when last measured, in CSS pixels; 0 before the first measurement. */
    private int width;

    private WindowFit(SplitLayout split) {
        this.split = split;
    }

    /** Keeps {@code split} (in an {@link AppLayout}) fitted to the window while it is attached. */
    static void follow(SplitLayout split) {
        WindowFit fit = new WindowFit(split);
        split.addSplitterDragEndListener(event -> fit.dragged = true);
        split.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit.widthIs(details.getWindowInnerWidth()));
            Registration resizes = page.addBrowserWindowResizeListener(event -> fit.widthIs(event.getWidth()));
            // The drawer opened or closed with its toggle changes the editor's width as a resize does.
            AppLayout layout = split.findAncestor(AppLayout.class);
            Registration toggles = layout == null ? () -> { } : layout.getElement()
                    .addPropertyChangeListener("drawerOpened", event -> fit.drawerToggled());
            split.addDetachListener(detach -> {
                resizes.remove();
                toggles.remove();
                detach.unregisterListener();
            });
        });
    }

    private void drawerToggled() {
        if (width > 0) {
            widthIs(width);
        }
    }

    private void widthIs(int width) {
        this.width = width;
        boolean nowNarrow = width <= NARROW_WINDOW;
        AppLayout layout = split.findAncestor(AppLayout.class);
        boolean becameNarrow = nowNarrow && !Boolean.TRUE.equals(narrow);
        narrow = nowNarrow;
        if (becameNarrow && layout != null) {
            layout.setDrawerOpened(false);
        }
        if (!dragged) {
            boolean drawerBeside = layout != null && layout.isDrawerOpened() && !layout.isOverlay();
            split.setSplitterPosition(PlanEditorView.canvasShare(width - (drawerBeside ? DRAWER_WIDTH : 0)));
        }
    }
}
