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

    /**
     * The template with its placeholders resolved against a fixed list of names, for a text filled once per flow:
     * filling it then indexes an array instead of building a map and looking each name up.
     *
     * @throws IllegalStateException when the template has a placeholder that is not one of the names
     */
    static Bound bind(String template, List<String> names) {
        Compiled compiled = COMPILED.computeIfAbsent(template, Compiled::of);
        int[] slots = new int[compiled.names.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = names.indexOf(compiled.names[i]);
            if (slots[i] < 0) {
                throw new IllegalStateException("No value for placeholder {" + compiled.names[i] + "} in: "
                        + template);
            }
        }
        return new Bound(compiled, slots);
    }

    /** A template bound to the positions of its values ({@link #bind}). */
    static final class Bound {
        private final Compiled compiled;
        private final int[] slots;

        private Bound(Compiled compiled, int[] slots) {
            this.compiled = compiled;
            this.slots = slots;
        }

        /** Whether the template names the value at {@code position} of the bound list. */
        boolean uses(int position) {
            for (int slot : slots) {
                if (slot == position) {
                    return true;
                }
            }
            return false;
        }

        /** The text with each placeholder replaced by the value at its name's position in the bound list. */
        String fill(String... values) {
            String[] l = compiled.literals;
            int[] s = slots;
            // Filled once per flow on large plans. javac's string concatenation sizes the text and copies each
            // part once, with no array of parts: String.join needs one, and copies it into another of its own
            // (each about a tenth of the engine's garbage at 10,000 stores, docs/benchmarks.md).
            return switch (s.length) {
                case 0 -> compiled.template;
                case 1 -> l[0] + values[s[0]] + l[1];
                case 2 -> l[0] + values[s[0]] + l[1] + values[s[1]] + l[2];
                case 3 -> l[0] + values[s[0]] + l[1] + values[s[1]] + l[2] + values[s[2]] + l[3];
                case 4 -> l[0] + values[s[0]] + l[1] + values[s[1]] + l[2] + values[s[2]] + l[3] + values[s[3]]
                        + l[4];
                case 5 -> l[0] + values[s[0]] + l[1] + values[s[1]] + l[2] + values[s[2]] + l[3] + values[s[3]]
                        + l[4] + values[s[4]] + l[5];
                case 6 -> l[0] + values[s[0]] + l[1] + values[s[1]] + l[2] + values[s[2]] + l[3] + values[s[3]]
                        + l[4] + values[s[4]] + l[5] + values[s[5]] + l[6];
                default -> joined(values);
            };
        }

        private String joined(String[] values) {
            String[] literals = compiled.literals;
            String[] parts = new String[2 * slots.length + 1];
            for (int i = 0; i < slots.length; i++) {
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = values[slots[i]];
            }
            parts[2 * slots.length] = literals[slots.length];
            return String.join("", parts);
        }

        /**
         * As {@link #fill(String...)}, with the value at {@code position} given in parts that are joined into the
         * text in place: a long value (a route) is copied once, into the text, not first into a string of its own.
         */
        String fill(int position, String[] valueParts, String... values) {
            if (slots.length == 0) {
                return compiled.template;
            }
            int size = 1;
            for (int slot : slots) {
                size += slot == position ? valueParts.length + 1 : 2;
            }
            String[] literals = compiled.literals;
            String[] parts = new String[size];
            int part = 0;
            for (int i = 0; i < slots.length; i++) {
                parts[part++] = literals[i];
                if (slots[i] == position) {
                    System.arraycopy(valueParts, 0, parts, part, valueParts.length);
                    part += valueParts.length;
                } else {
                    parts[part++] = values[slots[i]];
                }
            }
            parts[part] = literals[slots.length];
            return String.join("", parts);
        }
    }

    /** A template as literal text between placeholders: {@code literals} has one more element than {@code names}. */
    private record Compiled(String template, String[] literals, String[] names) {
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
            return new Compiled(template, literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        String fill(Map<String, String> values) {
            String[] l = literals;
            // As Bound.fill: concatenation for the usual few placeholders (warnings are filled per flow).
            return switch (names.length) {
                case 0 -> template;
                case 1 -> l[0] + value(values, 0) + l[1];
                case 2 -> l[0] + value(values, 0) + l[1] + value(values, 1) + l[2];
                case 3 -> l[0] + value(values, 0) + l[1] + value(values, 1) + l[2] + value(values, 2) + l[3];
                case 4 -> l[0] + value(values, 0) + l[1] + value(values, 1) + l[2] + value(values, 2) + l[3]
                        + value(values, 3) + l[4];
                default -> joined(values);
            };
        }

        private String value(Map<String, String> values, int i) {
            String value = values.get(names[i]);
            if (value == null) {
                throw new IllegalStateException("No value for placeholder {" + names[i] + "} in: " + template);
            }
            return value;
        }

        private String joined(Map<String, String> values) {
            String[] parts = new String[2 * names.length + 1];
            for (int i = 0; i < names.length; i++) {
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = value(values, i);
            }
            parts[2 * names.length] = literals[names.length];
            return String.join("", parts);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
