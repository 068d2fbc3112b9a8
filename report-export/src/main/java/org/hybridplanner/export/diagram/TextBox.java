package org.hybridplanner.export.diagram;

/**
 * One piece of text the renderer draws, already made printable and fitted: it lies within {@code bounds}, and
 * boxes of boxed styles include their padding.
 *
 * @param text what to draw
 * @param bounds where
 * @param style how
 * @param owner the id of the node, zone or edge it labels; empty for titles and the legend
 */
public record TextBox(String text, Box bounds, TextStyle style, String owner) {
}
