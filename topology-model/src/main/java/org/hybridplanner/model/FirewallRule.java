package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One firewall rule for a self-hosted runtime.
 *
 * @param runtime the runtime the rule serves
 * @param scope where it is configured
 * @param direction as seen from the runtime's machine
 * @param host the destination domain the runtime reaches for outbound rules; null for inbound rules (they apply on
 *     the machine)
 * @param port the TCP port
 * @param protocol the transport protocol
 * @param purpose why the rule is needed
 * @param reference the reference section it comes from
 * @param match what the boundary matches the destination by; null for inbound rules
 * @param destination what the boundary allows: the domain, the service tag, the prefix list or the address range;
 *     null for inbound rules
 * @param notes further statements about the rule that rest on another reference than {@code reference}, each
 *     citing its own (for example that every node of a runtime of several nodes needs it); empty for most rules
 */
public record FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
        TransportProtocol protocol, String purpose, String reference, DestinationMatch match, String destination,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reason> notes) {
    public FirewallRule {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
        if (direction == Direction.OUTBOUND && match == null && host != null) {
            match = DestinationMatch.DOMAIN;
            destination = host;
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A rule whose statements all rest on its one reference. */
    public FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
            TransportProtocol protocol, String purpose, String reference, DestinationMatch match,
            String destination) {
        this(runtime, scope, direction, host, port, protocol, purpose, reference, match, destination, List.of());
    }

    /** A rule whose boundary matches the host by name (outbound) or that opens a port on the machine (inbound). */
    public FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
            TransportProtocol protocol, String purpose, String reference) {
        this(runtime, scope, direction, host, port, protocol, purpose, reference, null, null);
    }

    /** The purpose and the notes, each with the reference it cites, in that order. */
    @JsonIgnore
    public List<Reason> reasons() {
        Reason own = new Reason(purpose, reference,
                direction == Direction.OUTBOUND ? ClaimKind.OUTBOUND_RULE : ClaimKind.INBOUND_RULE);
        if (notes.isEmpty()) {
            return List.of(own);
        }
        List<Reason> reasons = new ArrayList<>(notes.size() + 1);
        reasons.add(own);
        reasons.addAll(notes);
        return List.copyOf(reasons);
    }
}
