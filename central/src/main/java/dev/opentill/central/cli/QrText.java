package dev.opentill.central.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn with block characters, two modules per character row, for a terminal: dark
 * modules are printed as spaces and light ones as blocks, so it scans on the usual light text on a
 * dark background, with a quiet zone of four modules.
 */
public final class QrText {
    private QrText() {
    }

    public static String render(String payload) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + payload.length() + " characters", e);
        }
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() ? m.get(x, y + 1) : false;
                // light = block: upper half block when only the top is light, lower half when only the bottom is.
                out.append(top ? bottom ? ' ' : '\u2584' : bottom ? '\u2580' : '\u2588');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
