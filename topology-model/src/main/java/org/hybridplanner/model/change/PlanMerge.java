package org.hybridplanner.model.change;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hybridplanner.model.Plan;

/**
 * A three-way merge of two edits of one plan: {@code base}, the version both started from; {@code mine}, the edit
 * being saved; {@code theirs}, the version saved meanwhile. Elements are matched as {@link PlanChanges} matches them
 * (by id; links by their ends).
 *
 * <ul>
 *   <li>An element only one side changed is taken whole from that side; one both changed is merged field by field
 *       ({@link PlanField}), and a field both changed to different values is a {@link ConflictKind#SAME_FIELD}
 *       conflict. Both sides making the same change is no conflict.</li>
 *   <li>An element both sides added under the same id is merged like one both changed from nothing: fields that
 *       differ conflict (their base value is "none").</li>
 *   <li>An element one side removed and the other changed, or started to use (a flow added from a store the other
 *       side removed), is a {@link ConflictKind#REMOVED_AND_CHANGED} conflict. Keeping it keeps the other side's
 *       element; removing it also removes what uses it, so the merged plan never refers to a missing element.</li>
 *   <li>Every conflict is decided the saving side's way unless its {@link MergeConflict#key()} is in
 *       {@code takeTheirs}; the conflicts are reported either way, so a caller can ask and merge again.</li>
 *   <li>Order: the saving side's; an element only the other side has follows what it follows there.</li>
 * </ul>
 *
 * <p>Merging with an unchanged side gives the other side's plan: {@code of(base, x, base)} and {@code of(base,
 * base, x)} both merge to {@code x}. The merged plan is not validated here: both sides were valid, and the rules
 * above keep references whole, but a caller that stores it validates it as it validates any plan.
 *
 * @param merged the merged plan
 * @param incoming what the merge changed in the saving side's plan, in words: what came in from the other side
 * @param conflicts what both sides changed differently, settings first, then locations, links, stores and flows
 */
public record PlanMerge(Plan merged, PlanChanges incoming, List<MergeConflict> conflicts) {
    public PlanMerge {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(incoming, "incoming");
        conflicts = List.copyOf(conflicts);
    }

    /** Merges with store types named by their catalog codes, every conflict decided the saving side's way. */
    public static PlanMerge of(Plan base, Plan mine, Plan theirs) {
        return of(base, mine, theirs, UnaryOperator.identity(), Set.of());
    }

    /**
     * Merges.
     *
     * @param storeTypeName the words for a store type code, for conflicts and incoming changes
     * @param takeTheirs the conflicts to decide the other side's way
     */
    public static PlanMerge of(Plan base, Plan mine, Plan theirs, UnaryOperator<String> storeTypeName,
            Set<MergeConflict.Key> takeTheirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        return new ThreeWayMerge(base, mine, theirs, storeTypeName, takeTheirs).run();
    }

    /** Whether the merge needed no decision. */
    public boolean isClean() {
        return conflicts.isEmpty();
    }
}
