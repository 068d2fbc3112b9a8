package org.hybridplanner.model;

/** Transport protocol of a firewall rule. */
public enum TransportProtocol {
    TCP
}
