package org.hybridplanner.model.change;

/** Why a three-way merge could not decide on its own (see {@link PlanMerge}). */
public enum ConflictKind {
    /** Both sides changed the same field of the same element to different values (or added it differently). */
    SAME_FIELD,
    /** One side removed an element that the other side changed or started to use. */
    REMOVED_AND_CHANGED
}
