package org.hybridplanner.export.text;

/**
 * A count with its noun in the right number ("1 warning", "2 warnings", "0 flows"), for every place the planner
 * shows how many of something there are. English only, like the rest of the planner's words.
 */
public final class Quantity {
    private Quantity() {
    }

    /** {@code count} followed by {@code singular}, or by {@code singular + "s"} unless the count is exactly one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** {@code count} followed by {@code singular} when the count is exactly one, else by {@code plural}. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
