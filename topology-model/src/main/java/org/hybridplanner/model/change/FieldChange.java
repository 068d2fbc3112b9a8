package org.hybridplanner.model.change;

import java.util.Objects;

/**
 * One field of an element with its value before and after, both in words ("none" when empty).
 *
 * @param field which field
 * @param before its earlier value
 * @param after its later value
 */
public record FieldChange(PlanField field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** In words: {@code region westeurope → northeurope}. */
    public String describe() {
        return field.displayName() + " " + before + " → " + after;
    }
}
