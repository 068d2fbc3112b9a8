package org.hybridplanner.model;

import java.util.Objects;

/**
 * One firewall rule for a self-hosted runtime.
 *
 * @param runtime the runtime the rule serves
 * @param scope where it is configured
 * @param direction as seen from the runtime's machine
 * @param host the destination domain for outbound rules; null for inbound rules (they apply on the machine)
 * @param port the TCP port
 * @param protocol the transport protocol
 * @param purpose why the rule is needed
 * @param reference the reference section it comes from
 */
public record FirewallRule(String runtime, RuleScope scope, Direction direction, String host, int port,
        TransportProtocol protocol, String purpose, String reference) {
    public FirewallRule {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
    }
}
