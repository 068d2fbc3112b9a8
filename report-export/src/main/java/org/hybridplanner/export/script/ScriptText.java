package org.hybridplanner.export.script;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;

/**
 * Quoting for the generated scripts. Every value from a plan goes through one of these: single-quoted literals
 * (nothing inside is expanded) and comments that cannot end early (control characters, including line breaks,
 * become spaces; bidi controls become visible).
 */
final class ScriptText {
    private ScriptText() {
    }

    /** A bash single-quoted word: {@code it's} becomes {@code 'it'\''s'}. */
    static String bash(String value) {
        return "'" + DisplayText.printable(value).replace("'", "'\\''") + "'";
    }

    /**
     * A PowerShell single-quoted string. PowerShell also ends single-quoted strings at the typographic quotes
     * U+2018, U+2019, U+201A and U+201B, so those are doubled as well.
     */
    static String powershell(String value) {
        StringBuilder out = new StringBuilder("'");
        DisplayText.printable(value).codePoints().forEach(cp -> {
            if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B) {
                out.appendCodePoint(cp);
            }
            out.appendCodePoint(cp);
        });
        return out.append('\'').toString();
    }

    /** Text safe inside a line comment of either language. */
    static String comment(String value) {
        return DisplayText.printable(value);
    }

    /**
     * The notes of a firewall rule or an allowlist entry as comment lines, each after {@code prefix} and with the
     * reference it cites: a note rests on another reference than the purpose (docs/decisions.md, "Self-hosted
     * runtime nodes").
     */
    static String notes(List<Reason> notes, String prefix) {
        StringBuilder out = new StringBuilder();
        for (Reason note : notes) {
            out.append(prefix).append(comment(note.text())).append(" [").append(comment(note.reference()))
                    .append("]\n");
        }
        return out.toString();
    }

    /** A shell variable name made from an id: upper case letters, digits and underscores. */
    static String variable(String prefix, String id) {
        return prefix + "_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Gives each id a distinct variable name even when two ids differ only in punctuation. */
    static Map<String, String> variables(String prefix, Iterable<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            if (names.containsKey(id)) {
                continue;
            }
            String name = variable(prefix, id);
            String unique = name;
            for (int n = 2; names.containsValue(unique); n++) {
                unique = name + "_" + n;
            }
            names.put(id, unique);
        }
        return names;
    }

    /** The lines every script starts its header with, each to be prefixed with the comment marker. */
    static String[] header(String title, Plan plan, ExportContext context, String changes) {
        return new String[] {
            title,
            "Plan: " + comment(plan.name()),
            "Data factory: " + comment(plan.dataFactory().name()) + " (" + comment(plan.dataFactory().region()) + ")",
            "Generated " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(context.timestamp()) + " for "
                    + comment(context.author()) + ", plan version " + comment(context.versionLabel())
                    + ", by the hybrid topology planner.",
            "",
            "What it changes: " + changes,
        };
    }

    /** An IPv4 address or CIDR as its first and last address; null for IPv6 or anything unparsable. */
    static String[] ipv4Range(String addressOrCidr) {
        String[] parts = addressOrCidr.split("/", 2);
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4 || parts[0].contains(":")) {
            return null;
        }
        try {
            long value = 0;
            for (String octet : octets) {
                int part = Integer.parseInt(octet);
                if (part < 0 || part > 255) {
                    return null;
                }
                value = value << 8 | part;
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
            if (prefix < 0 || prefix > 32) {
                return null;
            }
            long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
            long first = value & mask;
            long last = first | ~mask & 0xFFFFFFFFL;
            return new String[] {ip(first), ip(last)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String ip(long value) {
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
    }
}
