package org.hybridplanner.model;

/** Where a firewall rule is configured, and what that boundary can match a destination by. */
public enum RuleScope {
    CORPORATE_FIREWALL("Corporate firewall", true,
            "matches domain names (the article's outbound table is written for it), or the corporate proxy does"),
    NETWORK_SECURITY_GROUP("Azure network security group", false,
            "filters by address: service tags and address ranges, never domain names"),
    AWS_SECURITY_GROUP("AWS security group", false,
            "filters by address: CIDR ranges and AWS-managed prefix lists, never domain names"),
    AZURE_FIREWALL("Azure Firewall application rules (or the corporate proxy)", true,
            "matches domain names (FQDNs) for traffic routed through it"),
    AWS_NETWORK_FIREWALL("AWS Network Firewall domain list (or the corporate proxy)", true,
            "matches domain names (a stateful domain list rule group) for traffic routed through it"),
    WINDOWS_FIREWALL("Windows Firewall on the runtime machine", false, "opens ports on the machine itself");

    private final String displayName;
    private final boolean matchesDomainNames;
    private final String filtering;

    RuleScope(String displayName, boolean matchesDomainNames, String filtering) {
        this.displayName = displayName;
        this.matchesDomainNames = matchesDomainNames;
        this.filtering = filtering;
    }

    public String displayName() {
        return displayName;
    }

    /** True for boundaries that can allow a domain name; false for those that filter by address only. */
    public boolean matchesDomainNames() {
        return matchesDomainNames;
    }

    /** What the boundary can enforce, in words, for documents. */
    public String filtering() {
        return filtering;
    }
}
