package org.hybridplanner.engine;

import org.hybridplanner.model.ClaimKind;

/**
 * The references the engine's code cites by id (the rest are named by seed rows). {@link RuleBook} refuses to load
 * when one of them is missing from references.json or does not support the kind of claim the code attaches it to.
 */
enum CitedReference {
    CLOUD_SCENARIO("Cloud scenario", ClaimKind.SCENARIO),
    ALTERNATIVE_HOST("Decision: alternative host for Microsoft peering", ClaimKind.NETWORK_PATH),
    AZURE_RUNTIME_ALLOWLIST("Decision: allowlisting the Azure integration runtime", ClaimKind.ALLOWLIST_ENTRY),
    RUNTIME_SHARING("FAQ: sharing the self-hosted runtime", ClaimKind.RUNTIME_SHARING),
    ADDRESS_FILTERING_BOUNDARY("Decision: boundaries that filter by address", ClaimKind.BOUNDARY_FILTERING),
    STAGED_COPY("Decision: staged copy", ClaimKind.STAGED_COPY),
    STAGED_COPY_LOAD_ALLOWLIST("Decision: staged copy", ClaimKind.ALLOWLIST_ENTRY),
    ENCRYPTED_WITH_AZURE_SERVICES("Encryption in transit: HTTPS and TLS", ClaimKind.ENCRYPTED_TRANSFER),
    ENCRYPTED_WITH_CLOUD_STORES("Data encryption in transit: HTTPS or TLS", ClaimKind.ENCRYPTED_TRANSFER),
    ENCRYPTION_REQUIRED_BY_STORE("Data encryption in transit: Azure SQL Database and Synapse",
            ClaimKind.ENCRYPTED_TRANSFER),
    PLAIN_FTP("Decision: plain FTP", ClaimKind.CLEAR_TEXT_TRANSFER),
    CLOUD_FROM_REGION("Decision: the cloud follows from the region", ClaimKind.CLOUD_ENDPOINT),
    PRIVATE_ENDPOINT_PATH("Decision: private endpoints", ClaimKind.NETWORK_PATH),
    PRIVATE_ENDPOINT_ALLOWLIST("Decision: private endpoints", ClaimKind.ALLOWLIST_ENTRY),
    PRIVATE_ENDPOINT_RULE("Decision: outbound rules through a private endpoint", ClaimKind.OUTBOUND_RULE),
    MANAGED_NETWORK_SCENARIO("Decision: managed virtual network", ClaimKind.SCENARIO),
    MANAGED_NETWORK_PLACEMENT("Decision: managed virtual network", ClaimKind.RUNTIME_PLACEMENT),
    MANAGED_NETWORK_ALLOWLIST("Decision: managed virtual network", ClaimKind.ALLOWLIST_ENTRY),
    RUNTIME_NODES("Decision: self-hosted runtime nodes", ClaimKind.HIGH_AVAILABILITY),
    RUNTIME_NODES_ALLOWLIST("Decision: self-hosted runtime nodes", ClaimKind.ALLOWLIST_ENTRY),
    RUNTIME_NODES_RULE("Decision: self-hosted runtime nodes", ClaimKind.OUTBOUND_RULE);

    private final String id;
    private final ClaimKind claim;

    CitedReference(String id, ClaimKind claim) {
        this.id = id;
        this.claim = claim;
    }

    String id() {
        return id;
    }

    ClaimKind claim() {
        return claim;
    }
}
