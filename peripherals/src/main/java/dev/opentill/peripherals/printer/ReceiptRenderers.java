package dev.opentill.peripherals.printer;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.Glyphs;
import java.util.List;

/** Draws laid-out receipt blocks as ESC/POS bytes or as plain text for on-screen previews. */
public final class ReceiptRenderers {
    static final int QR_MODULE = 6;

    private ReceiptRenderers() {
    }

    public static byte[] escPos(List<ReceiptBlock> blocks, PrinterProfile profile) {
        EscPosBuilder b = profile.newDocument();
        boolean partial = profile.cutter() == PrinterProfile.Cutter.PARTIAL;
        for (ReceiptBlock block : blocks) {
            if (block instanceof ReceiptBlock.Text t) {
                b.align(t.align());
                if (t.bold()) {
                    b.bold(true);
                }
                if (t.large()) {
                    b.size(2, 2);
                }
                b.line(t.text());
                if (t.large()) {
                    b.size(1, 1);
                }
                if (t.bold()) {
                    b.bold(false);
                }
            } else if (block instanceof ReceiptBlock.LargeRow row) {
                b.align(Align.LEFT).bold(true).size(2, 2)
                        .line(profile.glyphs().twoColumns(row.left(), row.right(), profile.columns() / 2))
                        .size(1, 1).bold(false);
            } else if (block instanceof ReceiptBlock.Rule) {
                b.align(Align.LEFT).line("-".repeat(profile.columns()));
            } else if (block instanceof ReceiptBlock.Logo l) {
                logo(b, l, profile);
            } else if (block instanceof ReceiptBlock.Barcode128 c) {
                b.align(Align.CENTER).code128(c.data()).newline();
            } else if (block instanceof ReceiptBlock.Qr q) {
                b.align(Align.CENTER).qr(q.data(), qrModule(q.data(), profile.dotsPerLine())).newline();
            } else if (block instanceof ReceiptBlock.Feed f) {
                b.feed(f.lines());
            } else if (block instanceof ReceiptBlock.Cut) {
                b.cut(partial);
            }
        }
        return b.align(Align.LEFT).toBytes();
    }

    /**
     * The largest module up to {@link #QR_MODULE} dots at which the symbol and its quiet zone fit the
     * paper, so a long link (an invoice URL) still prints whole on 58 mm.
     */
    static int qrModule(String data, int dots) {
        try {
            int modules = Encoder.encode(data, ErrorCorrectionLevel.M).getVersion().getDimensionForVersion() + 8;
            return Math.max(1, Math.min(QR_MODULE, dots / modules));
        } catch (WriterException e) {
            return QR_MODULE; // too long for any QR: the builder refuses it with its own message
        }
    }

    /** A logo the printer cannot take is left off: the sale's receipt matters more (the till checks logos when set). */
    private static void logo(EscPosBuilder b, ReceiptBlock.Logo l, PrinterProfile profile) {
        try {
            b.align(Align.CENTER).raster(RasterLogo.forReceipt(l.png(), profile).image());
        } catch (IllegalArgumentException e) {
            b.align(Align.LEFT);
        }
    }

    /** The same layout as text, one line per printed line; codes and logo shown as bracketed markers. */
    public static String plainText(List<ReceiptBlock> blocks, PrinterProfile profile) {
        int cols = profile.columns();
        Glyphs g = profile.glyphs();
        StringBuilder sb = new StringBuilder(cols * blocks.size());
        for (ReceiptBlock block : blocks) {
            if (block instanceof ReceiptBlock.Text t) {
                String line = switch (t.align()) {
                    case LEFT -> t.text();
                    case CENTER -> g.center(t.text(), cols);
                    case RIGHT -> g.padLeft(t.text(), cols);
                };
                sb.append(line.stripTrailing()).append('\n');
            } else if (block instanceof ReceiptBlock.LargeRow row) {
                sb.append(g.twoColumns(row.left(), row.right(), cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Rule) {
                sb.append("-".repeat(cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Logo) {
                sb.append(g.center("[logo]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Barcode128 c) {
                sb.append(g.center("[barcode " + c.data() + "]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Qr q) {
                sb.append(g.center("[QR " + q.data() + "]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Feed f) {
                sb.append("\n".repeat(Math.min(1, f.lines())));
            } else if (block instanceof ReceiptBlock.Cut) {
                sb.append("~".repeat(cols)).append('\n');
            }
        }
        return sb.toString();
    }

}
