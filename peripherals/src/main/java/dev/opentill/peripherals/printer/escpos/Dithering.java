package dev.opentill.peripherals.printer.escpos;

import java.awt.Image;
import java.awt.image.BufferedImage;

/** Turns an image into a printable 1-bit raster with Floyd-Steinberg error diffusion, scaled down to fit the paper. */
public final class Dithering {
    private Dithering() {
    }

    /** Error-diffusion dithering of any image after auto-levels, transparent pixels treated as white paper. */
    public static RasterImage dither(BufferedImage source, int maxWidth) {
        BufferedImage img = source;
        if (img.getWidth() > maxWidth) {
            int h = Math.max(1, img.getHeight() * maxWidth / img.getWidth());
            BufferedImage scaled = new BufferedImage(maxWidth, h, BufferedImage.TYPE_INT_ARGB);
            scaled.getGraphics().drawImage(img.getScaledInstance(maxWidth, h, Image.SCALE_SMOOTH), 0, 0, null);
            img = scaled;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        float[] lum = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                float a = ((argb >>> 24) & 0xFF) / 255f;
                float l = 0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF) + 0.114f * (argb & 0xFF);
                lum[y * w + x] = l * a + 255f * (1 - a);
            }
        }
        stretch(lum);
        boolean[] black = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float old = lum[i];
                float chosen = old < 128 ? 0 : 255;
                black[i] = chosen == 0;
                float err = old - chosen;
                if (x + 1 < w) {
                    lum[i + 1] += err * 7 / 16;
                }
                if (y + 1 < h) {
                    if (x > 0) {
                        lum[i + w - 1] += err * 3 / 16;
                    }
                    lum[i + w] += err * 5 / 16;
                    if (x + 1 < w) {
                        lum[i + w + 1] += err * 1 / 16;
                    }
                }
            }
        }
        return RasterImage.of(w, h, (x, y) -> black[y * w + x]);
    }

    /**
     * Auto-levels: the darkest tone becomes black and the lightest paper white, so a dark-grey logo on
     * off-white prints solid instead of as a dot pattern (a thermal head has no grey).
     */
    private static void stretch(float[] lum) {
        float min = 255;
        float max = 0;
        for (float l : lum) {
            min = Math.min(min, l);
            max = Math.max(max, l);
        }
        if (max - min < 32) {
            return; // a flat image: stretching would turn noise into contrast
        }
        float scale = 255f / (max - min);
        for (int i = 0; i < lum.length; i++) {
            lum[i] = (lum[i] - min) * scale;
        }
    }
}
