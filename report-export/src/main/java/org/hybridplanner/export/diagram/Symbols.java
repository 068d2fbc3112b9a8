package org.hybridplanner.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.hybridplanner.export.diagram.DiagramNode.NodeKind;

/**
 * The diagram's symbols, drawn as plain vector shapes so that SVG, PNG and PDF show them alike and no icon set (with
 * its licence) is redistributed: a building for an on-premises network, {@code <···>} for an Azure virtual network,
 * a cloud for Azure services, a cloud with a padlock for an AWS VPC, a globe for the internet and SaaS, a cylinder
 * for a data store, a server for a self-hosted runtime, a gear for the Azure runtime, a factory for Data Factory, a
 * brick wall for a firewall and a triangle for a warning. Each fits a square of the given size.
 */
final class Symbols {
    static final Color ON_PREMISES = new Color(0x6B5B45);
    static final Color AZURE = new Color(0x0F6CBD);
    static final Color AWS = new Color(0xC2410C);
    static final Color INTERNET = new Color(0x2F855A);
    static final Color STORE = new Color(0x334E68);
    static final Color SELF_HOSTED = new Color(0x8A5A00);
    static final Color FACTORY = new Color(0x3E4C59);
    static final Color FIREWALL = new Color(0xC0392B);
    static final Color WARNING = new Color(0xB91C1C);

    private Symbols() {
    }

    /** Draws the symbol of {@code kind} in the square at ({@code x}, {@code y}) of side {@code size}. */
    static void draw(Graphics2D g, NodeKind kind, double x, double y, double size) {
        g.setStroke(new BasicStroke((float) Math.max(1, size / 12), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (kind) {
            case ON_PREMISES_ZONE -> building(g, x, y, size);
            case AZURE_VIRTUAL_NETWORK_ZONE -> virtualNetwork(g, x, y, size);
            case AZURE_PUBLIC_ZONE, DATA_FACTORY_SERVICE_ZONE -> cloud(g, x, y, size, AZURE);
            case AWS_VPC_ZONE -> {
                cloud(g, x, y, size, AWS);
                padlock(g, x + size * 0.36, y + size * 0.42, size * 0.3, AWS);
            }
            case PUBLIC_INTERNET_ZONE -> globe(g, x, y, size);
            case DATA_STORE -> cylinder(g, x + size * 0.15, y + size * 0.05, size * 0.7, size * 0.9);
            case STORE_GROUP -> {
                cylinder(g, x + size * 0.3, y, size * 0.6, size * 0.6);
                cylinder(g, x + size * 0.05, y + size * 0.35, size * 0.6, size * 0.6);
            }
            case SELF_HOSTED_RUNTIME -> server(g, x, y, size);
            case AZURE_RUNTIME -> gear(g, x, y, size);
            case DATA_FACTORY -> factory(g, x, y, size);
        }
    }

    /** A brick wall: the symbol of a firewall where rules are configured. */
    static void firewall(Graphics2D g, double x, double y, double size) {
        double rowHeight = size / 3;
        g.setColor(new Color(0xF8D7D3));
        g.fill(new Rectangle2D.Double(x, y + size * 0.1, size, rowHeight * 2.7));
        g.setColor(FIREWALL);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 14)));
        double top = y + size * 0.1;
        g.draw(new Rectangle2D.Double(x, top, size, rowHeight * 2.7));
        for (int row = 1; row < 3; row++) {
            double ry = top + row * rowHeight * 0.9;
            g.draw(new Line2D.Double(x, ry, x + size, ry));
        }
        for (int row = 0; row < 3; row++) {
            double ry = top + row * rowHeight * 0.9;
            double offset = row % 2 == 0 ? size / 2 : size / 4;
            for (double bx = x + offset; bx < x + size - 0.5; bx += size / 2) {
                g.draw(new Line2D.Double(bx, ry, bx, ry + rowHeight * 0.9));
            }
        }
    }

    /** A red triangle with an exclamation mark: the element is named in a warning or ends a blocked flow. */
    static void warning(Graphics2D g, double x, double y, double size) {
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(x + size / 2, y);
        triangle.lineTo(x + size, y + size * 0.9);
        triangle.lineTo(x, y + size * 0.9);
        triangle.closePath();
        g.setColor(WARNING);
        g.fill(triangle);
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x + size * 0.44, y + size * 0.28, size * 0.12, size * 0.34, 2, 2));
        g.fill(new Ellipse2D.Double(x + size * 0.43, y + size * 0.67, size * 0.14, size * 0.14));
    }

    private static void building(Graphics2D g, double x, double y, double s) {
        g.setColor(new Color(0xE7DFD0));
        g.fill(new Rectangle2D.Double(x + s * 0.15, y + s * 0.1, s * 0.7, s * 0.85));
        g.setColor(ON_PREMISES);
        g.draw(new Rectangle2D.Double(x + s * 0.15, y + s * 0.1, s * 0.7, s * 0.85));
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 2; col++) {
                g.fill(new Rectangle2D.Double(x + s * (0.27 + col * 0.28), y + s * (0.2 + row * 0.2), s * 0.16,
                        s * 0.11));
            }
        }
        g.fill(new Rectangle2D.Double(x + s * 0.42, y + s * 0.78, s * 0.16, s * 0.17));
    }

    private static void virtualNetwork(Graphics2D g, double x, double y, double s) {
        g.setColor(AZURE);
        Path2D.Double left = new Path2D.Double();
        left.moveTo(x + s * 0.28, y + s * 0.2);
        left.lineTo(x + s * 0.05, y + s * 0.5);
        left.lineTo(x + s * 0.28, y + s * 0.8);
        Path2D.Double right = new Path2D.Double();
        right.moveTo(x + s * 0.72, y + s * 0.2);
        right.lineTo(x + s * 0.95, y + s * 0.5);
        right.lineTo(x + s * 0.72, y + s * 0.8);
        g.setStroke(new BasicStroke((float) Math.max(1.2, s / 8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
        for (int i = 0; i < 3; i++) {
            double d = s * 0.13;
            g.fill(new Ellipse2D.Double(x + s * (0.3 + i * 0.2) - d / 2 + s * 0.0, y + s * 0.5 - d / 2, d, d));
        }
    }

    private static Path2D.Double cloudShape(double x, double y, double s) {
        Path2D.Double cloud = new Path2D.Double();
        double base = y + s * 0.78;
        cloud.moveTo(x + s * 0.2, base);
        cloud.curveTo(x - s * 0.02, base, x - s * 0.02, y + s * 0.45, x + s * 0.22, y + s * 0.47);
        cloud.curveTo(x + s * 0.22, y + s * 0.2, x + s * 0.55, y + s * 0.12, x + s * 0.64, y + s * 0.36);
        cloud.curveTo(x + s * 0.85, y + s * 0.3, x + s * 1.0, y + s * 0.5, x + s * 0.88, y + s * 0.6);
        cloud.curveTo(x + s * 1.02, y + s * 0.7, x + s * 0.95, base, x + s * 0.82, base);
        cloud.closePath();
        return cloud;
    }

    private static void cloud(Graphics2D g, double x, double y, double s, Color color) {
        Path2D.Double cloud = cloudShape(x, y, s);
        g.setColor(Color.WHITE);
        g.fill(cloud);
        g.setColor(color);
        g.draw(cloud);
    }

    private static void padlock(Graphics2D g, double x, double y, double s, Color color) {
        g.setColor(color);
        g.draw(new java.awt.geom.Arc2D.Double(x + s * 0.2, y, s * 0.6, s * 0.7, 0, 180, java.awt.geom.Arc2D.OPEN));
        g.fill(new RoundRectangle2D.Double(x, y + s * 0.35, s, s * 0.65, s * 0.2, s * 0.2));
    }

    private static void globe(Graphics2D g, double x, double y, double s) {
        double d = s * 0.86;
        double ox = x + (s - d) / 2;
        double oy = y + (s - d) / 2;
        g.setColor(new Color(0xE3F4E6));
        g.fill(new Ellipse2D.Double(ox, oy, d, d));
        g.setColor(INTERNET);
        g.draw(new Ellipse2D.Double(ox, oy, d, d));
        g.draw(new Ellipse2D.Double(ox + d * 0.28, oy, d * 0.44, d));
        g.draw(new Line2D.Double(ox, oy + d / 2, ox + d, oy + d / 2));
        g.draw(new Line2D.Double(ox + d / 2, oy, ox + d / 2, oy + d));
    }

    private static void cylinder(Graphics2D g, double x, double y, double w, double h) {
        double cap = h * 0.28;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(x, y + cap / 2);
        body.lineTo(x, y + h - cap / 2);
        body.curveTo(x, y + h + cap / 6, x + w, y + h + cap / 6, x + w, y + h - cap / 2);
        body.lineTo(x + w, y + cap / 2);
        body.closePath();
        g.setColor(new Color(0xDCE6F0));
        g.fill(body);
        g.fill(new Ellipse2D.Double(x, y, w, cap));
        g.setColor(STORE);
        g.draw(body);
        g.draw(new Ellipse2D.Double(x, y, w, cap));
    }

    private static void server(Graphics2D g, double x, double y, double s) {
        for (int i = 0; i < 2; i++) {
            var box = new RoundRectangle2D.Double(x + s * 0.1, y + s * (0.12 + i * 0.4), s * 0.8, s * 0.34, 3, 3);
            g.setColor(new Color(0xFFF4E0));
            g.fill(box);
            g.setColor(SELF_HOSTED);
            g.draw(box);
            double d = s * 0.1;
            g.fill(new Ellipse2D.Double(x + s * 0.22, y + s * (0.24 + i * 0.4), d, d));
            g.draw(new Line2D.Double(x + s * 0.45, y + s * (0.29 + i * 0.4), x + s * 0.78, y + s * (0.29 + i * 0.4)));
        }
    }

    private static void gear(Graphics2D g, double x, double y, double s) {
        double cx = x + s / 2;
        double cy = y + s / 2;
        Path2D.Double teeth = new Path2D.Double();
        int count = 8;
        for (int i = 0; i < count * 2; i++) {
            double angle = Math.PI * i / count;
            double r = (i % 2 == 0 ? 0.48 : 0.36) * s;
            double px = cx + r * Math.cos(angle);
            double py = cy + r * Math.sin(angle);
            if (i == 0) {
                teeth.moveTo(px, py);
            } else {
                teeth.lineTo(px, py);
            }
        }
        teeth.closePath();
        g.setColor(new Color(0xCFE3FA));
        g.fill(teeth);
        g.setColor(AZURE);
        g.draw(teeth);
        double d = s * 0.3;
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
        g.setColor(AZURE);
        g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
    }

    private static void factory(Graphics2D g, double x, double y, double s) {
        Path2D.Double shape = new Path2D.Double();
        double base = y + s * 0.92;
        shape.moveTo(x + s * 0.05, base);
        shape.lineTo(x + s * 0.05, y + s * 0.15);
        shape.lineTo(x + s * 0.22, y + s * 0.15);
        shape.lineTo(x + s * 0.22, y + s * 0.5);
        shape.lineTo(x + s * 0.46, y + s * 0.34);
        shape.lineTo(x + s * 0.46, y + s * 0.5);
        shape.lineTo(x + s * 0.7, y + s * 0.34);
        shape.lineTo(x + s * 0.7, y + s * 0.5);
        shape.lineTo(x + s * 0.95, y + s * 0.34);
        shape.lineTo(x + s * 0.95, base);
        shape.closePath();
        g.setColor(new Color(0xE4E7EB));
        g.fill(shape);
        g.setColor(FACTORY);
        g.draw(shape);
    }
}
