package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.printer.escpos.Dithering;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.TextWidth;
import java.util.List;

/** Draws laid-out receipt blocks as ESC/POS bytes or as plain text for on-screen previews. */
public final class ReceiptRenderers {
    static final int QR_MODULE = 6;
    static final int LOGO_MAX_DOTS = 384;

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
                        .line(TextWidth.twoColumns(row.left(), row.right(), profile.columns() / 2))
                        .size(1, 1).bold(false);
            } else if (block instanceof ReceiptBlock.Rule) {
                b.align(Align.LEFT).line("-".repeat(profile.columns()));
            } else if (block instanceof ReceiptBlock.Logo l) {
                b.align(Align.CENTER).raster(Dithering.fromPng(l.png(), Math.min(LOGO_MAX_DOTS, profile.dotsPerLine())));
            } else if (block instanceof ReceiptBlock.Barcode128 c) {
                b.align(Align.CENTER).code128(c.data()).newline();
            } else if (block instanceof ReceiptBlock.Qr q) {
                b.align(Align.CENTER).qr(q.data(), QR_MODULE).newline();
            } else if (block instanceof ReceiptBlock.Feed f) {
                b.feed(f.lines());
            } else if (block instanceof ReceiptBlock.Cut) {
                b.cut(partial);
            }
        }
        return b.align(Align.LEFT).toBytes();
    }

    /** The same layout as text, one line per printed line; codes and logo shown as bracketed markers. */
    public static String plainText(List<ReceiptBlock> blocks, PrinterProfile profile) {
        int cols = profile.columns();
        StringBuilder sb = new StringBuilder(cols * blocks.size());
        for (ReceiptBlock block : blocks) {
            if (block instanceof ReceiptBlock.Text t) {
                String line = switch (t.align()) {
                    case LEFT -> t.text();
                    case CENTER -> TextWidth.center(t.text(), cols);
                    case RIGHT -> TextWidth.padLeft(t.text(), cols);
                };
                sb.append(line.stripTrailing()).append('\n');
            } else if (block instanceof ReceiptBlock.LargeRow row) {
                sb.append(TextWidth.twoColumns(row.left(), row.right(), cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Rule) {
                sb.append("-".repeat(cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Logo) {
                sb.append(TextWidth.center("[logo]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Barcode128 c) {
                sb.append(TextWidth.center("[barcode " + c.data() + "]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Qr q) {
                sb.append(TextWidth.center("[QR " + q.data() + "]", cols)).append('\n');
            } else if (block instanceof ReceiptBlock.Feed f) {
                sb.append("\n".repeat(Math.min(1, f.lines())));
            } else if (block instanceof ReceiptBlock.Cut) {
                sb.append("~".repeat(cols)).append('\n');
            }
        }
        return sb.toString();
    }

}
