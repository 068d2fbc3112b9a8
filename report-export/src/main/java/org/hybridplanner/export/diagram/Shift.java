package org.hybridplanner.export.diagram;

import java.util.List;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramLayout.Route;
import org.hybridplanner.export.diagram.SvgDiagramWriter.Look;

/**
 * Whether one drawn part is another moved as a whole: the same node or edge, texts and emphasis, every box and
 * point displaced by the same distance. Reads the part values {@link SvgDiagramWriter} compares.
 */
final class Shift {
    private static final double SAME = 1e-6;

    private Shift() {
    }

    /** The distance {@code after} is {@code before} moved by, or null when it changed otherwise (or not at all). */
    static Point between(Look before, Look after) {
        if (before.emphasis() != after.emphasis()) {
            return null;
        }
        Point by = shape(before.shape(), after.shape());
        if (by == null || (Math.abs(by.x()) < SAME && Math.abs(by.y()) < SAME)) {
            return null;
        }
        List<TextBox> textsBefore = before.texts();
        List<TextBox> textsAfter = after.texts();
        if (textsBefore.size() != textsAfter.size()) {
            return null;
        }
        for (int i = 0; i < textsBefore.size(); i++) {
            TextBox was = textsBefore.get(i);
            TextBox is = textsAfter.get(i);
            if (!was.text().equals(is.text()) || was.style() != is.style() || !was.owner().equals(is.owner())
                    || !same(by, was.bounds(), is.bounds())) {
                return null;
            }
        }
        return by;
    }

    private static Point shape(Object before, Object after) {
        if (before instanceof Placed a && after instanceof Placed b && a.node().equals(b.node())) {
            Point by = new Point(b.bounds().x() - a.bounds().x(), b.bounds().y() - a.bounds().y());
            return same(by, a.bounds(), b.bounds()) ? by : null;
        }
        if (before instanceof Route a && after instanceof Route b && a.edge().equals(b.edge())
                && a.points().size() == b.points().size() && !a.points().isEmpty()) {
            Point by = new Point(b.points().get(0).x() - a.points().get(0).x(),
                    b.points().get(0).y() - a.points().get(0).y());
            for (int i = 0; i < a.points().size(); i++) {
                if (!near(a.points().get(i).x() + by.x(), b.points().get(i).x())
                        || !near(a.points().get(i).y() + by.y(), b.points().get(i).y())) {
                    return null;
                }
            }
            return by;
        }
        return null;
    }

    private static boolean same(Point by, Box a, Box b) {
        return near(a.x() + by.x(), b.x()) && near(a.y() + by.y(), b.y()) && near(a.width(), b.width())
                && near(a.height(), b.height());
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < SAME;
    }
}
