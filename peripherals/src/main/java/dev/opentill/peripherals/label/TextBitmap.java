package dev.opentill.peripherals.label;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws one line of text as a TSPL bitmap for printers without a Chinese font: 24 dots high, the
 * width rounded up to whole bytes, one bit per dot, rows top to bottom, a 0 bit printing black (TSPL's
 * convention). Uses the till's own sans-serif font, which must cover Chinese (Debian: fonts-noto-cjk).
 */
public record TextBitmap(int widthBytes, int height, byte[] data) {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 22);

    public static TextBitmap of(String text, int maxWidthDots) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(FONT);
        int width = Math.max(8, Math.min(maxWidthDots, fm.stringWidth(text)));
        pg.dispose();
        int widthBytes = (width + 7) / 8;
        int height = Tspl.LINE;
        BufferedImage img = new BufferedImage(widthBytes * 8, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), height);
        g.setColor(Color.BLACK);
        g.setFont(FONT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.drawString(text, 0, fm.getAscent() - (fm.getAscent() + fm.getDescent() - height) / 2);
        g.dispose();
        byte[] data = new byte[widthBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < widthBytes * 8; x++) {
                boolean black = (img.getRGB(x, y) & 0xFFFFFF) == 0;
                if (!black) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new TextBitmap(widthBytes, height, data);
    }

    /** Whether the dot at (x, y) prints. */
    public boolean black(int x, int y) {
        return (data[y * widthBytes + x / 8] & (0x80 >> (x % 8))) == 0;
    }
}
