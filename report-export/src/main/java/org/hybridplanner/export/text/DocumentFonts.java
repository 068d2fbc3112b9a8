package org.hybridplanner.export.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fonts every export draws with: a fallback chain of TrueType faces shipped in this module's resources, so that
 * SVG, PNG and PDF measure and draw the same glyphs on any machine, with nothing installed or downloaded.
 * <ol>
 * <li>DejaVu Sans regular and bold (Bitstream Vera licence): Latin, Greek, Cyrillic, Arabic (with its joining
 * forms), Hebrew and many symbols;</li>
 * <li>Noto Sans Thai and Noto Sans Devanagari regular and bold (SIL Open Font License 1.1);</li>
 * <li>WenQuanYi Micro Hei (Apache License 2.0), split by {@code bin/make-cjk-font-subsets.py} into three files
 * under 2 MB: Han ideographs in two parts, and kana, Hangul and CJK punctuation. It has no bold face: bold is
 * drawn by thickening the regular one.</li>
 * </ol>
 * A character is drawn from the first face that has it; {@link DisplayText#renderable} shows a character that no
 * face has as its code point, {@code [U+1F680]}.
 */
public final class DocumentFonts {
    /**
     * The font-family list SVG output asks for: the chain's families, then fonts viewers commonly have for the same
     * scripts, then the generic family. Viewers pick a glyph per character from this list.
     */
    public static final String FAMILY_LIST = "DejaVu Sans, Noto Sans, Noto Sans Thai, Noto Sans Devanagari, "
            + "WenQuanYi Micro Hei, Noto Sans CJK JP, Verdana, sans-serif";
    private static final String DIRECTORY = "/org/hybridplanner/export/fonts/";
    private static final List<Face> FACES = List.of(
            new Face("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
            new Face("Noto Sans Thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
            new Face("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
            new Face("WenQuanYi Micro Hei", "WenQuanYiMicroHei-Han1.ttf", null),
            new Face("WenQuanYi Micro Hei", "WenQuanYiMicroHei-Han2.ttf", null),
            new Face("WenQuanYi Micro Hei", "WenQuanYiMicroHei-KanaHangul.ttf", null));
    /** The face index of each Basic Multilingual Plane character plus one, 0 until looked up. */
    private static final byte[] BMP_FACES = new byte[0x10000];
    private static final byte NONE = (byte) (FACES.size() + 1);

    private DocumentFonts() {
    }

    /**
     * One face of the chain: its regular TrueType file and its bold one (or none, see {@link #syntheticBold}), and
     * their AWT fonts at 1 pt, read when first asked for. Text in one script reads only the faces it needs: a Latin
     * design never reads the Thai, Devanagari or CJK files (3.9 MB), and a command-line export starts sooner.
     */
    public static final class Face {
        private final String family;
        private final String regularResource;
        private final String boldResource;
        private volatile Fonts fonts;

        Face(String family, String regularFile, String boldFile) {
            this.family = family;
            this.regularResource = DIRECTORY + regularFile;
            this.boldResource = boldFile == null ? null : DIRECTORY + boldFile;
        }

        /** The regular and bold AWT fonts of a face, read together. */
        private record Fonts(Font regular, Font bold) {
        }

        private Fonts fonts() {
            Fonts loaded = fonts;
            if (loaded == null) {
                synchronized (this) {
                    loaded = fonts;
                    if (loaded == null) {
                        Font regular = DocumentFonts.load(regularResource);
                        // A bold file loads with a plain style; marking it bold changes no glyph or width, but lets
                        // SVG output say font-weight: bold, so that viewers drawing with their own fonts draw titles
                        // bold too.
                        Font bold = (boldResource == null ? regular : DocumentFonts.load(boldResource))
                                .deriveFont(Font.BOLD);
                        loaded = new Fonts(regular, bold);
                        fonts = loaded;
                    }
                }
            }
            return loaded;
        }

        /** True once the face's files have been read. */
        boolean isLoaded() {
            return fonts != null;
        }

        /** The family name viewers know it by. */
        public String family() {
            return family;
        }

        /** The regular TrueType file, a resource name. */
        public String regularResource() {
            return regularResource;
        }

        /** The bold TrueType file, a resource name, or null when bold is synthesised. */
        public String boldResource() {
            return boldResource;
        }

        /** The regular face at 1 pt. */
        public Font regular() {
            return fonts().regular();
        }

        /** The bold face at 1 pt (the regular face with a bold style when synthesised). */
        public Font bold() {
            return fonts().bold();
        }

        /** This face at {@code size} points. */
        public Font font(boolean boldStyle, float size) {
            return boldStyle ? bold().deriveFont(size) : regular().deriveFont(size);
        }

        /** True when bold text of this face must be thickened by the renderer (there is no bold file). */
        public boolean syntheticBold(boolean boldStyle) {
            return boldStyle && boldResource == null;
        }

        /** A fresh stream of the TrueType file of the style, for embedding in a PDF. */
        public InputStream trueType(boolean boldStyle) {
            return open(boldStyle && boldResource != null ? boldResource : regularResource);
        }

        public boolean canDisplay(int codePoint) {
            return regular().canDisplay(codePoint);
        }
    }

    /** The chain, first face first. A face reads its files when its fonts are first asked for. */
    public static List<Face> faces() {
        return FACES;
    }

    /** The regular face at the given size in points. */
    public static Font regular(float size) {
        return FACES.get(0).font(false, size);
    }

    /** The bold face at the given size in points. */
    public static Font bold(float size) {
        return FACES.get(0).font(true, size);
    }

    /** True when some face of the chain has a glyph for the code point. */
    public static boolean canDisplay(int codePoint) {
        return faceOf(codePoint) >= 0;
    }

    /** The index in {@link #faces()} of the first face that has the code point, or -1 when none has. */
    public static int faceOf(int codePoint) {
        if (codePoint < BMP_FACES.length) {
            byte known = BMP_FACES[codePoint];
            if (known == 0) {
                // A benign race: every thread computes the same answer.
                known = (byte) (search(codePoint) + 1);
                BMP_FACES[codePoint] = known;
            }
            return known == NONE ? -1 : known - 1;
        }
        int face = search(codePoint);
        return face == FACES.size() ? -1 : face;
    }

    private static int search(int codePoint) {
        for (int i = 0; i < FACES.size(); i++) {
            if (FACES.get(i).canDisplay(codePoint)) {
                return i;
            }
        }
        return FACES.size();
    }

    /**
     * The face whose AWT font (regular or bold, any size) has the given font name. Only faces already read are
     * candidates: a font of a face exists only once the face has been read, and asking must not read the others.
     */
    public static Optional<Face> byFontName(String fontName) {
        return FACES.stream().filter(Face::isLoaded).filter(face -> face.regular().getFontName().equals(fontName)
                || face.bold().getFontName().equals(fontName)).findFirst();
    }

    /** The faces whose files have been read so far, for tests of what a text needs. */
    static List<Face> loadedFaces() {
        return FACES.stream().filter(Face::isLoaded).toList();
    }

    /**
     * Splits {@code text} into runs that one face draws. Marks, joiners and variation selectors stay in the run of
     * the character they belong to, so that a face shapes its cluster whole; a character no face has goes with its
     * neighbours (callers pass text made {@link DisplayText#renderable} first).
     */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        int face = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int own = faceOf(cp);
            boolean attached = own < 0 || face >= 0 && (cp == ' ' || isClusterContinuation(cp))
                    && (FACES.get(face).canDisplay(cp) || Character.getType(cp) == Character.FORMAT);
            if (face < 0) {
                face = Math.max(0, own);
            } else if (!attached && own != face) {
                runs.add(new Run(text.substring(start, i), face));
                start = i;
                face = own;
            }
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), Math.max(0, face)));
        }
        return runs;
    }

    /** True when every character of {@code text} is drawn by the first face (no fallback needed). */
    public static boolean firstFaceOnly(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x250 && faceOf(cp) > 0) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * {@code text} with the font of each run set ({@link TextAttribute#FONT}), for Java2D to draw or measure: a
     * {@code TextLayout} over it applies bidi reordering and shaping across the runs.
     */
    public static AttributedString attributed(String text, boolean bold, float size) {
        AttributedString attributed = new AttributedString(text);
        int offset = 0;
        for (Run run : runs(text)) {
            if (!run.text().isEmpty()) {
                attributed.addAttribute(TextAttribute.FONT, FACES.get(run.face()).font(bold, size), offset,
                        offset + run.text().length());
            }
            offset += run.text().length();
        }
        return attributed;
    }

    /**
     * A stretch of text that one face draws.
     *
     * @param text the characters, in the order given
     * @param face the index of the face in {@link #faces()}
     */
    public record Run(String text, int face) {
    }

    private static boolean isClusterContinuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200C || cp == 0x200D
                || cp >= 0xFE00 && cp <= 0xFE0F;
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
