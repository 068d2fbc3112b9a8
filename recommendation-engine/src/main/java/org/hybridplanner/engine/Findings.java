package org.hybridplanner.engine;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hybridplanner.engine.SeedRows.WarningRow;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.Warning;

/**
 * What one recommendation cites and warns about: every reason, advice and warning goes through here, so the
 * references list holds exactly the references cited, and each warning appears once.
 */
final class Findings {
    private final RuleBook rules;
    /**
     * Each warning once, in the order first given. A warning's severity and reference follow from its code, so
     * equal records are equal code, subject and message: the records themselves are the keys, with no joined
     * string built per warning.
     */
    private final Set<Warning> warnings = new LinkedHashSet<>();
    private final Set<String> cited = new HashSet<>();
    /**
     * The references cited lately, by identity: a flow's reasons cite a few seed rows' own strings in turn, so one
     * reference compare per entry saves a hash lookup on almost every citation (tens of thousands on large plans).
     */
    private final String[] recentlyCited = new String[8];
    private int nextRecent;

    Findings(RuleBook rules) {
        this.rules = rules;
    }

    String cite(String reference) {
        Objects.requireNonNull(reference, "reference");
        for (String recent : recentlyCited) {
            if (recent == reference) {
                return reference;
            }
        }
        cited.add(reference);
        recentlyCited[nextRecent] = reference;
        nextRecent = (nextRecent + 1) % recentlyCited.length;
        return reference;
    }

    Reason reason(String text, String reference, ClaimKind claim) {
        return new Reason(text, cite(reference), claim);
    }

    Reason reason(String text, CitedReference reference) {
        return reason(text, reference.id(), reference.claim());
    }

    Advice advice(String text, String reference, ClaimKind claim) {
        return new Advice(text, cite(reference), claim);
    }

    Warning warn(String code, String subject, Map<String, String> values) {
        WarningRow row = rules.warnings.get(code);
        Warning warning = new Warning(code, row.severity(), subject, Templates.fill(row.message(), values),
                cite(row.reference()));
        warnings.add(warning);
        return warning;
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** The cited references, in the order of references.json. */
    List<Reference> references() {
        return rules.references.values().stream()
                .filter(row -> cited.contains(row.id()))
                .map(RuleBook::toReference)
                .toList();
    }
}
