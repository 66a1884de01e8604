package dev.opentill.peripherals.sim;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One printed label as a TSPL interpreter saw it: its size in dots, the texts with their place,
 * font and scale, the QR codes with their content, the bitmaps' places, and the whole label drawn
 * as an image (QR codes decodable from it).
 */
public record LabelImage(int width, int height, List<Text> texts, List<Qr> qrCodes, List<Bitmap> bitmaps,
        BufferedImage image) {

    public record Text(int x, int y, String font, int scale, String text) {
    }

    public record Qr(int x, int y, int cell, String content) {
    }

    public record Bitmap(int x, int y, int widthBytes, int height, byte[] data) {
    }

    /** The texts top to bottom, left to right, each as it reads. */
    public List<String> lines() {
        return texts.stream()
                .sorted((a, b) -> a.y() != b.y() ? Integer.compare(a.y(), b.y()) : Integer.compare(a.x(), b.x()))
                .map(Text::text).toList();
    }
}
