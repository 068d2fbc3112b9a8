package org.hybridplanner.export.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.export.text.DocumentFonts;

/**
 * A line of text as a PDF must draw it. PDF text is a row of glyphs, left to right, with no bidi algorithm and no
 * shaping, and PDFBox adds neither for Arabic or Hebrew: so a line with right-to-left text is first given Arabic's
 * joining forms (ICU {@link ArabicShaping}, to the presentation forms the first font has) and then reordered by the
 * Unicode bidi algorithm (ICU {@link Bidi}: paragraph direction from the first strong letter, first-strong
 * isolates around names, brackets mirrored). Text extractors such as PDFBox's turn the result back into logical
 * order and plain letters.
 */
final class VisualText {
    private VisualText() {
    }

    /** {@code logical} in the left-to-right order of its glyphs, without isolate marks. */
    static String visual(String logical) {
        if (!DisplayText.hasRightToLeft(logical)) {
            return DisplayText.withoutIsolates(logical);
        }
        Bidi bidi = new Bidi(shaped(logical), Bidi.LEVEL_DEFAULT_LTR);
        // ICU keeps isolate marks through REMOVE_BIDI_CONTROLS; the fonts have no glyph for them.
        return DisplayText.withoutIsolates(bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS));
    }

    /**
     * {@code logical} with Arabic letters in their joining forms, still in logical order; the text itself when it
     * has no Arabic or when a joining form is missing from every font (then the letters are drawn unjoined).
     */
    static String shaped(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
            for (int i = 0; i < shaped.length(); ) {
                int cp = shaped.codePointAt(i);
                if (cp >= 0xFB50 && cp <= 0xFEFF && !DocumentFonts.canDisplay(cp)) {
                    return logical;
                }
                i += Character.charCount(cp);
            }
            return shaped;
        } catch (ArabicShapingException e) {
            return logical;
        }
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF) {
                return true;
            }
        }
        return false;
    }
}
