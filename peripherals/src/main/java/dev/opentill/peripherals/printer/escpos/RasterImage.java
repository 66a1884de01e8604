package dev.opentill.peripherals.printer.escpos;

/**
 * A 1-bit image in printer raster order: rows top to bottom, 8 dots per byte, most significant bit
 * leftmost, bit set = black.
 */
public record RasterImage(int width, int height, byte[] bits) {

    public RasterImage {
        if (width <= 0 || height <= 0 || bits.length != bytesPerRow(width) * height) {
            throw new IllegalArgumentException(
                    "Raster " + width + "x" + height + " needs " + bytesPerRow(width) * height
                            + " bytes, got " + bits.length);
        }
    }

    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public int bytesPerRow() {
        return bytesPerRow(width);
    }

    public boolean black(int x, int y) {
        return (bits[y * bytesPerRow() + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** Builds a raster from a predicate over dots. */
    public static RasterImage of(int width, int height, DotSource source) {
        int bpr = bytesPerRow(width);
        byte[] bits = new byte[bpr * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (source.black(x, y)) {
                    bits[y * bpr + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new RasterImage(width, height, bits);
    }

    @FunctionalInterface
    public interface DotSource {
        boolean black(int x, int y);
    }
}
