package dev.opentill.peripherals.label;

import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/**
 * A TSPL label printer's settings: label size and gap in millimetres (40 x 30 mm with a 2 mm gap by
 * default), resolution in dots per millimetre (8 at 203 dpi, 12 at 300 dpi), how Chinese is printed
 * ({@link ChineseText}), whether labels carry a QR code, and the status and time limits.
 */
public record LabelConfig(
        String name, int widthMm, int heightMm, int gapMm, int dotsPerMm, ChineseText chinese, boolean qr,
        boolean statusReplies, Duration pollInterval, Duration replyTimeout, Duration printTimeout) {

    /** How Chinese text reaches the label. */
    public enum ChineseText {
        /** The printer's built-in simplified-Chinese font {@code TSS24.BF2}, text sent as GB18030. */
        PRINTER_FONT,
        /** Drawn on the till as a bitmap: for printers without the Chinese font. */
        BITMAP
    }

    public LabelConfig {
        if (name == null || name.isBlank()) {
            throw new DeviceConfigException("Label printer needs a name");
        }
        if (widthMm < 20 || widthMm > 120 || heightMm < 15 || heightMm > 200) {
            throw new DeviceConfigException(
                    "Label size " + widthMm + " x " + heightMm + " mm is outside 20-120 x 15-200 mm");
        }
        if (gapMm < 0 || gapMm > 10) {
            throw new DeviceConfigException("Label gap " + gapMm + " mm is outside 0-10 mm");
        }
        if (dotsPerMm != 8 && dotsPerMm != 12) {
            throw new DeviceConfigException("Label printers print 8 (203 dpi) or 12 (300 dpi) dots per mm, not "
                    + dotsPerMm);
        }
        if (chinese == null) {
            throw new DeviceConfigException("Say how the label printer prints Chinese: PRINTER_FONT or BITMAP");
        }
    }

    /** 40 x 30 mm labels at 203 dpi with the printer's Chinese font and a QR code. */
    public static LabelConfig defaults(String name) {
        return new LabelConfig(name, 40, 30, 2, 8, ChineseText.PRINTER_FONT, true, true, Duration.ofSeconds(2),
                Duration.ofMillis(800), Duration.ofSeconds(10));
    }

    public LabelConfig withSize(int width, int height) {
        return new LabelConfig(name, width, height, gapMm, dotsPerMm, chinese, qr, statusReplies, pollInterval,
                replyTimeout, printTimeout);
    }

    public LabelConfig withChinese(ChineseText how) {
        return new LabelConfig(name, widthMm, heightMm, gapMm, dotsPerMm, how, qr, statusReplies, pollInterval,
                replyTimeout, printTimeout);
    }

    public LabelConfig withQr(boolean on) {
        return new LabelConfig(name, widthMm, heightMm, gapMm, dotsPerMm, chinese, on, statusReplies, pollInterval,
                replyTimeout, printTimeout);
    }

    public LabelConfig withStatusReplies(boolean on) {
        return new LabelConfig(name, widthMm, heightMm, gapMm, dotsPerMm, chinese, qr, on, pollInterval,
                replyTimeout, printTimeout);
    }

    public int widthDots() {
        return widthMm * dotsPerMm;
    }

    public int heightDots() {
        return heightMm * dotsPerMm;
    }
}
