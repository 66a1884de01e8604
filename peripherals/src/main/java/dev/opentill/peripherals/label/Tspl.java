package dev.opentill.peripherals.label;

/**
 * TSPL (TSC printer language) as the label printer and its interpreter use it: text commands
 * ended by CR LF, coordinates in dots from the label's top left corner.
 */
public final class Tspl {
    /** Ends every command. */
    public static final String EOL = "\r\n";
    /** The printer's built-in simplified-Chinese font: 24 x 24 dots, 12 dots for ASCII; text in GB18030. */
    public static final String CHINESE_FONT = "TSS24.BF2";
    /** A built-in ASCII font of 16 x 24 dots. */
    public static final String ASCII_FONT = "3";
    /** {@code ESC ! ?}: the printer answers at once with one status byte, even while printing. */
    public static final byte[] STATUS_QUERY = {0x1B, '!', '?'};

    /** Status byte bits (0 means ready). */
    public static final int STATUS_HEAD_OPEN = 0x01;
    public static final int STATUS_PAPER_JAM = 0x02;
    public static final int STATUS_PAPER_OUT = 0x04;
    public static final int STATUS_RIBBON_OUT = 0x08;
    public static final int STATUS_PAUSED = 0x10;
    public static final int STATUS_PRINTING = 0x20;
    public static final int STATUS_OTHER_ERROR = 0x80;

    /** Dots per character of {@link #CHINESE_FONT}: a CJK character is two cells. */
    public static final int CELL = 12;
    public static final int LINE = 24;

    private Tspl() {
    }

    /** A TSPL string literal: quotes written as {@code \["]}, control characters dropped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append("\\[\"]");
            } else if (c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Width in cells of {@link #CHINESE_FONT}: two for any non-ASCII character (GB18030 double byte), one for ASCII. */
    public static int cells(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) > 0x7E ? 2 : 1;
        }
        return n;
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
