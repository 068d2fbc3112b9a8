package org.hybridplanner.engine;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** The reference cited last: most reasons in a row cite the same one, and a string compare saves the hash. */
    private String lastCited;

    Findings(RuleBook rules) {
        this.rules = rules;
    }

    String cite(String reference) {
        if (!reference.equals(lastCited)) {
            cited.add(reference);
            lastCited = reference;
        }
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
