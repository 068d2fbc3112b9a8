package org.hybridplanner.model;

/** An undirected network connection between two locations. Which kinds it may join is catalog data. */
public enum LinkType {
    POINT_TO_SITE_VPN("Point-to-site VPN"),
    SITE_TO_SITE_VPN("Site-to-site VPN"),
    EXPRESSROUTE_PRIVATE_PEERING("ExpressRoute private peering"),
    EXPRESSROUTE_MICROSOFT_PEERING("ExpressRoute Microsoft peering");

    private final String displayName;

    LinkType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
