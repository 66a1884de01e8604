package dev.opentill.peripherals.display;

import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.TextWidth;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Fits text to one display line and encodes it: GB18030 for CJK displays, ASCII otherwise. */
public final class DisplayText {
    private DisplayText() {
    }

    /** ASCII version of any text: accents dropped, CJK and other scripts removed, spaces squeezed. */
    public static String ascii(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && TextWidth.isWide(c)) {
                sb.append(' ');
            }
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Exactly {@code columns} wide, encoded for the display. */
    public static byte[] line(String text, boolean cjk, int columns) {
        String t = cjk || text.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? text : ascii(text);
        String padded = TextWidth.padRight(t, columns);
        return padded.getBytes(cjk ? EscPosBuilder.GB18030 : StandardCharsets.US_ASCII);
    }
}
