package org.hybridplanner.export.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Turns user-supplied names into text that is safe and honest to draw: bidirectional control characters (which
 * could make a label read differently from what it contains, as U+202E does) become a visible {@code [U+202E]},
 * other control characters become spaces, and characters the shipped font lacks become U+FFFD rather than
 * crashing a PDF font encoder. Fitting helpers shorten with an ellipsis or wrap to a width.
 */
public final class DisplayText {
    /** What a character the font cannot draw is replaced with. */
    public static final String PLACEHOLDER = "\uFFFD";
    public static final String ELLIPSIS = "…";

    private DisplayText() {
    }

    /** Makes {@code raw} printable: bidi controls shown as {@code [U+XXXX]}, other controls as spaces. */
    public static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (isBidiControl(cp)) {
                out.append(String.format("[U+%04X]", cp));
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@link #printable} and then every character the shipped font lacks replaced by {@link #PLACEHOLDER}. */
    public static String renderable(String raw) {
        String printable = printable(raw);
        StringBuilder out = new StringBuilder(printable.length());
        printable.codePoints().forEach(cp -> {
            // Printable Latin is always in the font: skip the font lookup for the common case.
            if (cp >= 0x20 && cp < 0x250 || DocumentFonts.canDisplay(cp)
                    || Character.getType(cp) == Character.FORMAT && cp != 0xFEFF) {
                out.appendCodePoint(cp);
            } else {
                out.append(PLACEHOLDER);
            }
        });
        return out.toString();
    }

    /** True for the Unicode bidirectional embedding, override, isolate and mark characters. */
    public static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
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
