package org.hybridplanner.export.diagram;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.diagram.DiagramNode.Marker;
import org.hybridplanner.export.text.DisplayText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the laid-out diagram as an uncompressed diagrams.net ({@code .drawio}) file that stays editable there:
 * zones are containers, stores and runtimes are their children (they move with the zone), edges connect cells by
 * id and keep the computed waypoints. Labels are plain text ({@code html=0}) so names cannot inject markup; the
 * DOM serializer escapes them.
 */
public final class DrawioExporter {
    public String export(DiagramLayout layout) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element file = document.createElement("mxfile");
            file.setAttribute("host", "hybrid-topology-planner");
            document.appendChild(file);
            Element diagram = child(file, "diagram");
            diagram.setAttribute("id", "network-design");
            diagram.setAttribute("name", "Network design");
            Element model = child(diagram, "mxGraphModel");
            model.setAttribute("grid", "1");
            model.setAttribute("gridSize", "10");
            model.setAttribute("pageWidth", number(layout.width()));
            model.setAttribute("pageHeight", number(layout.height()));
            Element root = child(model, "root");
            cell(root, "0", null);
            cell(root, "1", "0");
            Map<String, String> cellIds = new HashMap<>();
            Map<String, Box> zoneBoxes = new HashMap<>();
            int next = 2;
            for (Placed zone : layout.zones()) {
                String id = "c" + next++;
                cellIds.put(zone.node().id(), id);
                zoneBoxes.put(zone.node().id(), zone.bounds());
                Element cell = cell(root, id, "1");
                cell.setAttribute("value", label(zone.node()));
                cell.setAttribute("vertex", "1");
                cell.setAttribute("style", "rounded=1;arcSize=4;whiteSpace=wrap;html=0;container=1;collapsible=0;"
                        + "verticalAlign=top;align=left;spacingLeft=10;spacingTop=4;fontStyle=1;fillColor="
                        + zoneFill(zone.node()) + ";strokeColor="
                        + (zone.node().has(Marker.FIREWALL_BOUNDARY) ? "#C0392B;dashed=1;strokeWidth=3" : "#9AA5B1")
                        + ";");
                geometry(cell, zone.bounds(), 0, 0);
            }
            for (Placed node : layout.nodes()) {
                String id = "c" + next++;
                cellIds.put(node.node().id(), id);
                Box zone = zoneBoxes.get(node.node().zone());
                Element cell = cell(root, id, zone == null ? "1" : cellIds.get(node.node().zone()));
                cell.setAttribute("value", label(node.node()));
                cell.setAttribute("vertex", "1");
                cell.setAttribute("style", nodeShape(node.node()) + "whiteSpace=wrap;html=0;align=left;spacingLeft=8;"
                        + "fillColor=" + nodeFill(node.node()) + ";strokeColor="
                        + (node.node().has(Marker.WARNING) ? "#B91C1C;strokeWidth=2" : "#616E7C") + ";");
                // Children of a container are positioned relative to it.
                geometry(cell, node.bounds(), zone == null ? 0 : zone.x(), zone == null ? 0 : zone.y());
            }
            for (Route route : layout.edges()) {
                DiagramEdge edge = route.edge();
                Element cell = cell(root, "c" + next++, "1");
                cell.setAttribute("value", edgeLabel(layout, edge));
                cell.setAttribute("edge", "1");
                String[] ends = ends(layout, route);
                if (ends[0] != null && cellIds.containsKey(ends[0])) {
                    cell.setAttribute("source", cellIds.get(ends[0]));
                }
                if (ends[1] != null && cellIds.containsKey(ends[1])) {
                    cell.setAttribute("target", cellIds.get(ends[1]));
                }
                cell.setAttribute("style", edgeStyle(edge));
                Element geometry = child(cell, "mxGeometry");
                geometry.setAttribute("relative", "1");
                geometry.setAttribute("as", "geometry");
                List<Point> points = route.points();
                if (points.size() > 2) {
                    Element array = child(geometry, "Array");
                    array.setAttribute("as", "points");
                    for (Point point : points.subList(1, points.size() - 1)) {
                        Element mxPoint = child(array, "mxPoint");
                        mxPoint.setAttribute("x", number(point.x()));
                        mxPoint.setAttribute("y", number(point.y()));
                    }
                }
            }
            return serialize(document);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write drawio XML", e);
        }
    }

    /** The ids of the nodes (or zones, for links) an edge joins, from the model stored in the route's edge. */
    private static String[] ends(DiagramLayout layout, Route route) {
        Point first = route.points().getFirst();
        Point last = route.points().getLast();
        boolean link = route.edge().kind() == DiagramEdge.EdgeKind.LINK;
        List<Placed> candidates = link ? layout.zones() : layout.nodes();
        return new String[] {touching(candidates, first), touching(candidates, last)};
    }

    private static String touching(List<Placed> candidates, Point point) {
        for (Placed placed : candidates) {
            Box box = placed.bounds();
            if (point.x() >= box.x() - 0.5 && point.x() <= box.maxX() + 0.5 && point.y() >= box.y() - 0.5
                    && point.y() <= box.maxY() + 0.5) {
                return placed.node().id();
            }
        }
        return null;
    }

    private static String label(DiagramNode node) {
        return DisplayText.printable(node.title()) + "\n" + DisplayText.printable(node.subtitle());
    }

    private static String edgeStyle(DiagramEdge edge) {
        String base = "edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;";
        return base + switch (edge.kind()) {
            case LINK -> "endArrow=none;strokeWidth=3;strokeColor=#2F6DB5;fontColor=#1D4E89;labelBackgroundColor=#FFFFFF;";
            case FLOW -> "endArrow=block;strokeColor=" + hex(FlowLines.color(edge.network())) + ";strokeWidth="
                    + FlowLines.width(edge.network()) + ";fontSize=9;labelBackgroundColor=#FFFFFF;"
                    + dashes(FlowLines.dashes(edge.network()));
            case BLOCKED_FLOW -> "endArrow=block;dashed=1;strokeWidth=2;strokeColor=#B91C1C;fontColor=#B91C1C;";
            case CONTROL_CHANNEL -> "endArrow=open;dashed=1;dashPattern=1 3;strokeColor=#7B4FA0;";
        };
    }

    /** The flow label the drawing shows for a flow edge (flows, runtime, connectivity); a link's type. */
    private static String edgeLabel(DiagramLayout layout, DiagramEdge edge) {
        return switch (edge.kind()) {
            case LINK, BLOCKED_FLOW -> DisplayText.printable(edge.label());
            case FLOW -> layout.texts().stream().filter(text -> text.owner().equals(edge.id())).map(TextBox::text)
                    .findFirst().orElse(DisplayText.printable(edge.label()));
            case CONTROL_CHANNEL -> "";
        };
    }

    /** The diagrams.net shape nearest the drawing's symbol: a cylinder for a store, a cloud-free box otherwise. */
    private static String nodeShape(DiagramNode node) {
        return switch (node.kind()) {
            case DATA_STORE -> "shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=6;";
            case STORE_GROUP -> "shape=datastore;";
            case SELF_HOSTED_RUNTIME -> "shape=mxgraph.basic.rect;rounded=1;";
            case AZURE_RUNTIME, DATA_FACTORY -> "shape=hexagon;perimeter=hexagonPerimeter2;size=0.08;";
            default -> "rounded=1;";
        };
    }

    private static String hex(java.awt.Color color) {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    private static String dashes(float[] pattern) {
        if (pattern.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("dashed=1;dashPattern=");
        for (int i = 0; i < pattern.length; i++) {
            out.append(i == 0 ? "" : " ").append((int) pattern[i]);
        }
        return out.append(';').toString();
    }

    private static String zoneFill(DiagramNode zone) {
        return switch (zone.kind()) {
            case ON_PREMISES_ZONE -> "#F1EDE4";
            case AZURE_VIRTUAL_NETWORK_ZONE -> "#E3EEFB";
            case AZURE_PUBLIC_ZONE -> "#EEF5FD";
            case AWS_VPC_ZONE -> "#FDF1E3";
            case PUBLIC_INTERNET_ZONE -> "#EAF6EC";
            default -> "#E6F0F8";
        };
    }

    private static String nodeFill(DiagramNode node) {
        return switch (node.kind()) {
            case SELF_HOSTED_RUNTIME -> "#FFE8C7";
            case AZURE_RUNTIME -> "#CFE3FA";
            case DATA_FACTORY -> "#D9E2EC";
            default -> "#FFFFFF";
        };
    }

    private static Element cell(Element root, String id, String parent) {
        Element cell = child(root, "mxCell");
        cell.setAttribute("id", id);
        if (parent != null) {
            cell.setAttribute("parent", parent);
        }
        return cell;
    }

    private static void geometry(Element cell, Box box, double originX, double originY) {
        Element geometry = child(cell, "mxGeometry");
        geometry.setAttribute("x", number(box.x() - originX));
        geometry.setAttribute("y", number(box.y() - originY));
        geometry.setAttribute("width", number(box.width()));
        geometry.setAttribute("height", number(box.height()));
        geometry.setAttribute("as", "geometry");
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String serialize(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}
