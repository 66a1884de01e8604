package dev.opentill.peripherals.printer.escpos;

/**
 * What the encoder may send to one printer: its code page and Chinese font, whether it draws QR
 * codes (GS ( k) and CODE128 (GS k 73) itself or needs them as raster images, the dots of a line,
 * and the module widths its GS w accepts.
 */
public record Capabilities(CodePage codePage, ChineseFont chinese, boolean nativeQr, boolean nativeCode128,
        int dotsPerLine, int minModule, int maxModule) {

    public Glyphs glyphs() {
        return Glyphs.of(codePage, chinese);
    }
}
