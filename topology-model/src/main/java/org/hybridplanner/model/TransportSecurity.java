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
     * The protocol encrypts by its own means rather than HTTPS or TLS (SFTP's SSH; SAP RFC with SNC on): the
     * article's TLS statements do not cover it, so no reason claims them; the store's encryption advice says how.
     */
    OWN_ENCRYPTION,
    /**
     * The planner does not know whether transfers are encrypted (a Data Factory connector the catalog lacks, or one
     * whose documentation states nothing): nothing is claimed about its transfers either way.
     */
    UNKNOWN
}
