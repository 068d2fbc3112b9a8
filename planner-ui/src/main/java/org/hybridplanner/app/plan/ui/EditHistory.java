package org.hybridplanner.app.plan.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.change.ChangeKind;
import org.hybridplanner.model.change.ElementChange;
import org.hybridplanner.model.change.FieldChange;
import org.hybridplanner.model.change.PlanChanges;

/**
 * The edits of one editing session (one editor in one browser tab), for undo and redo. It holds the plans as they
 * were before each edit; plans are immutable and share every list an edit left alone, so a step costs little more
 * than the list it changed. It outlives autosaves: an undo is an edit like any other and is saved as usual.
 *
 * <p>Bounded to {@link #MAX_STEPS} steps back; the oldest step is forgotten first. Typing in one field is one step:
 * an edit that changes the same field of the same element as the edit before it, within {@link #TYPING_PAUSE},
 * joins that step.
 */
final class EditHistory implements Serializable {
    /** How many edits can be undone. */
    static final int MAX_STEPS = 100;
    /** A pause longer than this between edits of one field makes the next one a step of its own. */
    static final Duration TYPING_PAUSE = Duration.ofSeconds(2);

    private final Deque<Plan> undo = new ArrayDeque<>();
    private final Deque<Plan> redo = new ArrayDeque<>();
    private Plan lastEdited;
    private List<Object> lastField = List.of();
    private Instant lastEditAt = Instant.EPOCH;

    /** Records an applied edit from {@code before} to {@code after}, made at {@code when}; clears what was undone. */
    void recorded(Plan before, Plan after, Instant when) {
        List<Object> field = singleField(before, after);
        boolean sameTyping = !field.isEmpty() && field.equals(lastField) && before.equals(lastEdited)
                && when.isBefore(lastEditAt.plus(TYPING_PAUSE)) && !undo.isEmpty();
        if (!sameTyping) {
            undo.push(before);
            if (undo.size() > MAX_STEPS) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastEdited = after;
        lastField = field;
        lastEditAt = when;
    }

    /** The plan an undo goes back to. */
    Optional<Plan> undoTarget() {
        return Optional.ofNullable(undo.peek());
    }

    /** The plan a redo goes forward to. */
    Optional<Plan> redoTarget() {
        return Optional.ofNullable(redo.peek());
    }

    /** The undo to {@link #undoTarget()} was applied; {@code current} is what a redo brings back. */
    void undone(Plan current) {
        redo.push(current);
        undo.pop();
        forgetTyping();
    }

    /** The redo to {@link #redoTarget()} was applied; {@code current} is what an undo brings back. */
    void redone(Plan current) {
        undo.push(current);
        redo.pop();
        forgetTyping();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * Carries every step over a merge with someone else's save: each plan an undo or redo goes to becomes that plan
     * with what came in, so undoing an edit never takes back another person's change.
     */
    void rebased(UnaryOperator<Plan> merge) {
        List<Plan> undone = undo.stream().map(merge).toList();
        List<Plan> redone = redo.stream().map(merge).toList();
        undo.clear();
        undo.addAll(undone);
        redo.clear();
        redo.addAll(redone);
        forgetTyping();
    }

    /** Forgets every step: the editor shows a plan this session did not edit (a reload, a restore). */
    void clear() {
        undo.clear();
        redo.clear();
        forgetTyping();
    }

    private void forgetTyping() {
        lastEdited = null;
        lastField = List.of();
    }

    /** The element and field an edit changed, when it changed exactly one field of one element; empty otherwise. */
    private static List<Object> singleField(Plan before, Plan after) {
        List<ElementChange> changes = PlanChanges.between(before, after).changes();
        if (changes.size() != 1 || changes.get(0).change() != ChangeKind.CHANGED
                || changes.get(0).fields().size() != 1) {
            return List.of();
        }
        ElementChange change = changes.get(0);
        FieldChange field = change.fields().get(0);
        return List.of(change.element(), change.id(), field.field());
    }
}
