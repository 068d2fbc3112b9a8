package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.HashSet;
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
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    private final Set<String> cited = new HashSet<>();

    Findings(RuleBook rules) {
        this.rules = rules;
    }

    String cite(String reference) {
        cited.add(reference);
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
        if (warned.add(code + "\u0000" + subject + "\u0000" + warning.message())) {
            warnings.add(warning);
        }
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
