package org.hybridplanner.model;

/** Where a location's data stores are reachable from: a private network or a public endpoint. */
public enum LocationKind {
    ON_PREMISES(true, "On-premises network"),
    AZURE_VIRTUAL_NETWORK(true, "Azure virtual network"),
    AWS_VPC(true, "AWS VPC"),
    AZURE_PUBLIC(false, "Azure public endpoints"),
    PUBLIC_INTERNET(false, "Internet / SaaS");

    private final boolean privateNetwork;
    private final String displayName;

    LocationKind(boolean privateNetwork, String displayName) {
        this.privateNetwork = privateNetwork;
        this.displayName = displayName;
    }

    /** True for networks behind a firewall (on-premises, virtual networks, VPCs), false for public endpoints. */
    public boolean isPrivate() {
        return privateNetwork;
    }

    public String displayName() {
        return displayName;
    }
}
