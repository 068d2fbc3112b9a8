package org.hybridplanner.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.hybridplanner.model.Network;

/**
 * How a flow line looks for each connectivity, so that a reader tells a VPN flow from an internet one without reading
 * its label: a colour and a dash pattern each, ExpressRoute drawn heavier. One place for SVG, PNG, PDF and the
 * diagrams.net export, which names the same colours and dashes.
 */
final class FlowLines {
    private static final Color UNKNOWN = new Color(0x334E68);

    private FlowLines() {
    }

    static Color color(Network network) {
        if (network == null) {
            return UNKNOWN;
        }
        return switch (network) {
            case LOCAL -> new Color(0x334E68);
            case INTERNET -> new Color(0xC05621);
            case SITE_TO_SITE_VPN -> new Color(0x6B46C1);
            case POINT_TO_SITE_VPN -> new Color(0x9F7AEA);
            case EXPRESSROUTE_PRIVATE_PEERING -> new Color(0x0F766E);
            case EXPRESSROUTE_MICROSOFT_PEERING -> new Color(0x0E7490);
            case MANAGED_PRIVATE_ENDPOINT -> new Color(0x1D4ED8);
        };
    }

    /** The dash pattern (on, off lengths), empty for a solid line. */
    static float[] dashes(Network network) {
        if (network == null) {
            return new float[0];
        }
        return switch (network) {
            case LOCAL, EXPRESSROUTE_PRIVATE_PEERING -> new float[0];
            case INTERNET -> new float[] {2, 3};
            case SITE_TO_SITE_VPN -> new float[] {8, 3};
            case POINT_TO_SITE_VPN -> new float[] {8, 3, 2, 3};
            case EXPRESSROUTE_MICROSOFT_PEERING -> new float[] {10, 4};
            case MANAGED_PRIVATE_ENDPOINT -> new float[] {1, 2};
        };
    }

    static float width(Network network) {
        return network == Network.EXPRESSROUTE_PRIVATE_PEERING || network == Network.EXPRESSROUTE_MICROSOFT_PEERING
                ? 2.2f : 1.4f;
    }

    static Stroke stroke(Network network) {
        float[] dashes = dashes(network);
        return dashes.length == 0
                ? new BasicStroke(width(network), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width(network), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0);
    }

    /** The short name on a flow's label ("S2S VPN"); the full name is in the legend and the hover text. */
    static String shortName(Network network) {
        if (network == null) {
            return "";
        }
        return switch (network) {
            case LOCAL -> "local";
            case INTERNET -> "internet";
            case SITE_TO_SITE_VPN -> "S2S VPN";
            case POINT_TO_SITE_VPN -> "P2S VPN";
            case EXPRESSROUTE_PRIVATE_PEERING -> "ER private";
            case EXPRESSROUTE_MICROSOFT_PEERING -> "ER Microsoft";
            case MANAGED_PRIVATE_ENDPOINT -> "managed PE";
        };
    }
}
