package org.hybridplanner.app.plan;

import java.util.List;
import org.hybridplanner.model.change.MergeConflict;
import org.hybridplanner.model.change.PlanMerge;

/**
 * A save that met a newer version and was merged with it ({@link PlanService#saveMerging}).
 *
 * @param saved the stored merged plan; null when conflicts are left to decide (nothing was stored)
 * @param theirs the newer version the save met
 * @param merge the merge: what came in from the newer version, and every conflict
 * @param undecided the conflicts the caller has not decided yet; empty when saved
 */
public record MergedSave(OpenedPlan saved, OpenedPlan theirs, PlanMerge merge, List<MergeConflict> undecided) {
    public MergedSave {
        undecided = List.copyOf(undecided);
    }

    public boolean isSaved() {
        return saved != null;
    }
}
