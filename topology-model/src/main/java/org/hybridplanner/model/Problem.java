package org.hybridplanner.model;

import java.util.Objects;

/**
 * One thing wrong with a plan document.
 *
 * @param path the JSON path of the offending element, for example {@code $.dataStores[2].type}
 * @param value the offending value as it appeared (shortened and made printable), or null when absent
 * @param message what is wrong, in words a user can act on
 */
public record Problem(String path, String value, String message) {
    private static final int MAX_VALUE_LENGTH = 80;

    public Problem {
        // All three are escaped: a path names the document's own property names, and the parser's messages quote
        // the offending character, whatever the document put there.
        path = escaped(Objects.requireNonNull(path, "path"));
        message = escaped(Objects.requireNonNull(message, "message"));
        value = value == null ? null : printable(value);
    }

    /** One line: path, message and the value. Safe to print: control and bidi characters and unpaired surrogates are escaped. */
    @Override
    public String toString() {
        return value == null ? path + ": " + message : path + ": " + message + " (found \"" + value + "\")";
    }

    /**
     * Escapes control characters, unpaired surrogates and Unicode bidirectional overrides (which could make a log
     * line read differently from what it contains) and shortens long values.
     */
    public static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        int end = appendEscaped(raw, MAX_VALUE_LENGTH, out);
        if (end < raw.length()) {
            out.append("… (").append(raw.length()).append(" characters)");
        }
        return out.toString();
    }

    static String escaped(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        appendEscaped(raw, Integer.MAX_VALUE, out);
        return out.toString();
    }

    /** Appends up to {@code limit} characters of {@code raw}, escaped; returns the index it stopped at. */
    private static int appendEscaped(String raw, int limit, StringBuilder out) {
        int count = 0;
        int i = 0;
        for (; i < raw.length() && count < limit; i++, count++) {
            char c = raw.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1));
            if (pair) {
                // A pair is one character: never cut it in half, which would leave text UTF-8 cannot encode.
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isISOControl(c) || NameRule.isBidiControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return i;
    }
}
