package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.RasterImage;
import dev.opentill.peripherals.printer.escpos.TextWidth;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws simulated paper rows as an image the width of the printer's dots, and as text. */
public final class PaperRenderer {
    private static final int LINE_HEIGHT = 24;

    private PaperRenderer() {
    }

    public static String text(List<PaperRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (PaperRow r : rows) {
            if (r instanceof PaperRow.TextRow t) {
                sb.append(t.text().stripTrailing()).append('\n');
            } else if (r instanceof PaperRow.ImageRow i) {
                sb.append(i.content() == null ? "[image]" : "[" + i.kind() + " " + i.content() + "]").append('\n');
            } else if (r instanceof PaperRow.CutRow) {
                sb.append("~~~ cut ~~~\n");
            }
        }
        return sb.toString();
    }

    public static BufferedImage image(List<PaperRow> rows, int dots, int columns) {
        int height = 8;
        for (PaperRow r : rows) {
            height += r instanceof PaperRow.ImageRow i ? i.image().height() + 4 : LINE_HEIGHT * (large(r) ? 2 : 1);
        }
        BufferedImage img = new BufferedImage(dots, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, dots, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        int cell = dots / columns;
        int y = 4;
        for (PaperRow r : rows) {
            if (r instanceof PaperRow.ImageRow i) {
                RasterImage ri = i.image();
                int x0 = offset(i.align(), ri.width(), dots);
                for (int yy = 0; yy < ri.height(); yy++) {
                    for (int xx = 0; xx < ri.width() && x0 + xx < dots; xx++) {
                        img.setRGB(x0 + xx, y + yy, ri.black(xx, yy) ? 0xFF000000 : 0xFFFFFFFF);
                    }
                }
                y += ri.height() + 4;
            } else if (r instanceof PaperRow.TextRow t) {
                int scale = t.large() ? 2 : 1;
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.MONOSPACED, t.bold() ? Font.BOLD : Font.PLAIN, 20 * scale));
                int x = 0;
                int x0 = offset(t.align(), TextWidth.of(t.text()) * cell * scale, dots);
                for (int k = 0; k < t.text().length();) {
                    int cp = t.text().codePointAt(k);
                    g.drawString(new String(Character.toChars(cp)), x0 + x, y + 19 * scale);
                    x += TextWidth.of(cp) * cell * scale;
                    k += Character.charCount(cp);
                }
                y += LINE_HEIGHT * scale;
            } else {
                g.setColor(Color.GRAY);
                for (int x = 0; x < dots; x += 8) {
                    g.drawLine(x, y + 12, x + 4, y + 12);
                }
                y += LINE_HEIGHT;
            }
        }
        g.dispose();
        return img;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean large(PaperRow r) {
        return r instanceof PaperRow.TextRow t && t.large();
    }

    private static int offset(Align align, int width, int dots) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (dots - width) / 2);
            case RIGHT -> Math.max(0, dots - width);
        };
    }
}
