package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fills the {@code {name}} placeholders of the seed tables' texts. An unknown placeholder is a seed-data bug. */
final class Templates {
    private Templates() {
    }

    /**
     * Each template taken apart once: the engine fills the same few seed texts for every flow. Bounded by the texts
     * of the rule tables loaded, the only templates there are.
     */
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    /**
     * Replaces every {@code {letters}} with its value; other braces stay as they are. Each template is taken apart
     * once (a plain scan, not a regular expression: on large plans the regex was a quarter of the engine's time,
     * docs/benchmarks.md), and filling it only looks its placeholders up and appends.
     */
    static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        return COMPILED.computeIfAbsent(template, Compiled::of).fill(values);
    }

    /** A template as literal text between placeholders: {@code literals} has one more element than {@code names}. */
    private record Compiled(String template, String[] literals, String[] names, int length) {
        static Compiled of(String template) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int copied = 0;
            int open = template.indexOf('{');
            while (open >= 0) {
                int end = open + 1;
                while (end < template.length() && isAsciiLetter(template.charAt(end))) {
                    end++;
                }
                if (end == open + 1 || end == template.length() || template.charAt(end) != '}') {
                    open = template.indexOf('{', open + 1);
                    continue;
                }
                literals.add(template.substring(copied, open));
                names.add(template.substring(open + 1, end));
                copied = end + 1;
                open = template.indexOf('{', copied);
            }
            literals.add(template.substring(copied));
            return new Compiled(template, literals.toArray(String[]::new), names.toArray(String[]::new),
                    template.length());
        }

        String fill(Map<String, String> values) {
            if (names.length == 0) {
                return template;
            }
            StringBuilder out = new StringBuilder(length + 64);
            for (int i = 0; i < names.length; i++) {
                String value = values.get(names[i]);
                if (value == null) {
                    throw new IllegalStateException("No value for placeholder {" + names[i] + "} in: " + template);
                }
                out.append(literals[i]).append(value);
            }
            return out.append(literals[names.length]).toString();
        }
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
