package org.hybridplanner.model;

/** Where a firewall rule is configured. */
public enum RuleScope {
    CORPORATE_FIREWALL("Corporate firewall"),
    NETWORK_SECURITY_GROUP("Azure network security group"),
    AWS_SECURITY_GROUP("AWS security group"),
    WINDOWS_FIREWALL("Windows Firewall on the runtime machine");

    private final String displayName;

    RuleScope(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
