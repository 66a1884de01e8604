package dev.opentill.peripherals.printer.escpos;

/**
 * Printed width of text in columns: CJK ideographs, kana, hangul and full-width forms take two
 * columns, everything else one, so Chinese item names and prices still line up.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    public static int of(int cp) {
        return isWide(cp) ? 2 : 1;
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code columns}; never splits a wide character. */
    public static String fit(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    public static String padRight(String s, int columns) {
        String f = fit(s, columns);
        return f + " ".repeat(columns - of(f));
    }

    public static String padLeft(String s, int columns) {
        String f = fit(s, columns);
        return " ".repeat(columns - of(f)) + f;
    }

    /** {@code left} and {@code right} on one line of {@code columns}, the left side cut if both do not fit. */
    public static String twoColumns(String left, String right, int columns) {
        int rw = of(right);
        if (rw >= columns) {
            return fit(right, columns);
        }
        int room = columns - rw - 1;
        String l = fit(left, Math.max(0, room));
        return l + " ".repeat(columns - of(l) - rw) + right;
    }

    public static String center(String s, int columns) {
        String f = fit(s, columns);
        int pad = (columns - of(f)) / 2;
        return " ".repeat(pad) + f;
    }
}
