package org.hybridplanner.export.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every export draws with: DejaVu Sans regular and bold, shipped in this module's resources (Bitstream
 * Vera licence, see {@code fonts/DejaVu-LICENSE.txt}). One font for SVG, PNG and PDF keeps measured text widths
 * identical in every target, and its Latin, Greek, Cyrillic, Arabic and Hebrew coverage lets plan names in those
 * scripts render. Characters it lacks (CJK, emoji) are replaced by {@link DisplayText#renderable}.
 */
public final class DocumentFonts {
    /** The family name that SVG output asks for; viewers without it fall back to a sans-serif font. */
    public static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR_RESOURCE = "/org/hybridplanner/export/fonts/DejaVuSans.ttf";
    private static final String BOLD_RESOURCE = "/org/hybridplanner/export/fonts/DejaVuSans-Bold.ttf";
    private static final Font REGULAR = load(REGULAR_RESOURCE);
    private static final Font BOLD = load(BOLD_RESOURCE);

    private DocumentFonts() {
    }

    /** The regular face at the given size in points. */
    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    /** The bold face at the given size in points. */
    public static Font bold(float size) {
        return BOLD.deriveFont(Font.PLAIN, size);
    }

    /** True when the shipped font has a glyph for the code point. */
    public static boolean canDisplay(int codePoint) {
        return REGULAR.canDisplay(codePoint);
    }

    /** A fresh stream of the regular TrueType file, for embedding in a PDF. */
    public static InputStream regularTrueType() {
        return open(REGULAR_RESOURCE);
    }

    /** A fresh stream of the bold TrueType file, for embedding in a PDF. */
    public static InputStream boldTrueType() {
        return open(BOLD_RESOURCE);
    }

    private static InputStream open(String resource) {
        InputStream in = DocumentFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font resource missing: " + resource);
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}
