package org.hybridplanner.export.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hybridplanner.model.NameRule;

/**
 * Turns user-supplied names into text that is safe and honest to draw: bidirectional control characters (which
 * could make a label read differently from what it contains, as U+202E does) become a visible {@code [U+202E]},
 * other control characters become spaces, and a character that no font of {@link DocumentFonts} has is shown as its
 * code point ({@code [U+1F680]}), never as a silent U+FFFD. The bidi controls are the set of the plan's name rule
 * ({@link NameRule#isBidiControl}), which a validated plan's names never contain; exporters can also be handed plans
 * built in memory, so the drawn text is made safe all the same. The one bidi control kept is the first-strong
 * isolate pair that {@link #isolate} puts around a name inside a longer text. Fitting helpers shorten with an
 * ellipsis or wrap to a width.
 */
public final class DisplayText {
    public static final String ELLIPSIS = "…";
    /** FIRST STRONG ISOLATE: starts a run laid out in its own direction, apart from the text around it. */
    public static final char ISOLATE_START = '\u2068';
    /** POP DIRECTIONAL ISOLATE: ends the run {@link #ISOLATE_START} began. */
    public static final char ISOLATE_END = '\u2069';

    private DisplayText() {
    }

    /**
     * Makes {@code raw} printable: bidi controls shown as {@code [U+XXXX]}, other controls as spaces. Balanced
     * first-strong isolate pairs with nothing but printable text inside stay: they only keep a run apart from its
     * surroundings, and are what {@link #isolate} adds.
     */
    public static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        boolean[] keep = balancedIsolates(raw);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (NameRule.isBidiControl(cp) && !keep[i]) {
                out.append(codePoint(cp));
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * {@code raw} made {@link #printable} and wrapped in a first-strong isolate, for a name set inside a longer
     * text: a right-to-left name then reads right to left without reordering the words, numbers and punctuation
     * around it ("Flow f1: <name> → <name>").
     */
    public static String isolate(String raw) {
        return ISOLATE_START + printable(raw) + ISOLATE_END;
    }

    /** {@link #printable} and then every character no font of the chain has shown as {@code [U+XXXX]}. */
    public static String renderable(String raw) {
        String printable = printable(raw);
        StringBuilder out = null;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            // Printable Latin is always in the first font: skip the font lookup for the common case.
            boolean drawable = cp >= 0x20 && cp < 0x250 || cp == ISOLATE_START || cp == ISOLATE_END
                    || DocumentFonts.canDisplay(cp) || Character.getType(cp) == Character.FORMAT && cp != 0xFEFF;
            if (!drawable && out == null) {
                out = new StringBuilder(printable.length() + 16).append(printable, 0, i);
            }
            if (out != null) {
                if (drawable) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(codePoint(cp));
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? printable : out.toString();
    }

    /** True when {@code text} holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...). */
    public static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF
                    || Character.isHighSurrogate(c) && i + 1 < text.length() && isRightToLeft(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without the isolate marks of {@link #isolate}, for outputs that cannot use them. */
    public static String withoutIsolates(String text) {
        // A wrapped or shortened line may hold one mark of a pair.
        return text.indexOf(ISOLATE_START) < 0 && text.indexOf(ISOLATE_END) < 0 ? text
                : text.replace(String.valueOf(ISOLATE_START), "").replace(String.valueOf(ISOLATE_END), "");
    }

    private static boolean isRightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String codePoint(int cp) {
        return String.format("[U+%04X]", cp);
    }

    /** Marks the first-strong isolates and their terminators that pair up with nothing else in between. */
    private static boolean[] balancedIsolates(String raw) {
        boolean[] keep = new boolean[raw.length()];
        if (raw.indexOf(ISOLATE_START) < 0) {
            return keep;
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ISOLATE_START) {
                open.push(i);
            } else if (c == ISOLATE_END && !open.isEmpty()) {
                int start = open.pop();
                keep[start] = true;
                keep[i] = true;
            } else if (NameRule.isBidiControl(c)) {
                // Any other control inside makes the enclosing isolates suspect: show them all.
                open.clear();
            }
        }
        return keep;
    }

    /**
     * The longest prefix of {@code text} that, followed by an ellipsis, fits {@code maxWidth}; {@code text} itself
     * when it fits.
     */
    public static String fit(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        int low = 0;
        int high = cps.length;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width.applyAsDouble(prefix(cps, mid) + ELLIPSIS) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? ELLIPSIS : prefix(cps, low).stripTrailing() + ELLIPSIS;
    }

    /**
     * Wraps {@code text} into lines no wider than {@code maxWidth}, breaking at spaces and inside words that are too
     * long on their own; at most {@code maxLines} lines, the last shortened with an ellipsis when text remains.
     */
    public static List<String> wrap(String text, double maxWidth, int maxLines, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(rest, maxWidth, width));
                return lines;
            }
            int end = breakPoint(rest, maxWidth, width);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static int breakPoint(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text.length();
        }
        int fits = 0;
        int low = 1;
        int high = text.length();
        while (low <= high) {
            int mid = (low + high) / 2;
            if (Character.isLowSurrogate(text.charAt(mid - 1)) || mid < text.length()
                    && Character.isLowSurrogate(text.charAt(mid))) {
                mid = Math.min(text.length(), mid + 1);
            }
            if (width.applyAsDouble(text.substring(0, mid)) <= maxWidth) {
                fits = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (fits == 0) {
            return Character.charCount(text.codePointAt(0));
        }
        int space = text.lastIndexOf(' ', fits);
        if (space > 0) {
            return space + 1;
        }
        // One long word: a host name, URL or id. Break after its last separator that fits ("database." /
        // "windows.net"), so a reader can still copy it piece by piece; mid-word only when there is none.
        for (int end = fits; end > 1; end--) {
            if (BREAK_AFTER.indexOf(text.charAt(end - 1)) >= 0) {
                return end;
            }
        }
        return fits;
    }

    /** Characters a long word may break after, in host names, URLs, paths and ids. */
    private static final String BREAK_AFTER = ".-/_,:;";

    private static String prefix(int[] cps, int count) {
        return new String(cps, 0, count);
    }
}
