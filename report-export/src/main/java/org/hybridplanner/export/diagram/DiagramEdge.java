package org.hybridplanner.export.diagram;

import java.util.List;
import java.util.Objects;
import org.hybridplanner.model.Network;

/**
 * An edge of the diagram graph.
 *
 * @param id unique within the diagram
 * @param kind what it is
 * @param label the text for it (a link's type, the flows it carries)
 * @param flows ids of the flows this edge carries; empty for links and the control channel
 * @param network the connectivity of the flows a flow edge carries (drawn as its colour and dash); null otherwise
 * @param difference how it differs from an earlier version, in a comparison diagram; null otherwise
 */
public record DiagramEdge(String id, EdgeKind kind, String label, List<String> flows, Network network,
        Difference difference) {
    public DiagramEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        flows = List.copyOf(flows);
    }

    /** An edge without a connectivity (a link, a blocked flow, the control channel) that compares nothing. */
    public DiagramEdge(String id, EdgeKind kind, String label, List<String> flows) {
        this(id, kind, label, flows, null, null);
    }

    /** An edge without a connectivity, marked as {@code difference}. */
    public DiagramEdge(String id, EdgeKind kind, String label, List<String> flows, Difference difference) {
        this(id, kind, label, flows, null, difference);
    }

    /** This edge marked as {@code difference} (null for unchanged). */
    public DiagramEdge withDifference(Difference difference) {
        return new DiagramEdge(id, kind, label, flows, network, difference);
    }

    /** What an edge stands for. */
    public enum EdgeKind {
        /** A network link between two zones (VPN, ExpressRoute); undirected in meaning. */
        LINK,
        /** Data moving from a source store to the runtime that copies it, or from the runtime to the sink. */
        FLOW,
        /** A flow no runtime can carry: drawn from source to sink and marked. */
        BLOCKED_FLOW,
        /** A self-hosted runtime's outbound command channel to the Data Factory service. */
        CONTROL_CHANNEL
    }
}
