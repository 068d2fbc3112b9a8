package org.hybridplanner.model;

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
 */
public record FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
        TransportProtocol protocol, String purpose, String reference, DestinationMatch match, String destination) {
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
    }

    /** A rule whose boundary matches the host by name (outbound) or that opens a port on the machine (inbound). */
    public FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
            TransportProtocol protocol, String purpose, String reference) {
        this(runtime, scope, direction, host, port, protocol, purpose, reference, null, null);
    }
}
