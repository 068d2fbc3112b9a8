package org.hybridplanner.app.base;

/**
 * The rule for every name and label people read in the planner (plan and element names, version names, link and
 * token labels): no markup (it would be shown as text anyway, but it is never what someone meant) and no
 * bidirectional control characters, which can make a text read differently from what it contains.
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
        if (text == null) {
            return null;
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return "must not contain '<' or '>' (names are plain text)";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                    || c == '\u061C') {
                return "contains a right-to-left or other direction control character (U+"
                        + String.format("%04X", (int) c) + ") that could disguise the name";
            }
        }
        return null;
    }
}
