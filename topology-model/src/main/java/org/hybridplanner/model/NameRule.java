package org.hybridplanner.model;

/**
 * The one rule for names people read (plan, location and data store names, and the planner's labels): plain text,
 * so no {@code <} or {@code >} (markup is never what someone meant, and would be shown as text anyway), and no
 * Unicode bidirectional control character, which can make a name read differently from what it contains (a
 * U+202E in "invoice[U+202E]gpj.exe" makes it read "invoiceexe.jpg"). {@link PlanValidator} applies it to every
 * name of a plan, so the command line, the API and the planner's import and forms refuse the same names; the
 * exporters use {@link #isBidiControl} to show such characters in text they draw rather than obey them.
 */
public final class NameRule {
    private NameRule() {
    }

    /** Null when {@code text} is acceptable, otherwise why not, worded to follow the name of the field. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return "must not contain '<' or '>' (names are plain text)";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                return "contains a right-to-left or other direction control character (U+"
                        + String.format("%04X", (int) c) + ") that could disguise the name";
            }
        }
        return null;
    }

    /**
     * True for the Unicode bidirectional embeddings and overrides (U+202A to U+202E), isolates (U+2066 to U+2069)
     * and marks (U+200E, U+200F, U+061C).
     */
    public static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }
}
