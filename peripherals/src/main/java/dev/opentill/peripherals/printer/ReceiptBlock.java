package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;

/**
 * One piece of a laid-out receipt. The layout decides columns and wording once; the ESC/POS and
 * plain-text renderers only draw, so the preview and the paper always match.
 */
public sealed interface ReceiptBlock {

    /** A line of text already fitted to the columns it will print in ({@code large} halves them). */
    record Text(String text, Align align, boolean bold, boolean large) implements ReceiptBlock {
    }

    /** A bold double-size row such as the total: left label, right amount, spread over the line. */
    record LargeRow(String left, String right) implements ReceiptBlock {
    }

    record Rule() implements ReceiptBlock {
    }

    record Logo(byte[] png) implements ReceiptBlock {
    }

    record Barcode128(String data) implements ReceiptBlock {
    }

    record Qr(String data) implements ReceiptBlock {
    }

    record Feed(int lines) implements ReceiptBlock {
    }

    record Cut() implements ReceiptBlock {
    }
}
