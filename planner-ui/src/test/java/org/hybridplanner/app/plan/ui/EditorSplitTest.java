package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The editor's split leaves the design pane its width at every window size, and the canvas the rest. */
class EditorSplitTest {

    private static double paneWidth(int contentWidth) {
        return contentWidth * (100 - PlanEditorView.canvasShare(contentWidth)) / 100;
    }

    @Test
    void thePaneKeepsItsWidthFromTheNarrowestWindowToAWideOne() {
        // 1,280 px with the drawer closed; 1,600 and 1,920 px with the drawer (256 px) open.
        for (int contentWidth : new int[] {1280, 1344, 1664}) {
            assertThat(paneWidth(contentWidth)).as("pane at " + contentWidth + " px")
                    .isGreaterThanOrEqualTo(PlanEditorView.PANE_WIDTH - 0.5);
        }
        assertThat(PlanEditorView.canvasShare(1664)).as("a wide window gives the canvas the room").isGreaterThan(60);
    }

    @Test
    void theCanvasNeverTakesLessThan45OrMoreThan68Percent() {
        assertThat(PlanEditorView.canvasShare(800)).isEqualTo(45);
        assertThat(PlanEditorView.canvasShare(4000)).isEqualTo(68);
    }
}
