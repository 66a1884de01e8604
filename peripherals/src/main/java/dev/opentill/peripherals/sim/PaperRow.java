package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.RasterImage;

/** One printed row on the simulated paper: a line of text, an image (logo, barcode, QR) or a cut. */
public sealed interface PaperRow {

    record TextRow(String text, Align align, boolean bold, boolean large) implements PaperRow {
    }

    /** {@code content} is what a barcode or QR encodes, or null for a plain raster image. */
    record ImageRow(RasterImage image, Align align, String kind, String content) implements PaperRow {
    }

    record CutRow(boolean partial) implements PaperRow {
    }
}
