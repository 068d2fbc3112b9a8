package org.hybridplanner.model.change;

import java.util.Objects;

/**
 * Something both sides of a merge changed differently, with each side's value in words.
 *
 * @param kind a field changed on both sides, or an element removed on one side and changed or used on the other
 * @param element the kind of element
 * @param id its id in the plan (for a link, its ends; for the settings, empty)
 * @param name what people call it, from the saving side's plan where it has the element
 * @param field the field changed on both sides; null for {@link ConflictKind#REMOVED_AND_CHANGED}
 * @param base the value both sides started from ("none" for an element neither had)
 * @param mine the saving side's value (for a removal, "removed"; else what it changed)
 * @param theirs the value saved meanwhile, in the same words
 */
public record MergeConflict(ConflictKind kind, ElementKind element, String id, String name, PlanField field,
        String base, String mine, String theirs) {
    public MergeConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if ((field == null) != (kind == ConflictKind.REMOVED_AND_CHANGED)) {
            throw new IllegalArgumentException("a field conflict names its field; a removal conflict none");
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** What a choice between the two sides refers to: stable across merges of the same three plans. */
    public Key key() {
        return new Key(element, id, field);
    }

    /** The element in words, for example {@code data store SQL VM (sql-vm)} or {@code plan settings}. */
    public String elementWords() {
        if (element == ElementKind.SETTINGS) {
            return element.displayName();
        }
        boolean showId = element != ElementKind.LINK && !name.equals(id);
        return element.displayName() + " " + name + (showId ? " (" + id + ")" : "");
    }

    /** In words: {@code data store SQL VM (sql-vm), type: yours Azure SQL Database, theirs SQL Server}. */
    public String describe() {
        String what = field == null ? elementWords() : elementWords() + ", " + field.displayName();
        return what + ": yours " + mine + ", theirs " + theirs;
    }

    /**
     * Names one conflict of a merge, for choosing the other side's value.
     *
     * @param element the kind of element
     * @param id its id
     * @param field the field, or null for an element removed on one side
     */
    public record Key(ElementKind element, String id, PlanField field) {
        public Key {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(id, "id");
        }
    }
}
