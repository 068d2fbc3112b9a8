package org.hybridplanner.model;

/**
 * What kind of statement a reason or piece of advice makes. Every reference declares the kinds of claim it was
 * written for, and a reference may only be attached to a claim of one of those kinds: a quote about encrypted
 * transfers never backs a statement about networks, a quote about on-premises links never backs an AWS link.
 */
public enum ClaimKind {
    /** Whether a flow is a cloud or a hybrid flow. */
    SCENARIO,
    /** Where a runtime goes, from where its stores are. */
    RUNTIME_PLACEMENT,
    /** A link between an on-premises network and an Azure virtual network (the article's table, rows 1 and 2). */
    LINK_ON_PREMISES_TO_VIRTUAL_NETWORK,
    /** ExpressRoute Microsoft peering to Azure public endpoints (the article's table, row 3). */
    LINK_TO_AZURE_PUBLIC_ENDPOINTS,
    /** A private link between kinds of network the article's table does not list. */
    LINK_BEYOND_THE_TABLE,
    /** Which network carries a flow, or an alternative host for its runtime. */
    NETWORK_PATH,
    /** A transfer runs over HTTPS or TLS. */
    ENCRYPTED_TRANSFER,
    /** A transfer is not encrypted. */
    CLEAR_TEXT_TRANSFER,
    /** What staged copy changes about who connects to what. */
    STAGED_COPY,
    /** Sharing a self-hosted runtime with other data factories. */
    RUNTIME_SHARING,
    /** An outbound rule for a self-hosted runtime. */
    OUTBOUND_RULE,
    /** An inbound rule on the runtime's machine. */
    INBOUND_RULE,
    /** A host name in a sovereign cloud. */
    CLOUD_ENDPOINT,
    /** What a network boundary can filter on (addresses, service tags, prefix lists, domain names). */
    BOUNDARY_FILTERING,
    /** An entry in a data store's firewall. */
    ALLOWLIST_ENTRY,
    /** Where credentials are kept and how they are protected. */
    CREDENTIAL_STORAGE,
    /** Which permissions an identity needs. */
    ACCESS_PERMISSIONS,
    /** A setting that encrypts a store's connections. */
    ENCRYPTION_IN_TRANSIT,
    /** Encryption of a store's data at rest. */
    ENCRYPTION_AT_REST,
    /** A store reached through a private endpoint: private traffic, name resolution, public network access. */
    PRIVATE_ENDPOINT,
    /** A self-hosted runtime of several nodes (high availability). */
    HIGH_AVAILABILITY,
    /** Something in the plan itself needs attention (unused elements, missing addresses, blocked flows). */
    PLAN_REVIEW,
    /** The certifications the article lists. */
    COMPLIANCE
}
