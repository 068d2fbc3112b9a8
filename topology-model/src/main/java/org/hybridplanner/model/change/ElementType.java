package org.hybridplanner.model.change;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hybridplanner.model.Plan;

/**
 * What a three-way merge needs to know of one kind of listed element: its key across versions, the ids of the
 * elements it refers to, what people call it in a given plan, and its fields.
 */
record ElementType<E>(ElementKind kind, Function<E, String> key, Function<E, List<String>> references,
        BiFunction<Plan, E, String> name, List<MergeField<E>> fields) {
}
