package org.hybridplanner.export.rules;

import java.util.List;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/**
 * Writes every firewall rule and allowlist entry as CSV (RFC 4180, CRLF, every field quoted), one row per rule; a
 * row's purpose ends with its notes, and its reference lists the purpose's reference then the notes'.
 * Safe to open in a spreadsheet: a field that starts with {@code = + - @}, a tab or a carriage return is prefixed
 * with an apostrophe so it is never evaluated as a formula (the OWASP CSV-injection advice), and bidirectional
 * control characters are shown as {@code [U+202E]}.
 */
public final class RuleCsvExporter {
    static final List<String> HEADER =
            List.of("where", "runtime", "direction", "host", "allow", "port", "protocol", "purpose",
                    "reference");

    public String export(Plan plan, Recommendation recommendation) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (RuleRow rule : RuleRows.of(plan, recommendation)) {
            row(out, List.of(rule.where(), rule.runtime(), rule.direction(), rule.host(), rule.allow(), rule.port(),
                    rule.protocol(), rule.purposeAndNotes(), rule.references()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(neutralize(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /** The field made printable and, when a spreadsheet would read it as a formula, prefixed with {@code '}. */
    static String neutralize(String raw) {
        String value = DisplayText.printable(raw == null ? "" : raw);
        String start = value.stripLeading();
        // Spreadsheets skip leading blanks before reading a formula; full-width signs are formulas in some locales.
        if (!start.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(start.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
