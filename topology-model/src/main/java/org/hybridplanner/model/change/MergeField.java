package org.hybridplanner.model.change;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of an element as a three-way merge sees it: how to read it, how to set it on a copy, and its value in
 * words. A field with no {@link PlanField} is one the editor does not offer (a store's connector, a flow's
 * activities): when both sides changed it differently, the saving side's value stays, without a conflict.
 */
record MergeField<E>(PlanField field, Function<E, Object> value, BiFunction<E, Object, E> with,
        BiFunction<Wording, Object, String> words) {

    static <E> MergeField<E> shown(PlanField field, Function<E, Object> value, BiFunction<E, Object, E> with,
            BiFunction<Wording, Object, String> words) {
        return new MergeField<>(field, value, with, words);
    }

    static <E> MergeField<E> quiet(Function<E, Object> value, BiFunction<E, Object, E> with) {
        return new MergeField<>(null, value, with, (wording, any) -> String.valueOf(any));
    }
}
