package org.hybridplanner.model;

/** Which of the runtime location's addresses a data store sees, and so must allow. */
public enum AddressBasis {
    /** The store is reached over a public endpoint: it sees the location's public egress addresses. */
    EGRESS_IPS,
    /** The store is reached privately: it sees the location's private address spaces. */
    ADDRESS_SPACES,
    /** The Azure integration runtime: allow the Data Factory service tag of the factory's region. */
    SERVICE_TAG
}
