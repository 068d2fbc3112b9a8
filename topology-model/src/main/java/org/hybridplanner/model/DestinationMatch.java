package org.hybridplanner.model;

/** What an outbound rule's boundary matches the destination by. */
public enum DestinationMatch {
    /** A domain name: a name-aware firewall (corporate firewall or proxy, Azure Firewall, AWS Network Firewall). */
    DOMAIN,
    /** An Azure service tag (network security groups). */
    SERVICE_TAG,
    /** An AWS-managed prefix list (security groups). */
    PREFIX_LIST,
    /** Every address: the boundary cannot narrow the destination; a name-aware firewall must. */
    ANY_ADDRESS,
    /**
     * Private address ranges (CIDR, comma-separated): the virtual network holding a store's private endpoint, whose
     * private address the store's name resolves to.
     */
    ADDRESS_RANGE
}
