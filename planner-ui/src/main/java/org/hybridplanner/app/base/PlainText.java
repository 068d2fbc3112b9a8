package org.hybridplanner.app.base;

/**
 * The rule for every name and label people read in the planner (plan and element names, version names, link and
 * token labels): no markup (it would be shown as text anyway, but it is never what someone meant) and no
 * bidirectional control characters, which can make a text read differently from what it contains.
 */
public final class PlainText {
    private PlainText() {
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
