package org.hybridplanner.model;

/** Whether a store type's connections can be encrypted in transit: a store catalog fact, never guessed. */
public enum TransportSecurity {
    /** The service requires SSL/TLS on every connection (Azure SQL Database, Azure Synapse Analytics). */
    REQUIRED,
    /** The store offers an HTTPS or TLS endpoint; Data Factory uses it when the linked service does. */
    SUPPORTED,
    /** The protocol has no encryption (plain FTP): nothing may claim that its transfers are encrypted. */
    NONE,
    /**
     * The planner does not know the protocol (a Data Factory connector the catalog lacks): nothing is claimed about
     * its transfers either way.
     */
    UNKNOWN
}
