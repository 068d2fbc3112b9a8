package org.hybridplanner.app.plan;

import java.util.List;
import org.hybridplanner.model.change.MergeConflict;

/** A merge through the API found fields both sides changed differently; nothing was stored. */
public class MergeConflictException extends RuntimeException {
    private final transient List<MergeConflict> conflicts;
    private final transient OpenedPlan current;

    public MergeConflictException(List<MergeConflict> conflicts, OpenedPlan current) {
        super(conflicts.size() + " changes conflict with the version saved meanwhile");
        this.conflicts = List.copyOf(conflicts);
        this.current = current;
    }

    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** The version the merge met, whose ETag a client resolving the conflicts sends next. */
    public OpenedPlan current() {
        return current;
    }
}
