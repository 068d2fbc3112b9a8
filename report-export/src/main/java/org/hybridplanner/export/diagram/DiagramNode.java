package org.hybridplanner.export.diagram;

import java.util.Objects;
import java.util.Set;

/**
 * A vertex of the diagram graph: a zone (one plan location, or the Data Factory service), a data store, an
 * integration runtime or the data factory itself.
 *
 * @param id unique within the diagram, prefixed by kind ({@code zone:dc}, {@code store:erp}, {@code runtime:shir-dc})
 * @param kind what it is
 * @param zone the id of the zone node it stands in; null for zones
 * @param title the main label, as the user wrote it (escaped and fitted only when drawn)
 * @param subtitle the second line: a store's type, a runtime's host, a zone's kind
 * @param markers what to flag on it
 * @param difference how it differs from an earlier version, in a comparison diagram; null otherwise
 */
public record DiagramNode(String id, NodeKind kind, String zone, String title, String subtitle, Set<Marker> markers,
        Difference difference) {
    public DiagramNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        markers = Set.copyOf(markers);
    }

    /** A node of a diagram that compares nothing. */
    public DiagramNode(String id, NodeKind kind, String zone, String title, String subtitle, Set<Marker> markers) {
        this(id, kind, zone, title, subtitle, markers, null);
    }

    /** This node marked as {@code difference} (null for unchanged). */
    public DiagramNode withDifference(Difference difference) {
        return new DiagramNode(id, kind, zone, title, subtitle, markers, difference);
    }

    public boolean isZone() {
        return kind.isZone();
    }

    public boolean has(Marker marker) {
        return markers.contains(marker);
    }

    /** What a diagram vertex stands for. Zone kinds map one to one onto location kinds, plus the service zone. */
    public enum NodeKind {
        ON_PREMISES_ZONE(0),
        AZURE_VIRTUAL_NETWORK_ZONE(1),
        AZURE_PUBLIC_ZONE(2),
        DATA_FACTORY_SERVICE_ZONE(2),
        AWS_VPC_ZONE(3),
        PUBLIC_INTERNET_ZONE(4),
        DATA_STORE(-1),
        /** The stores of one type in one zone, drawn as one node with their count in a summarised diagram. */
        STORE_GROUP(-1),
        SELF_HOSTED_RUNTIME(-1),
        AZURE_RUNTIME(-1),
        DATA_FACTORY(-1);

        private final int column;

        NodeKind(int column) {
            this.column = column;
        }

        public boolean isZone() {
            return column >= 0;
        }

        /** Left-to-right column of a zone kind: on-premises, Azure networks, Azure public, AWS, internet. */
        public int column() {
            return column;
        }

        public boolean isRuntime() {
            return this == SELF_HOSTED_RUNTIME || this == AZURE_RUNTIME;
        }
    }

    /** Flags drawn on a node or zone. */
    public enum Marker {
        /** A zone whose firewall (corporate, NSG, security group) gets rules for a runtime inside it. */
        FIREWALL_BOUNDARY,
        /** A store whose firewall must allow a runtime's addresses. */
        ALLOWLIST,
        /** A runtime machine whose Windows Firewall must open inbound 8060. */
        INBOUND_8060,
        /** An element a warning names, or an end of a blocked flow. */
        WARNING
    }
}
