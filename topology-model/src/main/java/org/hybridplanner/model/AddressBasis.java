package org.hybridplanner.model;

/** Which of the runtime location's addresses a data store sees, and so must allow. */
public enum AddressBasis {
    /** The store is reached over a public endpoint: it sees the location's public egress addresses. */
    EGRESS_IPS("Public egress addresses"),
    /** The store is reached privately: it sees the location's private address spaces. */
    ADDRESS_SPACES("Private address spaces"),
    /** The Azure integration runtime: allow the Data Factory service tag of the factory's region. */
    SERVICE_TAG("Service tag"),
    /** The runtime reaches the store through its private endpoint: its IP firewall does not apply, no addresses. */
    PRIVATE_ENDPOINT("Private endpoint (no address entry)"),
    /** The Azure runtime reaches the store through a managed private endpoint: no service tag, no addresses. */
    MANAGED_PRIVATE_ENDPOINT("Managed private endpoint (no address entry)");

    private final String displayName;

    AddressBasis(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
