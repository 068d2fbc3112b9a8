package org.hybridplanner.model;

/** The connectivity that carries a flow on the leg leaving its runtime's location. */
public enum Network {
    LOCAL("Local network"),
    INTERNET("Public internet"),
    POINT_TO_SITE_VPN("Point-to-site VPN"),
    SITE_TO_SITE_VPN("Site-to-site VPN (IPsec)"),
    EXPRESSROUTE_PRIVATE_PEERING("ExpressRoute private peering"),
    EXPRESSROUTE_MICROSOFT_PEERING("ExpressRoute Microsoft peering"),
    /** The Azure integration runtime in a Data Factory managed virtual network, through managed private endpoints. */
    MANAGED_PRIVATE_ENDPOINT("Managed private endpoint");

    private final String displayName;

    Network(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Network of(LinkType linkType) {
        return valueOf(linkType.name());
    }
}
