package org.hybridplanner.export.rules;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hybridplanner.model.Reason;

/**
 * One rule to configure, as the CSV and the PDF tables show it.
 *
 * @param where where it is configured: a rule scope's name, or the allowlist of a named store
 * @param group a stable key for grouping: the rule scope, or {@code ALLOWLIST}
 * @param runtime the runtime it serves
 * @param direction inbound or outbound, as seen from the machine or store being configured
 * @param host the destination host or domain (outbound), or the address to allow (allowlists); empty for inbound
 *     machine rules
 * @param allow what the boundary allows for it: the domain, a service tag, a prefix list, any address; for
 *     allowlists, which addresses these are
 * @param port the TCP port, empty when the rule is not about one port
 * @param protocol the transport protocol
 * @param purpose why
 * @param reference the reference id the purpose cites
 * @param notes further statements about a firewall rule, each citing its own reference (what a runtime of
 *     several nodes needs); empty for most rows, and for allowlist rows, whose purpose and reference already hold
 *     their entry's notes
 */
public record RuleRow(String where, String group, String runtime, String direction, String host, String allow,
        String port, String protocol, String purpose, String reference, List<Reason> notes) {
    public RuleRow {
        notes = List.copyOf(notes);
    }

    /** The purpose followed by the notes, as one text (the CSV's purpose column). */
    public String purposeAndNotes() {
        return Stream.concat(Stream.of(purpose), notes.stream().map(Reason::text)).collect(Collectors.joining(" "));
    }

    /** The references the row cites, the purpose's first, then its notes' ({@code "; "} between them). */
    public String references() {
        return Stream.concat(Stream.of(reference), notes.stream().map(Reason::reference)).distinct()
                .collect(Collectors.joining("; "));
    }
}
