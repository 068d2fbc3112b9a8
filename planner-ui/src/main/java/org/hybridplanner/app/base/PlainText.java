package org.hybridplanner.app.base;

import org.hybridplanner.model.NameRule;

/**
 * The planner's labels (version names, share-link and API-token labels) follow the same rule as the names in a
 * plan ({@link NameRule}, which the plan validator applies): no markup and no bidirectional control characters.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The longest label of a share link or an API token (the database column's size). */
    public static final int MAX_LABEL_LENGTH = 200;

    /**
     * Refuses a share-link or API-token label that is too long or not plain text, with a message that names it.
     * Null and blank labels pass: both kinds of label are optional.
     */
    public static void checkLabel(String label) {
        if (label == null) {
            return;
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("Label must be at most " + MAX_LABEL_LENGTH + " characters");
        }
        String problem = problem(label);
        if (problem != null) {
            throw new IllegalArgumentException("Label " + problem);
        }
    }

    /** Null when the text is acceptable, otherwise why not (to follow the field's name in a message). */
    public static String problem(String text) {
        return NameRule.problem(text);
    }
}
