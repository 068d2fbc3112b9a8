package org.hybridplanner.engine;

import java.util.Map;

/** Fills the {@code {name}} placeholders of the seed tables' texts. An unknown placeholder is a seed-data bug. */
final class Templates {
    private Templates() {
    }

    /**
     * Replaces every {@code {letters}} with its value; other braces stay as they are. A plain scan rather than a
     * regular expression: the engine fills several texts per flow, and on large plans the regex was a quarter
     * of the engine's time (docs/benchmarks.md).
     */
    static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int copied = 0;
        while (open >= 0) {
            int end = open + 1;
            while (end < template.length() && isAsciiLetter(template.charAt(end))) {
                end++;
            }
            if (end == open + 1 || end == template.length() || template.charAt(end) != '}') {
                open = template.indexOf('{', open + 1);
                continue;
            }
            String name = template.substring(open + 1, end);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for placeholder {" + name + "} in: " + template);
            }
            out.append(template, copied, open).append(value);
            copied = end + 1;
            open = template.indexOf('{', copied);
        }
        return out.append(template, copied, template.length()).toString();
    }

    /** True when the template has a {@code {name}} placeholder for one of the names. */
    static boolean usesAny(String template, String... names) {
        for (String name : names) {
            if (template.contains("{" + name + "}")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
