package org.hybridplanner.export.diagram;

import java.util.List;

/**
 * How a drawing on the planner's canvas becomes the next one ({@link SvgDiagramWriter#update}): either the whole SVG
 * document, or the parts (groups named by {@link SvgDiagramWriter#PART}) removed and the parts added or changed,
 * each with the part it follows in painting order, and the parts that only moved, each with how far (a zone dragged
 * carries its stores: they need not be drawn again).
 *
 * @param width the new drawing's width
 * @param height the new drawing's height
 * @param document the whole SVG document; null when the update is made of parts
 * @param removed ids of the parts to remove
 * @param parts the parts to put in, in painting order
 * @param shifted the parts drawn as before, only moved by a distance
 */
public record SvgUpdate(double width, double height, String document, List<String> removed, List<Part> parts,
        List<Shift> shifted) {
    public SvgUpdate {
        removed = List.copyOf(removed);
        parts = List.copyOf(parts);
        shifted = List.copyOf(shifted);
    }

    /** A part that looks as before, moved by (dx, dy) from where it was last drawn or moved. */
    public record Shift(String id, double dx, double dy) {
    }

    /** A part drawn again or for the first time: it replaces the part with its id, or goes after {@code follows}. */
    public record Part(String id, String follows, String markup) {
    }

    static SvgUpdate whole(double width, double height, String document) {
        return new SvgUpdate(width, height, document, List.of(), List.of(), List.of());
    }

    static SvgUpdate parts(double width, double height, List<String> removed, List<Part> parts,
            List<Shift> shifted) {
        return new SvgUpdate(width, height, null, removed, parts, shifted);
    }

    /** Whether this is the whole drawing rather than parts of it. */
    public boolean isWhole() {
        return document != null;
    }

    /** The ids of the parts drawn again or for the first time. */
    public List<String> drawn() {
        return parts.stream().map(Part::id).toList();
    }
}
