package org.hybridplanner.export.diagram;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the diagram as a PNG at twice its size for crisp text, scaled down for very large diagrams so the image
 * stays under {@link #MAX_PIXELS}. The file is encoded by {@link PngEncoder}, on all cores.
 */
public final class PngDiagramWriter {
    /** Largest image written, in pixels (about 100 MB of ARGB while drawing). */
    static final double MAX_PIXELS = 25_000_000;
    private final DiagramPainter painter = new DiagramPainter();

    public void write(DiagramLayout layout, OutputStream out) throws IOException {
        double scale = Math.min(2.0, Math.sqrt(MAX_PIXELS / (layout.width() * layout.height())));
        int width = Math.max(1, (int) Math.ceil(layout.width() * scale));
        int height = Math.max(1, (int) Math.ceil(layout.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            painter.paint(g, layout);
        } finally {
            g.dispose();
        }
        PngEncoder.write(image, out);
    }
}
